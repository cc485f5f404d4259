/**
 * A send is counted in the platform's window at the platform's answer (it counted the message when
 * it arrived, which is no later). The database writes after the answer (marking the row sent) may
 * wait their turn under load: a count taken after them starts the next window later than the
 * platform's, and every window lost that wait (replies drained under 30 a second).
 */
import { describe, expect, it, vi } from "vitest";
import type { Channel } from "../../src/channels/channel.ts";
import { createOutboxWorker } from "../../src/outbox/outbox-worker.ts";
import { createRateLimiter } from "../../src/outbox/rate-limiter.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";

const quiet = { warn: () => {}, error: () => {} };
const dbs = useTestDbs();

describe("the platform's window", () => {
  it("starts at the platform's answer, not after the database recorded the send", async () => {
    const { repos } = await dbs.open();
    let clock = 0;
    const sent: string[] = [];
    // The platform answers 10 ms after the call; recording the send then takes the database 490 ms.
    const channel: Channel = {
      name: "telegram",
      capabilities: { maxTextLength: 4096, hasButtons: true, canUploadFiles: true },
      async send(chatId) {
        clock += 10;
        sent.push(`${chatId}@${clock}`);
        return { messageId: String(sent.length) };
      },
    };
    const outbox = {
      ...repos.outbox,
      markSent: async (...args: Parameters<typeof repos.outbox.markSent>) => {
        const marked = await repos.outbox.markSent(...args);
        clock += 490;
        return marked;
      },
    };
    const limiter = createRateLimiter(repos.rateWindows, { telegram: { global: { count: 1, windowMs: 1_000 } } });
    const worker = createOutboxWorker({ outbox, channels: { telegram: channel }, now: () => clock, logger: quiet, transaction: repos.transaction, lock: repos.lock, limiter });
    await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "một" }, 0);
    await repos.outbox.enqueue("telegram", "-2", { kind: "text", text: "hai" }, 0);

    await worker.deliver();
    expect(sent).toEqual(["-1@10"]);
    expect(clock).toBe(500);
    // One second after the platform's answer, not after the database's record (1,500).
    clock = 1_005;
    await worker.deliver();
    expect(sent).toEqual(["-1@10"]);
    clock = 1_010;
    await worker.deliver();
    expect(sent).toEqual(["-1@10", "-2@1020"]);
  });
});

describe("a claim slowed by its database", () => {
  /** Two messages a second; each row's lease takes the database 600 ms; sends wait for `answer()`. */
  async function slowClaims() {
    const { repos } = await dbs.open();
    let clock = 0;
    const sent: string[] = [];
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const channel: Channel = {
      name: "telegram",
      capabilities: { maxTextLength: 4096, hasButtons: true, canUploadFiles: true },
      async send(chatId) {
        sent.push(`${chatId}@${clock}`);
        await answered;
        return { messageId: String(sent.length) };
      },
    };
    const outbox = {
      ...repos.outbox,
      claimMany: async (...args: Parameters<typeof repos.outbox.claimMany>) => {
        const leases = await repos.outbox.claimMany(...args);
        clock += 600 * args[0].length;
        return leases;
      },
    };
    const limiter = createRateLimiter(repos.rateWindows, { telegram: { global: { count: 2, windowMs: 1_000 } } });
    const worker = createOutboxWorker({ outbox, channels: { telegram: channel }, now: () => clock, logger: quiet, transaction: repos.transaction, lock: repos.lock, limiter });
    for (const chat of ["-1", "-2", "-3", "-4", "-5"]) await repos.outbox.enqueue("telegram", chat, { kind: "text", text: chat }, 0);
    const setClock = (ms: number) => (clock = ms);
    return { worker, sent, answer, setClock, clock: () => clock };
  }

  it("claims no more than the window held when it began, however long it takes", async () => {
    const { worker, sent, answer } = await slowClaims();
    const pass = worker.deliver();
    await vi.waitFor(() => expect(sent.length).toBeGreaterThanOrEqual(2));
    answer();
    await pass;
    // Had each head been checked at the clock's time, the third (at 1,200 ms) would no longer see the first count (at 0).
    expect(sent).toHaveLength(2);
  });

  it("counts what it claimed from its end, so sends still on their way keep their place in the window", async () => {
    const { worker, sent, answer, setClock, clock } = await slowClaims();
    const pass = worker.deliver();
    await vi.waitFor(() => expect(sent.length).toBe(2));
    // The claim ended at 1,200 ms; its two sends have had no answer yet.
    expect(clock()).toBe(1_200);
    setClock(1_300);
    await worker.deliver();
    expect(sent).toHaveLength(2);
    answer();
    await pass;
  });
});
