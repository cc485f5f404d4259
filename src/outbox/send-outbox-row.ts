/**
 * Sends one claimed outbox row through its channel, from its first unsent part on; each further part
 * waits for the rate limits. What a failure means for the row (retry with backoff, give up, stop the
 * chat, follow a migrated group) is decided here; the worker (outbox-worker.ts) claims and schedules.
 */
import { ChannelApiError, type Channel, type OutboundMessage, type SendResult } from "../channels/channel.ts";
import type { HeadRow, OutboxRepository } from "../db/outbox-repository.ts";
import type { OutboxRow } from "../db/schema.ts";
import { isStorageFailure } from "../db/storage-failure.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import type { Reservation } from "./rate-limits.ts";

/** Attempts before a message is given up on an error of ours (a document that cannot be built): about 4 minutes. */
const MAX_ATTEMPTS = 8;
/**
 * Attempts while the platform or the network is down (5xx, no answer): the backoff grows to 5
 * minutes, so about an hour. Given up after 8 (4 minutes), every chat lost its head message (a
 * question, a document) to an outage of that length; kept for a day, one message that always fails
 * so (an upload that always times out) would hold its chat's later ones for that day.
 */
const MAX_ATTEMPTS_WHILE_DOWN = 20;
const BACKOFF_BASE_MS = 2_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * A leased row, its claim's number (`lease`: the row's attempts once claimed, which the outbox's
 * writes about it check), the rate-limit counts of the part about to go, and when it may go
 * (`goAt`: its place in the platform's window frees then; claims may reserve a little ahead).
 */
export type ClaimedRow = { row: HeadRow; lease: number; events: readonly number[]; goAt: number };

export interface RowSenderDeps {
  outbox: OutboxRepository;
  channels: Partial<Record<string, Channel>>;
  now: () => number;
  logger: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
  limiter?: RateLimiter;
  /** How long a claim holds a row; the lease is renewed every third of it while a send is in flight. */
  leaseMs: number;
  /** The rate limits' answer for a long message's next part. */
  reserveNextPart: (row: OutboxRow, message: OutboundMessage) => Promise<{ ok: true; events: readonly number[] } | Extract<Reservation, { ok: false }>>;
  /** Waits `ms` (a row claimed ahead of its place in the window); tests pass their clock's. */
  wait?: (ms: number) => Promise<void>;
  /** The channel's global window was found full for `waitMs`. */
  noteFull: (channel: string, waitMs: number) => void;
  /** The platform says the bot may no longer write there (kicked, blocked). */
  onChatUnreachable?: (channel: string, chatId: string) => Promise<void>;
  /** The group became a supergroup with a new id. */
  onChatMigrated?: (channel: string, fromChatId: string, toChatId: string) => Promise<void>;
}

export function createRowSender(deps: RowSenderDeps) {
  const { outbox, channels, now, logger, limiter, leaseMs } = deps;
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  /** Sends a claimed row from its first unsent part on; each further part is paced by the limits. */
  const sendRow = async ({ row, lease, events: firstPartEvents, goAt }: ClaimedRow): Promise<void> => {
    const channel = channels[row.channel];
    if (!channel) {
      limiter?.finished(firstPartEvents, now());
      if (!(await outbox.markFailed(row, `no channel ${row.channel} configured`, now(), lease))) leaseLost(row);
      return;
    }
    // Set when a renewal finds the row no longer ours (its lease ran out and another worker took
    // it): no further part goes from here.
    let lost = false;
    // Until when the row is ours as far as this process knows (claimed just now, then renewed).
    let heldUntil = now() + leaseMs;
    const renew = () => {
      const until = now() + leaseMs;
      return outbox.renewLease(row.id, until, lease).then((held) => {
        lost ||= !held;
        if (held) heldUntil = until;
      });
    };
    const heartbeat = setInterval(() => void renew().catch(() => {}), leaseMs / 3);
    const message = JSON.parse(row.payload) as OutboundMessage;
    const total = channel.partCount?.(message) ?? 1;
    let part = row.partsSent;
    let messageId: string | undefined;
    let events: readonly number[] = firstPartEvents;
    let lastPart: { events: readonly number[]; answeredAt: number } = { events: [], answeredAt: 0 };
    try {
      // Claimed ahead: not before its place in the window frees, where it was counted (the lease
      // counted from the claim, renewed meanwhile).
      // A loop: a timer may fire a millisecond early by the clock.
      while (goAt > now()) await wait(goAt - now());
      while (part < total) {
        if (lost) return leaseLost(row);
        if (part > row.partsSent) {
          const reservation = await deps.reserveNextPart(row, message);
          if (!reservation.ok) {
            if (!(await outbox.recordProgress(row.id, part, messageId, now() + leaseMs, lease))) return leaseLost(row);
            await outbox.release(row.id, now() + reservation.waitMs, lease);
            if (reservation.scope === "global") deps.noteFull(row.channel, reservation.waitMs);
            return;
          }
          events = reservation.events;
        }
        // Right before the send, after any wait for the limits: a process paused past its lease (a
        // stopped VM) may find another worker sent the row meanwhile.
        if (lost || now() >= heldUntil) return leaseLost(row);
        let result: SendResult;
        try {
          result = await channel.send(row.chatExternalId, message, row.id, channel.partCount ? part : undefined);
        } catch (error) {
          await settle(events, now());
          await handleFailure(row, lease, error);
          return;
        }
        // The platform counted the message before it answered: the count moves to the answer's time,
        // read now, not after the database writes below (under load they wait their turn).
        const answeredAt = now();
        limiter?.answered(events, answeredAt);
        messageId = result.messageId ?? messageId;
        part++;
        if (part === total) {
          lastPart = { events, answeredAt };
          break;
        }
        await settle(events, answeredAt);
        const until = now() + leaseMs;
        if (!(await outbox.recordProgress(row.id, part, messageId, until, lease))) return leaseLost(row);
        heldUntil = until;
      }
      // Marked sent before the last part is counted (best effort), so that as little as possible
      // stands between a send and its record (a crash there sends it again); a database blip is
      // tried again rather than left to the lease.
      if (!(await persistently(() => outbox.markSent(row, now(), part, messageId, lease)))) leaseLost(row);
      await settle(lastPart.events, lastPart.answeredAt);
    } catch (error) {
      // The database failed around a send (the platform may have the message): the row stays
      // leased and goes again only when its lease runs out (at least once), never at once.
      logger.error({ err: error, outboxId: row.id }, "an outbox row could not be updated around its send; it waits out its lease");
    } finally {
      clearInterval(heartbeat);
      // The part counted last is over, whatever happened to it: in flight no longer (rate-limiter.ts).
      limiter?.finished(events, now());
    }
  };

  /** Runs a write again, twice at most and shortly, when the database failed (a blip) rather than the write. */
  const persistently = async <T>(write: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (attempt >= 3 || !isStorageFailure(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  };

  const leaseLost = (row: OutboxRow) =>
    logger.warn({ outboxId: row.id }, "an outbox row's lease ran out during its send and another worker claimed it; this one stops");

  /** Counts a send at the platform's answer; best effort (a lost count only makes a window look freer). */
  const settle = (events: readonly number[], answeredAt: number) => limiter?.settle(events, answeredAt).catch((error) => logger.warn({ err: error }, "a send could not be counted"));

  const handleFailure = async (row: OutboxRow, lease: number, error: unknown): Promise<void> => {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof ChannelApiError && error.migrateToChatId) {
      await deps.onChatMigrated?.(row.channel, row.chatExternalId, error.migrateToChatId);
      await outbox.moveChat(row.channel, row.chatExternalId, error.migrateToChatId, now());
      await outbox.release(row.id, now(), lease);
      return;
    }
    if (error instanceof ChannelApiError && error.status === 403) {
      logger.warn({ outboxId: row.id, chat: row.chatExternalId, err: reason }, "chat unreachable; nothing more is sent there");
      await outbox.failChat(row.channel, row.chatExternalId, reason);
      await deps.onChatUnreachable?.(row.channel, row.chatExternalId);
      return;
    }
    const apiError = error instanceof ChannelApiError ? error : undefined;
    const retryAfterMs = apiError?.retryAfterSec ? apiError.retryAfterSec * 1000 : 0;
    // The platform pacing the bot is no failure of the message: it waits, not counted as an
    // attempt (a flood wait of 8 retry_afters gave up the head message of every chat that tried).
    if (apiError?.status === 429) {
      logger.warn({ outboxId: row.id, retryAfterMs, err: reason }, "the platform asked to wait; the message waits");
      await outbox.release(row.id, now() + (retryAfterMs || BACKOFF_BASE_MS), lease);
      return;
    }
    const permanent = apiError !== undefined && apiError.status >= 400 && apiError.status < 500;
    const down = apiError !== undefined && (apiError.status === 0 || apiError.status >= 500);
    if (permanent || row.attempts + 1 >= (down ? MAX_ATTEMPTS_WHILE_DOWN : MAX_ATTEMPTS)) {
      logger.error({ outboxId: row.id, attempts: row.attempts + 1, err: reason }, "giving up on outbox message");
      if (!(await outbox.markFailed(row, reason, now(), lease))) leaseLost(row);
      return;
    }
    const backoffMs = retryAfterMs || Math.min(BACKOFF_BASE_MS * 2 ** row.attempts, MAX_BACKOFF_MS);
    logger.warn({ outboxId: row.id, attempts: row.attempts + 1, backoffMs, err: reason }, "outbox send failed; will retry");
    // The row stays its chat's head, so the chat's later messages wait behind it.
    await outbox.markRetry(row.id, now() + backoffMs, reason, lease);
  };

  return sendRow;
}
