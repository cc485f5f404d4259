/**
 * The sends counted by the rate limiter, one row per platform message and scope ("*" for the
 * platform as a whole, else a chat id). In the database, so a restart (or another instance) keeps
 * counting the same window: no Telegram group gets more than its limit across a restart.
 */
import type { Database } from "./database.ts";

export function createRateWindowRepository(database: Database) {
  // Every send and every claim runs these: prepared once.
  const nth = database.statement<{ sentAt: number }>(
    `SELECT sent_at AS "sentAt" FROM rate_events WHERE channel = ? AND scope = ? AND sent_at > ? ORDER BY sent_at DESC LIMIT 1 OFFSET ?`,
  );
  const insert = database.statement<{ id: number }>("INSERT INTO rate_events (channel, scope, sent_at) VALUES (?, ?, ?) RETURNING id");
  const settleOne = database.statement("UPDATE rate_events SET sent_at = ? WHERE id = ?");
  const pruneBefore = database.statement("DELETE FROM rate_events WHERE sent_at <= ?");
  const moveBetween = database.statement("UPDATE rate_events SET sent_at = ? WHERE channel = ? AND sent_at > ? AND sent_at < ?");
  return {
    /** The time of the n-th latest send (1 = the latest) of a scope after `since`, if there are n. */
    async nthLatestSince(channel: string, scope: string, since: number, n: number): Promise<number | undefined> {
      return (await nth.get(channel, scope, since, n - 1))?.sentAt;
    },

    /** Counts a send; returns its id, to move it to the time the platform answered. */
    async record(channel: string, scope: string, at: number): Promise<number> {
      return (await insert.get(channel, scope, at))!.id;
    },

    /** Moves counted sends to `at` (when the platform answered: it has the message by then). */
    async settle(ids: readonly number[], at: number): Promise<void> {
      for (const id of ids) await settleOne.run(at, id);
    },

    /** Moves a platform's sends counted after `since` and before `at` to `at`. */
    async moveLaterThan(channel: string, since: number, at: number): Promise<void> {
      await moveBetween.run(at, channel, since, at);
    },

    /** Forgets sends older than every window (`before`). */
    async prune(before: number): Promise<void> {
      await pruneBefore.run(before);
    },
  };
}

export type RateWindowRepository = ReturnType<typeof createRateWindowRepository>;
