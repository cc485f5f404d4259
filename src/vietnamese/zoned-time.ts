/**
 * Wall-clock times in a time zone (Asia/Ho_Chi_Minh): "17:00 ngày 15/10/2026" ↔ epoch ms.
 * Deadlines are typed and shown in Vietnam time whatever the server's own zone.
 */
import { formatShortDate, localDateTime } from "./vietnamese-dates.ts";

/** "14:05 ngày 22/11/2026". */
export function formatMoment(ms: number, timeZone: string): string {
  const local = localDateTime(new Date(ms), timeZone);
  return `${local.time} ngày ${formatShortDate(local.iso)}`;
}

/** The calendar year of an instant in the time zone (a campaign's year is its deadline's). */
export function zonedYear(ms: number, timeZone: string): number {
  return Number(localDateTime(new Date(ms), timeZone).iso.slice(0, 4));
}

/** The instant when the clock in `timeZone` shows `isoDate` at `time` ("HH:mm"). */
export function zonedToEpoch(isoDate: string, time: string, timeZone: string): number {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hours, minutes);
  // The zone's offset at that moment: format the UTC guess there and see how far off it reads.
  const offset = (at: number) => {
    const local = localDateTime(new Date(at), timeZone);
    const [y, mo, d] = local.iso.split("-").map(Number) as [number, number, number];
    const [h, mi] = local.time.split(":").map(Number) as [number, number];
    return Date.UTC(y, mo - 1, d, h, mi) - at;
  };
  const first = asUtc - offset(asUtc);
  return asUtc - offset(first);
}

/** The day of the week (0 = Sunday) of an instant, in the time zone. */
export function zonedWeekday(ms: number, timeZone: string): number {
  const { iso } = localDateTime(new Date(ms), timeZone);
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * The wall-clock time in `timeZone` as a Date whose UTC fields read that time: what a spreadsheet
 * cell wants (cells have no zone; the clerk expects Vietnam time).
 */
export function wallClockDate(ms: number, timeZone: string): Date {
  const local = localDateTime(new Date(ms), timeZone);
  return new Date(`${local.iso}T${local.time}:00Z`);
}

/** The local day of an instant for a file name: "08-10-2026" (a file name cannot hold "/"). */
export function fileDate(ms: number, timeZone: string): string {
  return formatShortDate(localDateTime(new Date(ms), timeZone).iso).replaceAll("/", "-");
}
