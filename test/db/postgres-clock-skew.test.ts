/**
 * Instances on one PostgreSQL time the outbox's leases by their own clocks: one whose clock is far
 * from the database server's is warned at start, since one ahead of another by more than a lease
 * sends the other's messages a second time.
 */
import { afterEach, expect, it, vi } from "vitest";
import { buildTestApp, silentLogger } from "../helpers/build-test-app.ts";

/** What an application logged as warnings, its clock `aheadMs` ahead of this machine's. */
afterEach(() => {
  vi.useRealTimers();
});

async function warningsWithClockAhead(aheadMs: number): Promise<string[]> {
  const warnings: string[] = [];
  // The machine's clock, moved and running on: Date alone (the driver's timers run as ever).
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(Date.now() + aheadMs);
  const app = await buildTestApp({ logger: { ...silentLogger, warn: (_obj, msg) => void warnings.push(msg) } });
  vi.useRealTimers();
  await app.close();
  return warnings.filter((w) => w.includes("PostgreSQL server's"));
}

it("warns at start of a clock 90 s ahead of the database server's, naming the lease, and not of one in step", async () => {
  expect(await warningsWithClockAhead(90_000)).toEqual([
    // About 90 s: the faked clock runs on by a timer, which a loaded machine may fire late.
    expect.stringMatching(/^this machine's clock is (?:8\d|9\d) s ahead of the PostgreSQL server's: keep every instance's clock in step \(NTP\)\. An instance ahead of another by more than OUTBOX_LEASE_SECONDS \(60 s\)/),
  ]);
  expect(await warningsWithClockAhead(-90_000)).toEqual([expect.stringMatching(/ (?:8\d|9\d) s behind the PostgreSQL server's/)]);
  expect(await warningsWithClockAhead(0)).toEqual([]);
});
