/**
 * A chat's turn in the outbox: which of its unfinished rows may go (its head, the row with a
 * `ready_at`), kept right when a row finishes, when a group moves to a new id, and when the bot
 * leaves a chat. Each change runs under the chat's queueing lock, the lock `enqueue` holds to its
 * commit (outbox-repository.ts), so that a row queued meanwhile never loses its turn. Part of the
 * outbox repository.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "./database.ts";
import type { OutboxRow } from "./schema.ts";
import { HELD } from "./outbox-leases.ts";

/** Which row, and the chat it goes to. */
type ChatRow = Pick<OutboxRow, "id" | "channel" | "chatExternalId">;
/** Parameters: channel, chat (the chat's unfinished rows `p`). The migrations' outbox_enqueue (0009) and outbox_finish (0014) repeat it. */
export const UNFINISHED_OF_CHAT = "p.channel = ? AND p.chat_external_id = ? AND p.status IN ('pending', 'sending')";
/** A row's chat, and its payload's start (enough to tell an acknowledgement). */
export type ChatOfRow = { channel: string; chatExternalId: string; start: string };
/** Reads a row's chat now (undefined when there is no such row). */
export type ReadChatOfRow = (id: number) => Promise<ChatOfRow | undefined>;
/** The queueing lock of a chat (see `enqueue`); outbox_finish (migration 0014) builds the same key in SQL. */
export const chatLockKey = (channel: string, chatExternalId: string) => `outbox:${channel}:${chatExternalId}`;

/**
 * `isHead`: the repository's condition that a row `o` is its chat's oldest unfinished one;
 * `chatOfRow`: the repository's read of a row's chat.
 */
export function createOutboxTurns(database: Database, where: { isHead: string; chatOfRow: ReadChatOfRow }) {
  const { chatOfRow } = where;
  const { outbox } = database.tables;
  const statement = database.statement.bind(database);
  /** A chat's row finished: its next row, if any, is its head from now (parameters: now, channel, chat). */
  const promoteNext = statement(`UPDATE outbox SET ready_at = ? WHERE ready_at IS NULL AND id = (SELECT min(p.id) FROM outbox p WHERE ${UNFINISHED_OF_CHAT})`);
  const finishRow = (status: "sent" | "failed", held = "") =>
    statement(`UPDATE outbox SET status = '${status}', sent_at = coalesce(?, sent_at), sent_message_id = coalesce(?, sent_message_id),
      parts_sent = coalesce(?, parts_sent), lease_until = NULL, last_error = ? WHERE id = ?${held}`);
  const [sent, failed, sentHeld, failedHeld] = [finishRow("sent"), finishRow("failed"), finishRow("sent", HELD), finishRow("failed", HELD)];
  /**
   * PostgreSQL: `finish` in one round trip, a function of the migrations (0014_outbox_finish.sql),
   * which holds the chat's lock only while it runs (parameters: the row, the chat it was claimed
   * in, the status, then as `finishRow`'s, the lease and now).
   */
  const finishOnPostgres =
    database.dialect === "postgres" ? statement<{ changed: boolean }>("SELECT outbox_finish(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS changed") : undefined;
  /**
   * Heads that never got their turn: queued by an instance of an older version, or left when their
   * predecessor was finished by another way than `finish` (parameter: now). Run now and then.
   */
  const repairTurns = statement(`UPDATE outbox SET ready_at = ? WHERE id IN (SELECT o.id FROM outbox o
    WHERE o.status IN ('pending', 'sending') AND o.ready_at IS NULL AND ${where.isHead})`);

  const lockChat = (channel: string, chatExternalId: string) => database.lock(chatLockKey(channel, chatExternalId));
  /**
   * Takes the queueing locks of several chats at once, in one order, before a transaction queues
   * for them: two transactions queueing for the same two chats then never wait for each other.
   */
  const lockChats = async (chats: { channel: string; chatId: string }[]): Promise<void> => {
    const keys = [...new Set(chats.map((c) => JSON.stringify([c.channel, c.chatId])))].sort();
    for (const key of keys) {
      const [channel, chatId] = JSON.parse(key) as [string, string];
      await lockChat(channel, chatId);
    }
  };
  const unfinishedIn = (channel: string, chatExternalId: string) =>
    and(eq(outbox.channel, channel), eq(outbox.chatExternalId, chatExternalId), inArray(outbox.status, ["pending", "sending"]));

  /**
   * Finishes a row and makes the next one its chat's head, at once. Under the chat's queueing lock:
   * otherwise a row being queued for the chat (which saw this one unfinished, so is not a head)
   * could commit after this found no next row, and wait for ever. The chat is the row's chat now,
   * not when it was claimed: a group's migration may have moved it (and its successors) meanwhile.
   */
  const finish = (row: ChatRow, now: number, update: () => Promise<number>): Promise<boolean> =>
    database.transaction(async () => {
      const claimedIn = (await chatOfRow(row.id)) ?? row;
      await lockChat(claimedIn.channel, claimedIn.chatExternalId);
      // Read again under the lock: a move that held it has committed by now.
      const chat = (await chatOfRow(row.id)) ?? claimedIn;
      if (chat.chatExternalId !== claimedIn.chatExternalId) await lockChat(chat.channel, chat.chatExternalId);
      const changed = await update();
      await promoteNext.run(now, chat.channel, chat.chatExternalId);
      return changed === 1;
    });

  return {
    /** For the repository's `enqueue` (it keeps it to itself). */
    lockChat,
    lockChats,

    /** Gives their turn to heads that have none (see `repairTurns`); returns how many. */
    async repairTurns(now: number): Promise<number> {
      return repairTurns.run(now);
    },

    /**
     * The row went out; its chat's next row is its head from now. With `lease`, only while that
     * claim holds it (false when it no longer did: nothing changed).
     */
    async markSent(row: ChatRow, now: number, partsSent: number, sentMessageId?: string, lease?: number): Promise<boolean> {
      if (finishOnPostgres) {
        const claimed = [row.id, row.channel, row.chatExternalId];
        return (await finishOnPostgres.get(...claimed, "sent", now, sentMessageId ?? null, partsSent, null, lease ?? null, now))!.changed;
      }
      const values = [now, sentMessageId ?? null, partsSent, null, row.id];
      return finish(row, now, () => (lease === undefined ? sent.run(...values) : sentHeld.run(...values, lease)));
    },

    /** The row will never go; its chat's next row is its head from now. With `lease`, as `markSent`. */
    async markFailed(row: ChatRow, error: string, now: number, lease?: number): Promise<boolean> {
      if (finishOnPostgres) {
        const claimed = [row.id, row.channel, row.chatExternalId];
        return (await finishOnPostgres.get(...claimed, "failed", null, null, null, error, lease ?? null, now))!.changed;
      }
      const values = [null, null, null, error, row.id];
      return finish(row, now, () => (lease === undefined ? failed.run(...values) : failedHeld.run(...values, lease)));
    },

    /**
     * A group became a supergroup: unsent messages follow the new id. Under both chats' queueing
     * locks, like `finish`: a row queued or finished meanwhile never loses its turn.
     */
    moveChat(channel: string, fromChatId: string, toChatId: string, now: number): Promise<void> {
      return database.transaction(async () => {
        await lockChats([{ channel, chatId: fromChatId }, { channel, chatId: toChatId }]);
        await database.db.update(outbox).set({ chatExternalId: toChatId }).where(unfinishedIn(channel, fromChatId));
        await promoteNext.run(now, channel, toChatId);
      });
    },

    /**
     * The bot is out of a chat: its unsent messages will never go. Under the chat's queueing lock:
     * a row queued meanwhile is either failed here or queued after, as its chat's head.
     */
    failChat(channel: string, chatExternalId: string, reason: string): Promise<void> {
      return database.transaction(async () => {
        await lockChat(channel, chatExternalId);
        await database.db.update(outbox).set({ status: "failed", lastError: reason, leaseUntil: null }).where(unfinishedIn(channel, chatExternalId));
      });
    },
  };
}
