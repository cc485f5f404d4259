/**
 * A claim may reserve a place in the platform's window that frees a little later (`claimAheadMs`):
 * the row is claimed now and sent when its place frees, never before. Under load a claim begun only
 * once the place had freed lost its own length and its wait for a turn, at every window.
 */
import { describe, expect, it } from "vitest";
import type { Channel } from "../../src/channels/channel.ts";
import { createOutboxWorker } from "../../src/outbox/outbox-worker.ts";
import { createRateLimiter } from "../../src/outbox/rate-limiter.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";

const quiet = { warn: () => {}, error: () => {} };
const dbs = useTestDbs();

/** One message a second; the platform answers 10 ms after a call; the worker's waits move the clock. */
async function oneASecond(claimAheadMs: number, { rollBackFirstClaim = false } = {}) {
  const { repos } = await dbs.open();
  let clock = 0;
  const sent: string[] = [];
  const waits: number[] = [];
  const channel: Channel = {
    name: "telegram",
    capabilities: { maxTextLength: 4096, hasButtons: true, canUploadFiles: true },
    async send(chatId) {
      sent.push(`${chatId}@${clock}`);
      clock += 10;
      return { messageId: String(sent.length) };
    },
  };
  const limiter = createRateLimiter(repos.rateWindows, { telegram: { global: { count: 1, windowMs: 1_000 } } });
  const wait = async (ms: number) => {
    waits.push(ms);
    clock += ms;
  };
  // The first claim's work done, its commit fails: everything it wrote is rolled back.
  let rollBack = rollBackFirstClaim;
  const transaction = <T>(work: () => Promise<T>) =>
    repos.transaction(async () => {
      const result = await work();
      if (rollBack) {
        rollBack = false;
        throw new Error("commit failed");
      }
      return result;
    });
  const worker = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: channel }, now: () => clock, logger: quiet, transaction, lock: repos.lock, limiter, claimAheadMs, wait });
  for (const chat of ["-1", "-2", "-3"]) await repos.outbox.enqueue("telegram", chat, { kind: "text", text: chat }, 0);
  return { worker, sent, waits, setClock: (ms: number) => (clock = ms) };
}

describe("claims made ahead of the platform's window", () => {
  it("claims a place freeing within claimAheadMs and sends it when it frees, not before; one freeing later is left", async () => {
    const { worker, sent, waits, setClock } = await oneASecond(250);
    await worker.deliver();
    // Sent at 0, answered at 10: the next place frees at 1,010.
    expect(sent).toEqual(["-1@0"]);
    setClock(700);
    await worker.deliver();
    expect(sent).toEqual(["-1@0"]);
    setClock(800);
    await worker.deliver();
    expect(waits).toEqual([210]);
    expect(sent).toEqual(["-1@0", "-2@1010"]);
    // Its count is where it went (answered at 1,020): the third waits for 2,020, claimed from 1,770 on.
    setClock(1_760);
    await worker.deliver();
    expect(sent).toEqual(["-1@0", "-2@1010"]);
    setClock(1_770);
    await worker.deliver();
    expect(sent).toEqual(["-1@0", "-2@1010", "-3@2020"]);
  });

  it("holds no place for a claim rolled back: its counts never were, and its rows go at the next claim", async () => {
    const { worker, sent, setClock } = await oneASecond(250, { rollBackFirstClaim: true });
    await worker.deliver().catch(() => {});
    expect(sent).toEqual([]);
    setClock(5_000);
    await worker.deliver();
    expect(sent).toEqual(["-1@5000"]);
  });

  it("without claimAheadMs, claims only what may go now", async () => {
    const { worker, sent, waits, setClock } = await oneASecond(0);
    await worker.deliver();
    setClock(1_000);
    await worker.deliver();
    expect(sent).toEqual(["-1@0"]);
    setClock(1_010);
    await worker.deliver();
    expect(sent).toEqual(["-1@0", "-2@1010"]);
    expect(waits).toEqual([]);
  });

  it("counts each send claimed ahead at its own time, written with the lease, and gives each head the count of its time", async () => {
    const { repos } = await dbs.open();
    const limiter = createRateLimiter(repos.rateWindows, { telegram: { global: { count: 2, windowMs: 1_000 } } });
    await repos.rateWindows.recordMany("telegram", [
      { scope: "*", at: 0 },
      { scope: "*", at: 100 },
    ]);
    const text = (t: string) => ({ kind: "text", text: t });
    const ids = [await repos.outbox.enqueue("telegram", "-1", text("a"), 0), await repos.outbox.enqueue("telegram", "-2", text("b"), 0)];
    const plan = await limiter.planMany("telegram", ["-1", "-2"].map((chatId) => ({ chatId, counted: true })), 900, undefined, 250);
    // As a claim writes them: with the rows' lease (on PostgreSQL one statement for both).
    const { counts } = await repos.transaction(() => repos.outbox.claimMany(ids, 900, 60_900, { channel: "telegram", counts: plan.counts }));
    const [first, second] = plan.counted(counts);
    expect(first).toMatchObject({ ok: true, goAt: 1_000 });
    expect(second).toMatchObject({ ok: true, goAt: 1_100 });
    const times = async () => (await repos.rateWindows.latestSince("telegram", "*", -1, 10)).map((count) => count.at);
    expect(await times()).toEqual([1_100, 1_000, 100, 0]);
    // The first head's count is the one at 1,000: its answer moves that one, not the second's.
    await limiter.settle(first!.ok ? first!.events : [], 5_000);
    expect(await times()).toEqual([5_000, 1_100, 100, 0]);
  });
});

