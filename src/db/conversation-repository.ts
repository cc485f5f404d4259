/**
 * Engine state per conversation key, with the update-claim table that makes every inbound update
 * count once. Both are written inside the caller's transaction; the hot queries are prepared once.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { conversations, processedUpdates } from "./schema.ts";

export function createConversationRepository(db: Db) {
  const claim = db
    .insert(processedUpdates)
    .values({ channel: sql.placeholder("channel"), updateKey: sql.placeholder("updateKey"), processedAt: sql.placeholder("now") })
    .onConflictDoNothing()
    .prepare();
  const load = db.select().from(conversations).where(eq(conversations.key, sql.placeholder("key"))).prepare();

  return {
    /** Records an inbound update id; false when it was already handled (a platform redelivery). */
    claimUpdate(channel: string, updateKey: string, now: number): boolean {
      return claim.run({ channel, updateKey, now }).changes === 1;
    },

    load(key: string) {
      return load.get({ key });
    },

    /**
     * Writes the new state only if nobody else wrote since `revision` was read; returns false on a
     * conflict so the caller can retry (on SQLite the per-update transaction already serializes).
     */
    save(key: string, state: string, stateVersion: number, revision: number | undefined, now: number): boolean {
      if (revision === undefined) {
        const inserted = db.insert(conversations).values({ key, state, stateVersion, revision: 1, updatedAt: now }).onConflictDoNothing().run();
        return inserted.changes === 1;
      }
      const updated = db
        .update(conversations)
        .set({ state, stateVersion, revision: revision + 1, updatedAt: now })
        .where(and(eq(conversations.key, key), eq(conversations.revision, revision)))
        .run();
      return updated.changes === 1;
    },
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
