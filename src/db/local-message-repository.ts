/**
 * The local web chat's history. Bot messages are keyed by their outbox id, so delivering the same
 * outbox row twice (after a crash) still shows the message once.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "./database.ts";
import type { LocalMessageRow } from "./schema.ts";

export function createLocalMessageRepository(database: Database) {
  const { localMessages } = database.tables;
  const db = () => database.db;
  return {
    async addUserMessage(chatExternalId: string, userId: string, userName: string, text: string, clientMessageId?: string): Promise<LocalMessageRow> {
      const [row] = await db().insert(localMessages).values({ chatExternalId, fromBot: false, userId, userName, text, clientMessageId }).returning();
      return row!;
    },

    /** Remembers which outbox rows answered a user message (a repeat of it gets them back). */
    async setReplies(id: number, outboxIds: number[]): Promise<void> {
      await db().update(localMessages).set({ replyOutboxIds: outboxIds }).where(eq(localMessages.id, id));
    },

    /** The user message a page posted with this id in this chat, if any. */
    async findByClientId(chatExternalId: string, clientMessageId: string): Promise<LocalMessageRow | undefined> {
      const [row] = await db()
        .select()
        .from(localMessages)
        .where(and(eq(localMessages.chatExternalId, chatExternalId), eq(localMessages.clientMessageId, clientMessageId)))
        .limit(1);
      return row;
    },

    async addBotMessage(
      chatExternalId: string,
      outboxId: number,
      message: { text: string; choices?: readonly string[]; document?: { name: string; url: string } },
    ): Promise<void> {
      await db()
        .insert(localMessages)
        .values({
          chatExternalId,
          fromBot: true,
          outboxId,
          text: message.text,
          choices: message.choices ? [...message.choices] : null,
          document: message.document ?? null,
        })
        .onConflictDoNothing();
    },

    async history(chatExternalId: string): Promise<LocalMessageRow[]> {
      return db().select().from(localMessages).where(eq(localMessages.chatExternalId, chatExternalId)).orderBy(asc(localMessages.id));
    },

    async byOutboxIds(ids: number[]): Promise<LocalMessageRow[]> {
      if (ids.length === 0) return [];
      return db().select().from(localMessages).where(inArray(localMessages.outboxId, ids)).orderBy(asc(localMessages.id));
    },
  };
}

export type LocalMessageRepository = ReturnType<typeof createLocalMessageRepository>;
