/** What the bot has to send: the outbox, the platforms' rate windows, broadcasts. */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns.ts";

/** Messages the bot has decided to send; a worker claims them (status + lease) and delivers each once. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channel: text("channel").notNull(),
    chatExternalId: text("chat_external_id").notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "number" }).notNull(),
    leaseUntil: integer("lease_until", { mode: "number" }),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "number" }),
    /** The platform's id of the sent message: a user's reply to it names the question it answers. */
    sentMessageId: text("sent_message_id"),
    /** The broadcast this message belongs to, for the delivery summary. */
    broadcastId: integer("broadcast_id"),
    /** Parts of a split message already delivered: a retry resumes at the next part. */
    partsSent: integer("parts_sent").notNull().default(0),
    /**
     * When the row became its chat's head (queued into an empty chat, or its predecessor finished);
     * null until then. Chats are served in this order, so a chat with a long queue gets its turn
     * like the others instead of holding everyone queued after its oldest row.
     */
    readyAt: integer("ready_at", { mode: "number" }),
    /**
     * Heads of a lower rank go first. 0 for what an update that made a document queued (a submitted
     * report, a resent one, an officer's file), else 1: a document someone is waiting for is not
     * sent after a whole round of every busy chat's turn.
     */
    rank: integer("send_rank").notNull().default(1),
  },
  (t) => [
    // The worker's query: chats' heads by rank, then in the order they became heads.
    index("outbox_idx_ready").on(t.channel, t.rank, t.readyAt).where(sql`status IN ('pending', 'sending') AND ready_at IS NOT NULL`),
    // Order per chat: a row goes only when no older unfinished row of its chat is left.
    index("outbox_idx_chat_unfinished").on(t.channel, t.chatExternalId, t.id).where(sql`status IN ('pending', 'sending')`),
    // Which question a reply answers: (channel, chat, message replied to); only sent rows have one.
    index("outbox_idx_sent_message").on(t.channel, t.chatExternalId, t.sentMessageId).where(sql`sent_message_id IS NOT NULL`),
  ],
);

/**
 * Messages sent per rate-limit scope (a platform as a whole, "*", or one chat), so the platform's
 * limits hold across restarts and across instances. Rows older than the longest window are pruned.
 */
export const rateEvents = sqliteTable(
  "rate_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channel: text("channel").notNull(),
    scope: text("scope").notNull(),
    sentAt: integer("sent_at", { mode: "number" }).notNull(),
  },
  (t) => [
    // The limiter's query: the latest sends of one scope.
    index("rate_events_idx_scope").on(t.channel, t.scope, t.sentAt),
    // Pruning by age.
    index("rate_events_idx_sent").on(t.sentAt),
  ],
);

/** An officer's broadcast: its messages are outbox rows with this id; the summary goes back once. */
export const broadcasts = sqliteTable("broadcasts", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  channel: text("channel").notNull(),
  officersChatId: text("officers_chat_id").notNull(),
  unreachable: integer("unreachable").notNull().default(0),
  summarySent: integer("summary_sent", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});
