/**
 * Preloaded into the bot processes (node --import, plain JavaScript so the render worker thread,
 * which inherits the flag but not tsx, loads it too): moves their wall clock by
 * SHIFTED_CLOCK_OFFSET_MS, so reminders, which go out only in Vietnamese office hours on working
 * days, are due whatever the real time of the run. Time still passes at its real pace; timers are
 * untouched.
 */
const offset = Number(process.env.SHIFTED_CLOCK_OFFSET_MS ?? 0);

if (offset !== 0) {
  const RealDate = Date;
  /** `new Date()` and `Date.now()` read the shifted clock; every other use of Date is unchanged. */
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
    return args.length === 0 ? new RealDate(RealDate.now() + offset) : new RealDate(...args);
  }
  Object.setPrototypeOf(ShiftedDate, RealDate);
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = () => RealDate.now() + offset;
  globalThis.Date = ShiftedDate;
}
