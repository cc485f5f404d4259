/** What both pollers share: an update is tried until stored, and stopping ends the tries at once. */
import { afterEach, expect, it, vi } from "vitest";
import { abortableSleep, storeUntilStored } from "../../src/channels/long-polling.ts";

afterEach(() => {
  vi.useRealTimers();
});

const quiet = { error: () => {} };

it("tries an update again after growing pauses until it is stored", async () => {
  const pauses: number[] = [];
  let failures = 3;
  const stored = await storeUntilStored(
    async () => {
      if (failures-- > 0) throw new Error("database is locked");
    },
    { signal: new AbortController().signal, sleep: async (ms) => void pauses.push(ms), logger: quiet, what: "update" },
  );
  expect(stored).toBe(true);
  expect(pauses).toEqual([1_000, 2_000, 4_000]);
});

it("gives up at once when stopped during a failing store, without waiting out the pause", async () => {
  vi.useFakeTimers();
  const stop = new AbortController();
  let tries = 0;
  let result: boolean | undefined;
  void storeUntilStored(
    async () => {
      tries++;
      // Stopped while this store runs: the pause that follows must not be waited out.
      stop.abort();
      throw new Error("database is locked");
    },
    { signal: stop.signal, sleep: abortableSleep, logger: quiet, what: "update" },
  ).then((stored) => (result = stored));
  await vi.advanceTimersByTimeAsync(0);
  expect(result).toBe(false);
  expect(tries).toBe(1);
});
