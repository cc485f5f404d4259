/** The scheduler's timer, on fake timers: stopping waits for the tick in progress (its reminders' sends). */
import { afterEach, expect, it, vi } from "vitest";
import { createOfficerScheduler } from "../../src/officers/officer-scheduler.ts";

afterEach(() => {
  vi.useRealTimers();
});

it("waits, when stopped, for the tick in progress to end", async () => {
  vi.useFakeTimers();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let ticks = 0;
  // A tick's first transaction (the due reminders) is held until released.
  const repos = { transaction: async () => (ticks++ === 0 ? held.then(() => []) : []) };
  const scheduler = createOfficerScheduler({ repos, now: () => Date.now(), logger: { error: () => {} }, outboxWorker: { deliver: async () => 0 } } as never);
  scheduler.start();
  await vi.advanceTimersByTimeAsync(60_000);
  expect(ticks).toBe(1);

  let stopped = false;
  const stopping = scheduler.stop().then(() => (stopped = true));
  await vi.advanceTimersByTimeAsync(0);
  expect(stopped).toBe(false);
  release();
  await stopping;
  expect(ticks).toBe(2);
  // Stopped: no further tick.
  await vi.advanceTimersByTimeAsync(120_000);
  expect(ticks).toBe(2);
});
