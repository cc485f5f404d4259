/**
 * Delivers outbox rows through their channel. Rows are claimed with a lease (so two workers, or a
 * request and the background loop, never send one row twice); failures are retried with a bounded
 * backoff, honour `retry_after`, and stop for good on a 403 (the bot was removed from the chat).
 */
import { ChannelApiError, type Channel, type OutboundMessage } from "../channels/channel.ts";
import type { OutboxRepository } from "../db/outbox-repository.ts";

export interface OutboxWorkerDeps {
  outbox: OutboxRepository;
  channels: Partial<Record<string, Channel>>;
  now: () => number;
  logger: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
}

/** How long a claimed row stays ours; a worker that dies mid-send frees it after this. */
const LEASE_MS = 60_000;
/** Attempts before a message is given up (with the backoff below, about 20 minutes in all). */
const MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 2_000;
const BATCH_SIZE = 50;

export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const { outbox, channels, now, logger } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  const deliverRow = async (row: { id: number; channel: string; chatExternalId: string; payload: string; attempts: number }) => {
    const channel = channels[row.channel];
    if (!channel) {
      outbox.markFailed(row.id, `no channel ${row.channel} configured`);
      return;
    }
    try {
      await channel.send(row.chatExternalId, JSON.parse(row.payload) as OutboundMessage, row.id);
      outbox.markSent(row.id, now());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof ChannelApiError && error.status === 403) {
        outbox.markFailed(row.id, reason);
        return;
      }
      if (row.attempts >= MAX_ATTEMPTS) {
        logger.error({ outboxId: row.id, err: error }, "giving up on outbox message");
        outbox.markFailed(row.id, reason);
        return;
      }
      const retryAfterMs = error instanceof ChannelApiError && error.retryAfterSec ? error.retryAfterSec * 1000 : 0;
      const backoffMs = Math.max(retryAfterMs, BACKOFF_BASE_MS * 2 ** (row.attempts - 1));
      logger.warn({ outboxId: row.id, attempts: row.attempts, backoffMs, err: reason }, "outbox send failed; will retry");
      outbox.markRetry(row.id, now() + backoffMs, reason);
    }
  };

  /** Sends the due rows (or only `ids`), one chat's messages in order; returns how many it tried. */
  const deliver = async (ids?: number[]): Promise<number> => {
    const rows = outbox.claim(now(), now() + LEASE_MS, BATCH_SIZE, ids);
    for (const row of rows) await deliverRow(row);
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
    start(intervalMs = 500): void {
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
