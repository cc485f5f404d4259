/**
 * The local web chat's history. Bot messages are keyed by their outbox id, so delivering the same
 * outbox row twice (after a crash) still shows the message once.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "./client.ts";
import { localMessages, type LocalMessageRow } from "./schema.ts";

export function createLocalMessageRepository(db: Db) {
  return {
    addUserMessage(chatExternalId: string, userId: string, userName: string, text: string, clientMessageId?: string): LocalMessageRow {
      return db.insert(localMessages).values({ chatExternalId, fromBot: false, userId, userName, text, clientMessageId }).returning().get();
    },

    /** Remembers which outbox rows answered a user message (a repeat of it gets them back). */
    setReplies(id: number, outboxIds: number[]): void {
      db.update(localMessages).set({ replyOutboxIds: outboxIds }).where(eq(localMessages.id, id)).run();
    },

    /** The user message a page posted with this id in this chat, if any. */
    findByClientId(chatExternalId: string, clientMessageId: string): LocalMessageRow | undefined {
      return db.select().from(localMessages).where(and(eq(localMessages.chatExternalId, chatExternalId), eq(localMessages.clientMessageId, clientMessageId))).get();
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
