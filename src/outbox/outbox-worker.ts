/**
 * Delivers outbox rows through their channel, in order per chat. Rows are claimed with a lease (so
 * two workers, or a request and the background loop, never send one row twice) and checked against
 * the platform's rate limits; a row that may not go yet is put back without counting an attempt.
 * Failures: retry_after is honoured, 5xx and network errors retried with a bounded backoff, a 403
 * stops everything for that chat, a migrated group is followed to its new id.
 */
import { ChannelApiError, type Channel, type OutboundMessage } from "../channels/channel.ts";
import type { OutboxRepository } from "../db/outbox-repository.ts";
import type { OutboxRow } from "../db/schema.ts";
import type { RateLimiter } from "./rate-limiter.ts";

export interface OutboxWorkerDeps {
  outbox: OutboxRepository;
  channels: Partial<Record<string, Channel>>;
  now: () => number;
  logger: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
  limiter?: RateLimiter;
  /** The platform says the bot may no longer write there (kicked, blocked). */
  onChatUnreachable?: (channel: string, chatId: string) => void;
  /** The group became a supergroup with a new id. */
  onChatMigrated?: (channel: string, fromChatId: string, toChatId: string) => void;
}

/** How long a claimed row stays ours; a worker that dies mid-send frees it after this. */
const LEASE_MS = 60_000;
/** Attempts before a message is given up (with the backoff below, about 20 minutes in all). */
const MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 2_000;
const BATCH_SIZE = 100;

export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const { outbox, channels, now, logger, limiter } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  /**
   * Sends one row. Returns undefined when the chat's next row may follow, the time until which the
   * rest of the chat must wait, or "closed" when nothing more may be sent to that chat.
   */
  const deliverRow = async (row: OutboxRow): Promise<number | "closed" | undefined> => {
    const channel = channels[row.channel];
    if (!channel) {
      outbox.markFailed(row.id, `no channel ${row.channel} configured`);
      return undefined;
    }
    const message = JSON.parse(row.payload) as OutboundMessage;
    if (message.kind !== "acknowledge" && limiter) {
      const wait = limiter.reserve(row.channel, row.chatExternalId, now());
      if (wait > 0) {
        outbox.release(row.id, now() + wait);
        outbox.holdChat(row.channel, row.chatExternalId, now() + wait);
        return now() + wait;
      }
    }
    try {
      const result = await channel.send(row.chatExternalId, message, row.id);
      outbox.markSent(row.id, now(), result.messageId);
      return undefined;
    } catch (error) {
      return handleFailure(row, error);
    }
  };

  const handleFailure = (row: OutboxRow, error: unknown): number | "closed" | undefined => {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof ChannelApiError && error.migrateToChatId) {
      deps.onChatMigrated?.(row.channel, row.chatExternalId, error.migrateToChatId);
      outbox.moveChat(row.channel, row.chatExternalId, error.migrateToChatId);
      outbox.release(row.id, now());
      return "closed";
    }
    if (error instanceof ChannelApiError && error.status === 403) {
      logger.warn({ outboxId: row.id, chat: row.chatExternalId, err: reason }, "chat unreachable; nothing more is sent there");
      outbox.markFailed(row.id, reason);
      outbox.failChat(row.channel, row.chatExternalId, reason);
      deps.onChatUnreachable?.(row.channel, row.chatExternalId);
      return "closed";
    }
    const permanent = error instanceof ChannelApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
    if (permanent || row.attempts >= MAX_ATTEMPTS) {
      logger.error({ outboxId: row.id, attempts: row.attempts, err: reason }, "giving up on outbox message");
      outbox.markFailed(row.id, reason);
      return undefined;
    }
    const retryAfterMs = error instanceof ChannelApiError && error.retryAfterSec ? error.retryAfterSec * 1000 : 0;
    const backoffMs = retryAfterMs || BACKOFF_BASE_MS * 2 ** (row.attempts - 1);
    logger.warn({ outboxId: row.id, attempts: row.attempts, backoffMs, err: reason }, "outbox send failed; will retry");
    outbox.markRetry(row.id, now() + backoffMs, reason);
    outbox.holdChat(row.channel, row.chatExternalId, now() + backoffMs);
    return now() + backoffMs;
  };

  /** Sends the due rows (or only `ids`), each chat's in order; returns how many it claimed. */
  const deliver = async (ids?: number[]): Promise<number> => {
    const rows = outbox.claim(now(), now() + LEASE_MS, BATCH_SIZE, ids);
    // Chats whose earlier row could not go: their later rows in this batch wait behind it.
    const held = new Map<string, number | "closed">();
    for (const row of rows) {
      const chatKey = `${row.channel}:${row.chatExternalId}`;
      const hold = held.get(chatKey);
      if (hold === "closed") outbox.release(row.id, now());
      else if (hold !== undefined) outbox.release(row.id, hold);
      else {
        const outcome = await deliverRow(row);
        if (outcome !== undefined) held.set(chatKey, outcome);
      }
    }
    return rows.length;
  };

  const tick = async () => {
    if (running) return;
    running = deliver();
    try {
      await running;
    } catch (error) {
      logger.error({ err: error }, "outbox tick failed");
    } finally {
      running = undefined;
    }
  };

  return {
    deliver,
    /** Polls for due rows every `intervalMs` (new messages are also delivered right away by callers). */
    start(intervalMs = 250): void {
      timer ??= setInterval(() => void tick(), intervalMs);
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
