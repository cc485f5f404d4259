/**
 * The local web chat's history. Bot messages are keyed by their outbox id, so delivering the same
 * outbox row twice (after a crash) still shows the message once.
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "./client.ts";
import { localMessages, type LocalMessageRow } from "./schema.ts";

export function createLocalMessageRepository(db: Db) {
  return {
    addUserMessage(chatExternalId: string, userId: string, userName: string, text: string): LocalMessageRow {
      return db.insert(localMessages).values({ chatExternalId, fromBot: false, userId, userName, text }).returning().get();
    },

    addBotMessage(
      chatExternalId: string,
      outboxId: number,
      message: { text: string; choices?: readonly string[]; document?: { name: string; url: string } },
    ): void {
      db.insert(localMessages)
        .values({
          chatExternalId,
          fromBot: true,
          outboxId,
          text: message.text,
          choices: message.choices ? [...message.choices] : null,
          document: message.document ?? null,
        })
        .onConflictDoNothing()
        .run();
    },

    history(chatExternalId: string): LocalMessageRow[] {
      return db.select().from(localMessages).where(eq(localMessages.chatExternalId, chatExternalId)).orderBy(asc(localMessages.id)).all();
    },

    byOutboxIds(ids: number[]): LocalMessageRow[] {
      if (ids.length === 0) return [];
      return db.select().from(localMessages).where(inArray(localMessages.outboxId, ids)).orderBy(asc(localMessages.id)).all();
    },
  };
}

export type LocalMessageRepository = ReturnType<typeof createLocalMessageRepository>;
