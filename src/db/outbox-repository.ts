/**
 * The outbox: messages the bot has decided to send, written in the same transaction as the state
 * that produced them. A chat's rows go strictly in order: only the oldest unfinished row of a chat
 * (its head) may be claimed, so message N+1 never leaves before N is sent or has finally failed.
 * A claim is a lease (status 'sending' until a time), taken only for a row about to be sent.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { outbox, type OutboxRow } from "./schema.ts";

/** A row that may be sent now: due and pending, or left 'sending' by a worker whose lease ran out. */
const CLAIMABLE = "((o.status = 'pending' AND o.next_attempt_at <= @now) OR (o.status = 'sending' AND o.lease_until <= @now))";
/** No older row of the same chat is still waiting or being sent. */
const IS_HEAD = `NOT EXISTS (SELECT 1 FROM outbox p WHERE p.channel = o.channel AND p.chat_external_id = o.chat_external_id
  AND p.status IN ('pending', 'sending') AND p.id < o.id)`;
/** 0 when the bot was removed from the chat (403): nothing more goes there. */
const CHAT_ACTIVE = "(SELECT c.is_active FROM chats c WHERE c.channel = o.channel AND c.external_id = o.chat_external_id) AS chat_active";

export type HeadRow = OutboxRow & { chatActive: boolean };

export function createOutboxRepository(db: Db) {
  // Hot path (every reply): plain prepared statements, a third of the query builder's cost.
  const sqlite = db.$client;
  const insert = sqlite.prepare("INSERT INTO outbox (channel, chat_external_id, payload, next_attempt_at, broadcast_id) VALUES (?, ?, ?, ?, ?)");
  const headsOfChannel = sqlite.prepare(
    `SELECT o.*, ${CHAT_ACTIVE} FROM outbox o WHERE o.channel = @channel AND ${CLAIMABLE} AND ${IS_HEAD} ORDER BY o.id LIMIT @limit`,
  );
  const headOfChat = sqlite.prepare(
    `SELECT o.*, ${CHAT_ACTIVE} FROM outbox o WHERE o.channel = @channel AND o.chat_external_id = @chat AND o.status IN ('pending', 'sending')
     ORDER BY o.id LIMIT 1`,
  );
  const claim = sqlite.prepare(
    "UPDATE outbox SET status = 'sending', lease_until = ?, attempts = attempts + 1 WHERE id = ? AND status IN ('pending', 'sending')",
  );
  const chatsOf = sqlite.prepare("SELECT DISTINCT channel, chat_external_id FROM outbox WHERE id IN (SELECT value FROM json_each(?))");
  const sent = sqlite.prepare(
    "UPDATE outbox SET status = 'sent', sent_at = ?, sent_message_id = coalesce(?, sent_message_id), parts_sent = ?, lease_until = NULL, last_error = NULL WHERE id = ?",
  );
  const progress = sqlite.prepare("UPDATE outbox SET parts_sent = ?, sent_message_id = coalesce(?, sent_message_id), lease_until = ? WHERE id = ? AND status = 'sending'");
  // A row put back without counting an attempt (a rate limit said wait).
  const release = sqlite.prepare(
    "UPDATE outbox SET status = 'pending', lease_until = NULL, attempts = max(attempts - 1, 0), next_attempt_at = max(next_attempt_at, ?) WHERE id = ? AND status = 'sending'",
  );
  const postpone = sqlite.prepare("UPDATE outbox SET next_attempt_at = max(next_attempt_at, ?) WHERE id = ? AND status = 'pending'");
  const recover = sqlite.prepare("UPDATE outbox SET status = 'pending', lease_until = NULL WHERE status = 'sending'");
  const question = sqlite.prepare(
    "SELECT payload FROM outbox WHERE channel = ? AND chat_external_id = ? AND sent_message_id = ? ORDER BY id DESC LIMIT 1",
  );
  const toRow = (raw: Record<string, unknown>): HeadRow => ({
    id: raw.id as number,
    channel: raw.channel as string,
    chatExternalId: raw.chat_external_id as string,
    payload: raw.payload as string,
    status: raw.status as OutboxRow["status"],
    attempts: raw.attempts as number,
    nextAttemptAt: raw.next_attempt_at as number,
    leaseUntil: raw.lease_until as number | null,
    lastError: raw.last_error as string | null,
    createdAt: raw.created_at as number,
    sentAt: raw.sent_at as number | null,
    sentMessageId: raw.sent_message_id as string | null,
    broadcastId: raw.broadcast_id as number | null,
    partsSent: raw.parts_sent as number,
    chatActive: raw.chat_active !== 0,
  });
  const isClaimable = (row: HeadRow, now: number) =>
    (row.status === "pending" && row.nextAttemptAt <= now) || (row.status === "sending" && (row.leaseUntil ?? 0) <= now);

  return {
    enqueue(channel: string, chatExternalId: string, payload: unknown, now: number, broadcastId?: number): number {
      return Number(insert.run(channel, chatExternalId, JSON.stringify(payload), now, broadcastId ?? null).lastInsertRowid);
    },

    /** Delivery counts of one broadcast's messages. */
    broadcastProgress(broadcastId: number): { pending: number; sent: number; failed: number } {
      const rows = db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).where(eq(outbox.broadcastId, broadcastId)).groupBy(outbox.status).all();
      const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
      return { pending: count("pending") + count("sending"), sent: count("sent"), failed: count("failed") };
    },

    /** The claimable heads of a channel's chats, oldest first (not claimed: see `claim`). */
    headsOf(channel: string, now: number, limit: number): HeadRow[] {
      return (headsOfChannel.all({ channel, now, limit }) as Record<string, unknown>[]).map(toRow);
    },

    /** The head of one chat when it may be claimed now. */
    headOfChat(channel: string, chatExternalId: string, now: number): HeadRow | undefined {
      const raw = headOfChat.get({ channel, chat: chatExternalId }) as Record<string, unknown> | undefined;
      const row = raw && toRow(raw);
      return row && isClaimable(row, now) ? row : undefined;
    },

    /** The chats the given rows go to. */
    chatsOf(ids: number[]): { channel: string; chatExternalId: string }[] {
      return (chatsOf.all(JSON.stringify(ids)) as { channel: string; chat_external_id: string }[]).map((r) => ({ channel: r.channel, chatExternalId: r.chat_external_id }));
    },

    /** Leases a row until `leaseUntil` and counts an attempt; false when it is already finished. */
    claim(id: number, leaseUntil: number): boolean {
      return claim.run(leaseUntil, id).changes === 1;
    },

    markSent(id: number, now: number, partsSent: number, sentMessageId?: string): void {
      sent.run(now, sentMessageId ?? null, partsSent, id);
    },

    /** Records that the first `partsSent` parts of a split message went out, and renews the lease. */
    recordProgress(id: number, partsSent: number, sentMessageId: string | undefined, leaseUntil: number): void {
      progress.run(partsSent, sentMessageId ?? null, leaseUntil, id);
    },

    /** Puts a claimed row back, due no earlier than `notBefore`, without counting an attempt. */
    release(id: number, notBefore: number): void {
      release.run(notBefore, id);
    },

    /** Keeps a pending head (and so its chat) waiting until `until`; it stays unleased. */
    postpone(id: number, until: number): void {
      postpone.run(until, id);
    },

    /**
     * At start-up: rows a crashed process left 'sending' go back to pending. They are their chats'
     * heads, so they go again before anything newer of the same chat. (One process per SQLite file.)
     */
    recoverInterrupted(): number {
      return recover.run().changes;
    },

    /** The question id of the bot message a user replied to, if that message asked one. */
    questionOfSentMessage(channel: string, chatExternalId: string, sentMessageId: string): string | undefined {
      const row = question.get(channel, chatExternalId, sentMessageId) as { payload: string } | undefined;
      if (!row) return undefined;
      const payload = JSON.parse(row.payload) as { questionId?: string };
      return payload.questionId;
    },

    /** A group became a supergroup: unsent messages follow the new id. */
    moveChat(channel: string, fromChatId: string, toChatId: string): void {
      db.update(outbox)
        .set({ chatExternalId: toChatId })
        .where(and(eq(outbox.channel, channel), eq(outbox.chatExternalId, fromChatId), inArray(outbox.status, ["pending", "sending"])))
        .run();
    },

    /** The bot is out of a chat: its unsent messages will never go. */
    failChat(channel: string, chatExternalId: string, reason: string): void {
      db.update(outbox)
        .set({ status: "failed", lastError: reason, leaseUntil: null })
        .where(and(eq(outbox.channel, channel), eq(outbox.chatExternalId, chatExternalId), inArray(outbox.status, ["pending", "sending"])))
        .run();
    },

    markRetry(id: number, nextAttemptAt: number, error: string): void {
      db.update(outbox).set({ status: "pending", nextAttemptAt, leaseUntil: null, lastError: error }).where(eq(outbox.id, id)).run();
    },

    markFailed(id: number, error: string): void {
      db.update(outbox).set({ status: "failed", leaseUntil: null, lastError: error }).where(eq(outbox.id, id)).run();
    },

    countByStatus() {
      return db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.status).all();
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
