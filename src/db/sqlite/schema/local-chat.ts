/** The local web chat's history (the demo channel). */
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns.ts";

/** The local web chat's history (both directions); bot messages carry the outbox id they came from. */
export const localMessages = sqliteTable(
  "local_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    chatExternalId: text("chat_external_id").notNull(),
    fromBot: integer("from_bot", { mode: "boolean" }).notNull(),
    userId: text("user_id"),
    userName: text("user_name"),
    text: text("text").notNull(),
    choices: text("choices", { mode: "json" }).$type<string[]>(),
    document: text("document", { mode: "json" }).$type<{ name: string; url: string }>(),
    outboxId: integer("outbox_id").unique(),
    /** A user message's own id from the page (unique per chat), so a repeat answers as the first did. */
    clientMessageId: text("client_message_id"),
    /** The outbox rows a user message produced: the replies a repeat of it gets back. */
    replyOutboxIds: text("reply_outbox_ids", { mode: "json" }).$type<number[]>(),
    createdAt: createdAt(),
  },
  (t) => [
    // History reads: one chat, in order.
    index("local_messages_idx_chat").on(t.chatExternalId, t.id),
    // A repeated messageId: the first delivery's row.
    uniqueIndex("local_messages_idx_client_id").on(t.chatExternalId, t.clientMessageId),
  ],
);
