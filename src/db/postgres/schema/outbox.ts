/** What the bot has to send (PostgreSQL); the comments are on the SQLite schema, its twin. */
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { createdAt, millis } from "./columns.ts";

export const outbox = pgTable(
  "outbox",
  {
    id: serial("id").primaryKey(),
    channel: text("channel").notNull(),
    chatExternalId: text("chat_external_id").notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: millis("next_attempt_at").notNull(),
    leaseUntil: millis("lease_until"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: millis("sent_at"),
    sentMessageId: text("sent_message_id"),
    broadcastId: integer("broadcast_id"),
    partsSent: integer("parts_sent").notNull().default(0),
    readyAt: millis("ready_at"),
    rank: integer("send_rank").notNull().default(1),
  },
  (t) => [
    index("outbox_idx_ready").on(t.channel, t.rank, t.readyAt).where(sql`status IN ('pending', 'sending') AND ready_at IS NOT NULL`),
    index("outbox_idx_chat_unfinished").on(t.channel, t.chatExternalId, t.id).where(sql`status IN ('pending', 'sending')`),
    index("outbox_idx_sent_message").on(t.channel, t.chatExternalId, t.sentMessageId).where(sql`sent_message_id IS NOT NULL`),
  ],
);

export const rateEvents = pgTable(
  "rate_events",
  {
    id: serial("id").primaryKey(),
    channel: text("channel").notNull(),
    scope: text("scope").notNull(),
    sentAt: millis("sent_at").notNull(),
  },
  (t) => [index("rate_events_idx_scope").on(t.channel, t.scope, t.sentAt), index("rate_events_idx_sent").on(t.sentAt)],
);

export const broadcasts = pgTable("broadcasts", {
  id: serial("id").primaryKey(),
  channel: text("channel").notNull(),
  officersChatId: text("officers_chat_id").notNull(),
  unreachable: integer("unreachable").notNull().default(0),
  summarySent: boolean("summary_sent").notNull().default(false),
  createdAt: createdAt(),
});
