/**
 * An outbox claim on PostgreSQL in few round trips (issue #12): under load each one waits its turn
 * in a busy event loop, and a claim of nine made the replies drain slower than Telegram allows.
 * Counted here are the statements sent to the server inside each claim's transaction (a BEGIN that
 * rides on the first one counted with it), for the loop's pass over every chat's head and for one
 * chat's delivery, with Telegram's limits counted in the database as in production.
 */
import type BetterSqlite from "better-sqlite3";
import { expect, it } from "vitest";
import { createOutboxWorker } from "../../src/outbox/outbox-worker.ts";
import { TELEGRAM_LIMITS } from "../../src/outbox/platform-limits.ts";
import { createRateLimiter } from "../../src/outbox/rate-limiter.ts";
import { countStatements } from "../bench/load/statement-counts.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";
import { recordingTelegram } from "../helpers/recording-telegram.ts";

const quiet = { warn: () => {}, error: () => {} };
const dbs = useTestDbs();

/** A worker whose claims' round trips are recorded, one number per claim, with Telegram's limits and a clock that moves. */
async function setUp() {
  const { repos, database } = await dbs.open();
  const statements = countStatements(database as { sqlite?: BetterSqlite.Database }, true);
  const sentSoFar = () => [...statements.counts.values()].reduce((a, b) => a + b, 0);
  // A millisecond per reading: a claim ends later than it began, as it does for real.
  let clock = 1_000_000;
  const now = () => ++clock;
  const sent: string[] = [];
  const channel = recordingTelegram((chatId, message) => sent.push(`${chatId}:${message.kind === "text" ? message.text : message.kind}`));
  const claims: number[] = [];
  // Only the claims run in the worker's transactions (no message here is long enough to be split).
  const transaction = async <T>(work: () => Promise<T>): Promise<T> => {
    const before = sentSoFar();
    try {
      return await repos.transaction(work);
    } finally {
      claims.push(sentSoFar() - before);
    }
  };
  const limiter = createRateLimiter(repos.rateWindows, { telegram: TELEGRAM_LIMITS });
  const worker = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: channel }, now, logger: quiet, transaction, lock: repos.lock, limiter });
  const queue = (chat: string, text: string) => repos.outbox.enqueue("telegram", chat, { kind: "text", text }, now());
  // Once, so that the limiter's first-send take-over (outside any claim) and the statements'
  // preparation on a connection are behind us.
  await worker.deliver([await queue("-9", "trước")]);
  sent.length = 0;
  claims.length = 0;
  return { worker, sent, claims, queue, statements };
}

it("claims every chat's head in at most four round trips, and sends them", async () => {
  const t = await setUp();
  for (const chat of ["-1", "-2", "-3"]) await t.queue(chat, "một");
  await t.worker.deliver();
  expect(t.sent.sort()).toEqual(["-1:một", "-2:một", "-3:một"]);
  // The pass's claim runs alone (the chats' sends, and their claims of what follows, come after it).
  expect(t.claims[0]).toBeLessThanOrEqual(4);
});

it("claims one chat's rows, one after another, in at most four round trips each, and sends them in order", async () => {
  const t = await setUp();
  const first = await t.queue("-1", "một");
  await t.queue("-1", "hai");
  await t.worker.deliver([first]);
  expect(t.sent).toEqual(["-1:một", "-1:hai"]);
  // Two claims that took a row, and a last one that found none; nothing else ran meanwhile.
  expect(t.claims).toHaveLength(3);
  expect(Math.max(...t.claims)).toBeLessThanOrEqual(4);
});
