/**
 * The outbox: messages the bot has decided to send, written in the same transaction as the state
 * that produced them. A chat's rows go strictly in order: only the oldest unfinished row of a chat
 * (its head) may be claimed, so message N+1 never leaves before N is sent or has finally failed.
 * A claim is a lease (status 'sending' until a time), taken only for a row about to be sent; on
 * PostgreSQL it skips a row another instance is claiming (FOR UPDATE SKIP LOCKED), and a row whose
 * lease ran out (its instance died) is claimable again. The claim and what its sender writes while
 * it holds the row: outbox-leases.ts; finishing a row (sent, failed) passes the same lease, and
 * keeps its chat's turn: outbox-turns.ts.
 */
import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import type { OutboxRow } from "./schema.ts";
import { createOutboxClaimReads } from "./outbox-claim-reads.ts";
import { createOutboxLeases } from "./outbox-leases.ts";
import { type ChatOfRow, chatLockKey, createOutboxTurns, UNFINISHED_OF_CHAT } from "./outbox-turns.ts";
import { columnsOf, rowReader } from "./table-rows.ts";

export type HeadRow = OutboxRow & { chatActive: boolean };
/**
 * More rows than an update's delivery ever waits for (see `queuedHere`). Rows queued while the
 * platform's window is full are delivered later by the worker's loop, never asked for here: the
 * bound is what keeps their entries from piling up.
 */
const QUEUED_HERE_BOUND = 1_000;

export function createOutboxRepository(database: Database) {
  const { outbox } = database.tables;
  const db = () => database.db;
  const postgres = database.dialect === "postgres";
  const greatest = postgres ? "greatest" : "max";
  // The worker's and the webhook's statements: hand-written, prepared once.
  const statement = database.statement.bind(database);

  /** Due and pending, or left 'sending' by a worker whose lease ran out (parameters: now, now). */
  const claimable = "((o.status = 'pending' AND o.next_attempt_at <= ?) OR (o.status = 'sending' AND o.lease_until <= ?))";
  /**
   * No older row of the same chat is still waiting or being sent. Written as the chat's first
   * unfinished id, a lookup in the chat's index for each row, never a join: PostgreSQL planned the
   * NOT EXISTS form as a join that read every unfinished row for each head (1.7 s with 8,000 rows
   * queued) whenever its statistics were older than the queue, as they are after any burst.
   */
  const isHead = `o.id = (SELECT min(p.id) FROM outbox p WHERE p.channel = o.channel AND p.chat_external_id = o.chat_external_id
    AND p.status IN ('pending', 'sending'))`;
  /** False when the bot was removed from the chat (403): nothing more goes there. */
  const chatActive = `(SELECT c.is_active FROM chats c WHERE c.channel = o.channel AND c.external_id = o.chat_external_id) AS "chatActive"`;
  // Columns by name, never o.*: a PostgreSQL named statement fails once a migration adds a column.
  const head = `${columnsOf(outbox, "o")}, ${chatActive}`;
  const readRow = rowReader(outbox);
  const toRow = (raw: Record<string, unknown>): HeadRow => ({ ...readRow(raw)!, chatActive: raw.chatActive !== 0 && raw.chatActive !== false });
  // Heads by rank, then in the order they became heads (the ready index), not by id: see `readyAt`
  // and `rank` in the schema.
  const headsOfChannel = statement<Record<string, unknown>>(
    `SELECT ${head} FROM outbox o WHERE o.channel = ? AND o.status IN ('pending', 'sending') AND o.ready_at IS NOT NULL
     AND ${claimable} AND ${isHead} ORDER BY o.send_rank, o.ready_at, o.id LIMIT ?`,
  );
  const headOfOneChat = statement<Record<string, unknown>>(
    `SELECT ${head} FROM outbox o WHERE o.channel = ? AND o.chat_external_id = ? AND o.status IN ('pending', 'sending') ORDER BY o.id LIMIT 1`,
  );
  // A row queued into a chat with nothing unfinished is its head at once (parameters: the row, then channel, chat, now).
  const insert = statement<{ id: number }>(`INSERT INTO outbox (channel, chat_external_id, payload, next_attempt_at, broadcast_id, send_rank, ready_at)
    VALUES (?, ?, ?, ?, ?, ?, CASE WHEN EXISTS (SELECT 1 FROM outbox p WHERE ${UNFINISHED_OF_CHAT}) THEN NULL ELSE CAST(? AS BIGINT) END) RETURNING id`);
  /**
   * PostgreSQL: the chat's queueing lock and the insert in one round trip, a function of the
   * migrations (0009_outbox_enqueue.sql) with the same parameters as `insert` after the lock's key.
   */
  const insertLocked = postgres ? statement<{ id: number }>("SELECT outbox_enqueue(?, ?, ?, ?, ?, ?, ?, ?) AS id") : undefined;
  const postponeRow = statement(`UPDATE outbox SET next_attempt_at = ${greatest}(next_attempt_at, ?) WHERE id = ? AND status = 'pending'`);
  const questionOf = statement<{ payload: string }>(
    "SELECT payload FROM outbox WHERE channel = ? AND chat_external_id = ? AND sent_message_id = ? ORDER BY id DESC LIMIT 1",
  );
  /** Read back for a row not queued by this process (see `queuedHere`). */
  const chatOfRow = statement<ChatOfRow>(`SELECT channel, chat_external_id AS "chatExternalId", substr(payload, 1, 40) AS start FROM outbox WHERE id = ?`);
  /**
   * The chats of the rows this process queued, until `chatsOf` asks for them right after their
   * commit: the delivery that follows each update then reads nothing back (on PostgreSQL a round
   * trip). A row whose transaction rolled back, or queued while the window was full, is never asked
   * for: the map is emptied past a bound.
   */
  const queuedHere = new Map<number, ChatOfRow>();

  const { lockChat, ...turns } = createOutboxTurns(database, { isHead, chatOfRow: (id) => chatOfRow.get(id) });

  /** The claimable heads of a channel's chats, oldest first (not claimed: see `claim`). */
  const headsOf = async (channel: string, now: number, limit: number): Promise<HeadRow[]> => (await headsOfChannel.all(channel, now, now, limit)).map(toRow);
  /** The head of one chat when it may be claimed now. */
  const headOfChat = async (channel: string, chatExternalId: string, now: number): Promise<HeadRow | undefined> => {
    const raw = await headOfOneChat.get(channel, chatExternalId);
    const row = raw && toRow(raw);
    return row && isClaimable(row, now) ? row : undefined;
  };

  return {
    ...createOutboxLeases(database, { claimable, isHead }),
    ...turns,

    /**
     * Queues a message. On PostgreSQL a row's id is taken at insert but becomes visible at commit:
     * were two transactions to queue for one chat at once, the later id could commit first and go
     * out first. So a chat's rows are queued under that chat's lock, held to the commit: its ids
     * become visible in their order, and its head is always its oldest row. Other chats go on.
     */
    enqueue(channel: string, chatExternalId: string, payload: unknown, now: number, broadcastId?: number, urgent = false): Promise<number> {
      return database.transaction(async () => {
        const json = JSON.stringify(payload);
        const row = [channel, chatExternalId, json, now, broadcastId ?? null, urgent ? 0 : 1] as const;
        let id: number;
        if (insertLocked) {
          const key = chatLockKey(channel, chatExternalId);
          ({ id } = (await insertLocked.get(key, ...row, now))!);
          database.tookLock(key);
        } else {
          await lockChat(channel, chatExternalId);
          ({ id } = (await insert.get(...row, channel, chatExternalId, now))!);
        }
        if (queuedHere.size >= QUEUED_HERE_BOUND) queuedHere.clear();
        queuedHere.set(id, { channel, chatExternalId, start: json.slice(0, 40) });
        return id;
      });
    },

    /** Delivery counts of one broadcast's messages. */
    async broadcastProgress(broadcastId: number): Promise<{ pending: number; sent: number; failed: number }> {
      const rows = await db().select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).where(eq(outbox.broadcastId, broadcastId)).groupBy(outbox.status);
      const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
      return { pending: count("pending") + count("sending"), sent: count("sent"), failed: count("failed") };
    },

    /** The text a broadcast sent (its first row's), to name it in its summary. */
    async broadcastText(broadcastId: number): Promise<string | undefined> {
      const [row] = await db().select({ payload: outbox.payload }).from(outbox).where(eq(outbox.broadcastId, broadcastId)).orderBy(asc(outbox.id)).limit(1);
      const text = row && (JSON.parse(row.payload) as { text?: unknown }).text;
      return typeof text === "string" ? text : undefined;
    },

    headsOf,
    headOfChat,
    /** A claim's reads under its channel's lock: the heads, and on PostgreSQL the rate windows (outbox-claim-reads.ts). */
    claimReads: createOutboxClaimReads(database, { headsOf, headOfChat }),

    /** The chats the given rows go to; `acknowledge` when one of them answers a button press. */
    async chatsOf(ids: number[]): Promise<{ channel: string; chatExternalId: string; acknowledge: boolean }[]> {
      // Row by row through one prepared statement: an update queues one to a few rows.
      const chats = new Map<string, { channel: string; chatExternalId: string; acknowledge: boolean }>();
      for (const id of ids) {
        const row = queuedHere.get(id) ?? (await chatOfRow.get(id));
        queuedHere.delete(id);
        if (!row) continue;
        const key = JSON.stringify([row.channel, row.chatExternalId]);
        const acknowledge = isAcknowledgement(row.start) || (chats.get(key)?.acknowledge ?? false);
        chats.set(key, { channel: row.channel, chatExternalId: row.chatExternalId, acknowledge });
      }
      return [...chats.values()];
    },

    /** Keeps a pending head (and so its chat) waiting until `until`; it stays unleased. */
    async postpone(id: number, until: number): Promise<void> {
      await postponeRow.run(until, id);
    },

    /**
     * At start-up of the only process on a SQLite file: rows a crash left 'sending' go back to
     * pending at once (they are their chats' heads, so they go first). Never on PostgreSQL, where
     * another instance may be sending them: there a dead instance's rows wait out their lease.
     */
    async recoverInterrupted(): Promise<number> {
      return database.run(sql`UPDATE outbox SET status = 'pending', lease_until = NULL WHERE status = 'sending'`);
    },

    /** The question id of the bot message a user replied to, if that message asked one. */
    async questionOfSentMessage(channel: string, chatExternalId: string, sentMessageId: string): Promise<string | undefined> {
      const row = await questionOf.get(channel, chatExternalId, sentMessageId);
      return row ? (JSON.parse(row.payload) as { questionId?: string }).questionId : undefined;
    },

    async countByStatus() {
      const rows = await db().select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.status);
      return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
    },
  };
}

const isClaimable = (row: HeadRow, now: number) =>
  (row.status === "pending" && row.nextAttemptAt <= now) || (row.status === "sending" && (row.leaseUntil ?? 0) <= now);

/** Payloads are `JSON.stringify`ed messages; an acknowledgement is written `{ kind: "acknowledge", id }`. */
export const isAcknowledgement = (payload: string) => payload.startsWith('{"kind":"acknowledge"');

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
