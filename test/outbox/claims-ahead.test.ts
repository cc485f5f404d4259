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
async function oneASecond(claimAheadMs: number) {
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
  const worker = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: channel }, now: () => clock, logger: quiet, transaction: repos.transaction, lock: repos.lock, limiter, claimAheadMs, wait });
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
});
