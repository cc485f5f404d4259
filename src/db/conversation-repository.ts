/**
 * Engine state per conversation key, with the update-claim table that makes every inbound update
 * count once. Both are written inside the caller's transaction.
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "./database.ts";

export function createConversationRepository(database: Database) {
  const { conversations, processedUpdates } = database.tables;
  const db = () => database.db;
  return {
    /**
     * Records an inbound update id; false when it was already handled (a platform redelivery). On
     * PostgreSQL a second instance holding the same update waits here until the first commits.
     */
    async claimUpdate(channel: string, updateKey: string, now: number): Promise<boolean> {
      const claimed = await db()
        .insert(processedUpdates)
        .values({ channel, updateKey, processedAt: now })
        .onConflictDoNothing()
        .returning({ key: processedUpdates.updateKey });
      return claimed.length === 1;
    },

    async load(key: string) {
      const [row] = await db().select().from(conversations).where(eq(conversations.key, key)).limit(1);
      return row;
    },

    /**
     * Writes the new state only if nobody else wrote since `revision` was read; false on a conflict
     * (the caller's transaction holds the report's lock, so this is a last guard).
     */
    async save(key: string, state: string, stateVersion: number, revision: number | undefined, now: number): Promise<boolean> {
      if (revision === undefined) {
        const inserted = await db()
          .insert(conversations)
          .values({ key, state, stateVersion, revision: 1, updatedAt: now })
          .onConflictDoNothing()
          .returning({ key: conversations.key });
        return inserted.length === 1;
      }
      const updated = await db()
        .update(conversations)
        .set({ state, stateVersion, revision: revision + 1, updatedAt: now })
        .where(and(eq(conversations.key, key), eq(conversations.revision, revision)))
        .returning({ key: conversations.key });
      return updated.length === 1;
    },
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
