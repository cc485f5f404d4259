/**
 * The sends counted by the rate limiter, one row per platform message and scope ("*" for the
 * platform as a whole, else a chat id). In the database, so a restart (or another instance) keeps
 * counting the same window: no Telegram group gets more than its limit across a restart.
 */
import type { Db } from "./client.ts";

export function createRateWindowRepository(db: Db) {
  const sqlite = db.$client;
  const nthLatest = sqlite.prepare("SELECT sent_at FROM rate_events WHERE channel = ? AND scope = ? AND sent_at > ? ORDER BY sent_at DESC LIMIT 1 OFFSET ?").pluck();
  const insert = sqlite.prepare("INSERT INTO rate_events (channel, scope, sent_at) VALUES (?, ?, ?)");
  const prune = sqlite.prepare("DELETE FROM rate_events WHERE sent_at <= ?");
  const settle = sqlite.prepare("UPDATE rate_events SET sent_at = ? WHERE id = ?");

  return {
    /** The time of the n-th latest send (1 = the latest) of a scope after `since`, if there are n. */
    nthLatestSince(channel: string, scope: string, since: number, n: number): number | undefined {
      return nthLatest.get(channel, scope, since, n - 1) as number | undefined;
    },

    /** Counts a send; returns its id, to move it to the time the platform answered. */
    record(channel: string, scope: string, at: number): number {
      return Number(insert.run(channel, scope, at).lastInsertRowid);
    },

    /** Moves counted sends to `at` (when the platform answered: it has the message by then). */
    settle(ids: readonly number[], at: number): void {
      for (const id of ids) settle.run(at, id);
    },

    /** Forgets sends older than every window (`before`). */
    prune(before: number): void {
      prune.run(before);
    },
  };
}

export type RateWindowRepository = ReturnType<typeof createRateWindowRepository>;
