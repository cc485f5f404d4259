/** The local web chat's history (PostgreSQL). */
import { boolean, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.ts";

export const localMessages = pgTable(
  "local_messages",
  {
    id: serial("id").primaryKey(),
    chatExternalId: text("chat_external_id").notNull(),
    fromBot: boolean("from_bot").notNull(),
    userId: text("user_id"),
    userName: text("user_name"),
    text: text("text").notNull(),
    choices: jsonb("choices").$type<string[]>(),
    document: jsonb("document").$type<{ name: string; url: string }>(),
    outboxId: integer("outbox_id").unique(),
    clientMessageId: text("client_message_id"),
    replyOutboxIds: jsonb("reply_outbox_ids").$type<number[]>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("local_messages_idx_chat").on(t.chatExternalId, t.id),
    uniqueIndex("local_messages_idx_client_id").on(t.chatExternalId, t.clientMessageId),
  ],
);
