/**
 * The outbox: messages the bot has decided to send, written in the same transaction as the state
 * that produced them. Workers claim rows with a lease, so two workers never send the same row and a
 * crashed worker's rows are picked up again once the lease runs out.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { outbox, type OutboxRow } from "./schema.ts";

/** Rows a worker may take: due pending rows, and rows whose sender's lease ran out. */
const CLAIMABLE = "((status = 'pending' AND next_attempt_at <= @now) OR (status = 'sending' AND lease_until <= @now))";

export function createOutboxRepository(db: Db) {
  // Hot path (every reply): plain prepared statements, a third of the query builder's cost.
  const sqlite = db.$client;
  const insert = sqlite.prepare("INSERT INTO outbox (channel, chat_external_id, payload, next_attempt_at, broadcast_id) VALUES (?, ?, ?, ?, ?)");
  const claimDue = sqlite.prepare(
    `UPDATE outbox SET status = 'sending', lease_until = @leaseUntil, attempts = attempts + 1
     WHERE id IN (SELECT id FROM outbox WHERE ${CLAIMABLE} ORDER BY id LIMIT @limit) RETURNING *`,
  );
  const claimIds = sqlite.prepare(
    `UPDATE outbox SET status = 'sending', lease_until = @leaseUntil, attempts = attempts + 1
     WHERE id IN (SELECT value FROM json_each(@ids)) AND ${CLAIMABLE} RETURNING *`,
  );
  const sent = sqlite.prepare("UPDATE outbox SET status = 'sent', sent_at = ?, sent_message_id = ?, lease_until = NULL, last_error = NULL WHERE id = ?");
  // A row put back without counting an attempt (rate limit, or another row of its chat went first).
  const release = sqlite.prepare("UPDATE outbox SET status = 'pending', lease_until = NULL, attempts = attempts - 1, next_attempt_at = MAX(next_attempt_at, ?) WHERE id = ? AND status = 'sending'");
  // Keeps one chat's messages in order: nothing of the chat goes out before the held-back row.
  const holdChat = sqlite.prepare(
    "UPDATE outbox SET next_attempt_at = MAX(next_attempt_at, ?) WHERE channel = ? AND chat_external_id = ? AND status = 'pending'",
  );
  const question = sqlite.prepare(
    "SELECT payload FROM outbox WHERE channel = ? AND chat_external_id = ? AND sent_message_id = ? ORDER BY id DESC LIMIT 1",
  );
  const toRow = (raw: Record<string, unknown>): OutboxRow => ({
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
  });

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

    /** Claims due rows (all of them, or just `ids`) until `leaseUntil`; returns what it claimed, oldest first. */
    claim(now: number, leaseUntil: number, limit: number, ids?: number[]): OutboxRow[] {
      const rows = ids
        ? claimIds.all({ now, leaseUntil, ids: JSON.stringify(ids) })
        : claimDue.all({ now, leaseUntil, limit });
      return (rows as Record<string, unknown>[]).map(toRow).sort((a, b) => a.id - b.id).slice(0, limit);
    },

    markSent(id: number, now: number, sentMessageId?: string): void {
      sent.run(now, sentMessageId ?? null, id);
    },

    /** Puts a claimed row back, due no earlier than `notBefore`, without counting an attempt. */
    release(id: number, notBefore: number): void {
      release.run(notBefore, id);
    },

    /** Holds every pending row of a chat until `until`, so its messages keep their order. */
    holdChat(channel: string, chatExternalId: string, until: number): void {
      holdChat.run(until, channel, chatExternalId);
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
