/**
 * A send counted and not answered yet may reach the platform as late as now: a claim sees its count
 * there, so a place is not given again one window after a send the platform may not have counted.
 * The window's counts are read with their ids: ours are found by id, never by time.
 */
import { describe, expect, it } from "vitest";
import { createInFlightCounts } from "../../src/outbox/in-flight-counts.ts";
import { createRateLimiter } from "../../src/outbox/rate-limiter.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";

/** Counts as a window read returns them, `[id, time]` pairs. */
const read = (...pairs: [number, number][]) => pairs.map(([id, at]) => ({ id, at }));

describe("counts of sends in flight", () => {
  it("reads an unanswered send's count at the claim's time, an answered one's at its answer, recorded or not", () => {
    const inFlight = createInFlightCounts();
    inFlight.add("telegram", [
      { id: 1, at: 100 },
      { id: 2, at: 100 },
      { id: 3, at: 100 },
    ]);
    // At 900 none answered: all three as late as 900; another count (50) as read.
    expect(inFlight.latestOf("telegram", read([1, 100], [2, 100], [3, 100], [9, 50]), 900)).toEqual([900, 900, 900, 50]);
    // Another channel's counts are its own.
    expect(inFlight.latestOf("zalo-oa", read([4, 100]), 900)).toEqual([100]);
    inFlight.answered([1], 160);
    // 1 answered at 160, its answer not yet recorded (read as 100) or recorded (read as 160): 160 either way.
    expect(inFlight.latestOf("telegram", read([1, 100], [2, 100], [3, 100]), 900)).toEqual([160, 900, 900]);
    expect(inFlight.latestOf("telegram", read([1, 160], [2, 100], [3, 100]), 900)).toEqual([160, 900, 900]);
  });

  it("tells its own count from another's at the same millisecond: an answered send not recorded yet is at its answer, the other as read", () => {
    const inFlight = createInFlightCounts();
    inFlight.add("telegram", [{ id: 1, at: 100 }]);
    inFlight.answered([1], 400);
    // Another instance's send counted at 400, ours still read at 100 (its answer not written yet).
    // By time, ours looked recorded already (a 400 was read) and stayed at 100: a place freed early.
    expect(inFlight.latestOf("telegram", read([8, 400], [1, 100]), 500).sort((a, b) => a - b)).toEqual([400, 400]);
    // Unanswered, with another count at its own time: both counted, ours at now.
    inFlight.add("telegram", [{ id: 2, at: 600 }]);
    expect(inFlight.latestOf("telegram", read([9, 600], [2, 600]), 700).sort((a, b) => a - b)).toEqual([400, 600, 700]);
  });

  it("follows a count moved to its claim's end; adds a send slower than the window, no longer read, at now; forgets one never finished after a minute", () => {
    const inFlight = createInFlightCounts();
    inFlight.add("telegram", [{ id: 7, at: 100 }]);
    inFlight.moved([7], 130);
    expect(inFlight.latestOf("telegram", read([7, 130]), 500)).toEqual([500]);
    // At 1,200 the window read starts at 200: the count at 130 is not read, the send still unanswered.
    expect(inFlight.latestOf("telegram", [], 1_200)).toEqual([1_200]);
    expect(inFlight.latestOf("telegram", [], 70_000)).toEqual([]);
  });

  it("reads a send over without an answer (failed, or never sent) at the time it was over, and an answered one at its answer", () => {
    const inFlight = createInFlightCounts();
    inFlight.add("telegram", [
      { id: 1, at: 100 },
      { id: 2, at: 100 },
    ]);
    inFlight.answered([1], 150);
    inFlight.finished([1, 2], 300);
    expect(inFlight.latestOf("telegram", read([1, 100], [2, 100]), 900)).toEqual([150, 300]);
    // Neither recorded so yet, past the window read (at 1,250 it starts at 250): both added (the
    // limiter's window leaves out the one at 150), so the one over at 300 still counts.
    expect(inFlight.latestOf("telegram", [], 1_250)).toEqual([150, 300]);
  });
});

describe("a claim's window, with another instance's send counted at the same millisecond as our answer", () => {
  const dbs = useTestDbs();

  /** Two sends a second. Ours counted at 0 and answered at 400 (its answer not written yet); another instance's counted at 400. */
  async function oursAndAnother() {
    const { repos } = await dbs.open();
    const limiter = createRateLimiter(repos.rateWindows, { telegram: { global: { count: 2, windowMs: 1_000 } } });
    const [ours] = await repos.transaction(() => limiter.reserveMany("telegram", [{ chatId: "-1", counted: true }], 0));
    if (!ours?.ok) throw new Error("the first send should go");
    limiter.sending("telegram", [ours], 0);
    limiter.answered(ours.events, 400);
    await repos.rateWindows.recordMany("telegram", [{ scope: "*", at: 400 }]);
    return { repos, limiter };
  }
  // By time, ours looked recorded at its answer (a count at 400 was read) and stayed at 0: the
  // window freed at 1,000, when the platform still held both sends until 1,400.
  const fullUntil1400 = { ok: false, waitMs: 900, scope: "global" };

  it("reads ours at its answer when the limiter reads the window itself", async () => {
    const { repos, limiter } = await oursAndAnother();
    expect(await repos.transaction(() => limiter.reserveMany("telegram", [{ chatId: "-2", counted: true }], 500))).toEqual([fullUntil1400]);
  });

  it("reads ours at its answer when the window is read with the claim's heads (on PostgreSQL, one call)", async () => {
    const { repos, limiter } = await oursAndAnother();
    await repos.outbox.enqueue("telegram", "-2", { kind: "text", text: "hai" }, 0);
    const plan = await repos.transaction(async () => {
      const { heads, windows } = await repos.outbox.claimReads("telegram", undefined, 500, 10, limiter.toRead("telegram", 500));
      return limiter.planMany("telegram", heads.map((head) => ({ chatId: head.chatExternalId, counted: true })), 500, windows);
    });
    expect(plan.decisions).toEqual([fullUntil1400]);
  });
});
