/**
 * Under load every update's delivery claims its chat's head, one claim of a channel at a time. Two
 * kinds of them could only find nothing or wait: they leave the work to the loop's pass, which
 * claims every chat's head in one transaction.
 */
import { describe, expect, it } from "vitest";
import { createOutboxWorker } from "../../src/outbox/outbox-worker.ts";
import { createRateLimiter } from "../../src/outbox/rate-limiter.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";
import { recordingTelegram } from "../helpers/recording-telegram.ts";

const quiet = { warn: () => {}, error: () => {} };
const dbs = useTestDbs();

async function setUp(limits: Parameters<typeof createRateLimiter>[1]) {
  const { repos } = await dbs.open();
  const sent: string[] = [];
  const channel = recordingTelegram((chatId, message) => sent.push(`${chatId}:${message.kind === "text" ? message.text : message.kind}`));
  let headReads = 0;
  let opened: () => void = () => {};
  let gate: Promise<void> = Promise.resolve();
  const outbox = {
    ...repos.outbox,
    claimReads: async (...args: Parameters<typeof repos.outbox.claimReads>) => {
      headReads++;
      await gate;
      return repos.outbox.claimReads(...args);
    },
  };
  const limiter = createRateLimiter(repos.rateWindows, limits);
  const worker = createOutboxWorker({ outbox, channels: { telegram: channel }, now: () => 0, logger: quiet, transaction: repos.transaction, lock: repos.lock, limiter });
  return {
    worker,
    sent,
    headReads: () => headReads,
    queue: (chat: string, text: string) => repos.outbox.enqueue("telegram", chat, { kind: "text", text }, 0),
    /** Holds every chat's claim at its read until `open()`. */
    hold: () => (gate = new Promise<void>((resolve) => (opened = resolve))),
    open: () => opened(),
  };
}

describe("deliveries under load", () => {
  it("leaves a chat's rows to the loop's pass when four claims of the channel already wait", async () => {
    const t = await setUp({ telegram: { global: { count: 30, windowMs: 1_000 } } });
    const ids = [];
    for (const chat of ["-1", "-2", "-3", "-4", "-5", "-6"]) ids.push(await t.queue(chat, chat));
    t.hold();
    const deliveries = ids.map((id) => t.worker.deliver([id]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    t.open();
    await Promise.all(deliveries);
    // The fifth and sixth found four claims waiting: they claimed nothing.
    expect(t.sent.map((s) => s.split(":")[0]).sort()).toEqual(["-1", "-2", "-3", "-4"]);
    // Nothing is lost: the loop's pass takes both.
    await t.worker.deliver();
    expect(t.sent.map((s) => s.split(":")[0]).sort()).toEqual(["-1", "-2", "-3", "-4", "-5", "-6"]);
  });

  it("does not claim again for a chat whose head waits for the chat's own limit", async () => {
    const t = await setUp({ telegram: { global: { count: 30, windowMs: 1_000 }, group: { count: 1, windowMs: 60_000 } } });
    const first = await t.queue("-1", "một");
    await t.queue("-1", "hai");
    // The first goes; the second finds the chat's minute used and is postponed.
    await t.worker.deliver([first]);
    expect(t.sent).toEqual(["-1:một"]);
    const reads = t.headReads();
    await t.worker.deliver([await t.queue("-1", "ba")]);
    expect(t.headReads()).toBe(reads);
    expect(t.sent).toEqual(["-1:một"]);
  });
});
