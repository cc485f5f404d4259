/**
 * The sends counted by the rate limiter, one row per platform message and scope ("*" for the
 * platform as a whole, else a chat id). In the database, so a restart (or another instance) keeps
 * counting the same window: no Telegram group gets more than its limit across a restart.
 */
import { and, desc, eq, gt, inArray, lte } from "drizzle-orm";
import type { Database } from "./database.ts";

export function createRateWindowRepository(database: Database) {
  const { rateEvents } = database.tables;
  const db = () => database.db;
  return {
    /** The time of the n-th latest send (1 = the latest) of a scope after `since`, if there are n. */
    async nthLatestSince(channel: string, scope: string, since: number, n: number): Promise<number | undefined> {
      const [row] = await db()
        .select({ sentAt: rateEvents.sentAt })
        .from(rateEvents)
        .where(and(eq(rateEvents.channel, channel), eq(rateEvents.scope, scope), gt(rateEvents.sentAt, since)))
        .orderBy(desc(rateEvents.sentAt))
        .limit(1)
        .offset(n - 1);
      return row?.sentAt;
    },

    /** Counts a send; returns its id, to move it to the time the platform answered. */
    async record(channel: string, scope: string, at: number): Promise<number> {
      const [row] = await db().insert(rateEvents).values({ channel, scope, sentAt: at }).returning({ id: rateEvents.id });
      return row!.id;
    },

    /** Moves counted sends to `at` (when the platform answered: it has the message by then). */
    async settle(ids: readonly number[], at: number): Promise<void> {
      if (ids.length > 0) await db().update(rateEvents).set({ sentAt: at }).where(inArray(rateEvents.id, [...ids]));
    },

    /** Forgets sends older than every window (`before`). */
    async prune(before: number): Promise<void> {
      await db().delete(rateEvents).where(lte(rateEvents.sentAt, before));
    },
  };
}

export type RateWindowRepository = ReturnType<typeof createRateWindowRepository>;
