/**
 * Claiming outbox rows: a chat's head, or the heads of every chat of a channel, leased when the rate
 * limits let them go now; only a chat's oldest unfinished row may be claimed, so each chat's rows
 * go in order. Claims of one channel wait for each other in this process, and hold the channel's
 * lock in the database across instances (the rate windows are shared). The worker
 * (outbox-worker.ts) sends what is claimed and schedules the passes.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { isAcknowledgement, type HeadRow } from "../db/outbox-repository.ts";
import type { OutboxRow } from "../db/schema.ts";
import { createKeyedQueues } from "../async-queue.ts";
import type { ClaimedRow, RowSenderDeps } from "./send-outbox-row.ts";

export interface OutboxClaimerDeps extends Pick<RowSenderDeps, "outbox" | "now" | "limiter" | "leaseMs"> {
  /** Runs a claim (reads, limit check, lease) atomically. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  /** Inside the transaction: one claim of a channel at a time, across instances (the rate windows are shared). */
  lock: (key: string) => Promise<void>;
}

/** Chat heads looked at per channel and pass; those held by their chat's own limit are skipped. */
const SCAN_LIMIT = 200;
/** No rate window is longer: a "full until" further ahead than this is a clock that went back. */
const LONGEST_WINDOW_MS = 60_000;

type Claim = ClaimedRow | { wait: number; scope: "global" | "chat" } | "skip";

export function createOutboxClaimer(deps: OutboxClaimerDeps) {
  const { outbox, now, limiter, transaction, leaseMs } = deps;
  /** When the soonest full global window frees (the worker's loop wakes then). */
  let wakeAt = Infinity;
  /**
   * Per channel, until when its global window was found full. Sends only ever fill a window, so
   * nothing of that channel can be claimed before then: a claim is not even tried (under load, most
   * updates' replies find the platform's window full, and the loop sends them when it frees).
   */
  const fullUntil = new Map<string, number>();
  const isFull = (channel: string) => {
    const until = fullUntil.get(channel) ?? 0;
    return now() < until && until - now() <= LONGEST_WINDOW_MS;
  };
  const noteFull = (channel: string, waitMs: number) => {
    wakeAt = Math.min(wakeAt, now() + waitMs);
    fullUntil.set(channel, now() + waitMs);
  };

  const reserve = async (row: OutboxRow, message: OutboundMessage, at: number) =>
    message.kind === "acknowledge" || !limiter ? ({ ok: true, events: [] } as const) : limiter.reserve(row.channel, row.chatExternalId, at);

  /** Inside a transaction: leases `row` when the limits let its next part go at `at` (the claim's time). */
  const tryClaim = async (row: HeadRow, at: number): Promise<Claim> => {
    if (!row.chatActive) {
      await outbox.markFailed(row, "chat unreachable (the bot was removed)", at);
      return "skip";
    }
    const reservation = await reserve(row, JSON.parse(row.payload) as OutboundMessage, at);
    if (!reservation.ok) {
      if (reservation.scope === "chat") await outbox.postpone(row.id, at + reservation.waitMs);
      return { wait: reservation.waitMs, scope: reservation.scope };
    }
    // Under the channel's lock nobody else claims; a refusal would mean the row changed meanwhile,
    // and then the whole pass (with its counted sends) is rolled back and tried again.
    const lease = await outbox.claim(row.id, at, at + leaseMs);
    if (lease === undefined) throw new Error(`outbox row ${row.id} could not be claimed`);
    return { row, lease, events: reservation.events };
  };

  /**
   * A channel's claims wait for each other in this process before they take a database connection:
   * across instances they are one at a time anyway (the channel's lock), and a broadcast's hundreds
   * of chats must not fill the pool with transactions that only wait.
   */
  const inClaimQueue = createKeyedQueues();

  const claimIn = (channel: string, chatId?: string): Promise<ClaimedRow[]> =>
    transaction(async () => {
      await deps.lock(`outbox:${channel}`);
      // One time for the whole claim: its every check counts the sends it has already counted. Read
      // at each head, a claim slowed by a loaded database (seconds, on PostgreSQL under load) saw its
      // own first counts leave the window and claimed far more than the window allows, all sent at
      // once when it ended.
      const at = now();
      const heads =
        chatId === undefined ? await outbox.headsOf(channel, at, SCAN_LIMIT) : [await outbox.headOfChat(channel, chatId, at)].filter((r) => r !== undefined);
      const claimed: ClaimedRow[] = [];
      let full = false;
      for (const head of heads) {
        // Once the platform's window is full only acknowledgements, which it does not count, may go.
        if (full && !isAcknowledgement(head.payload)) continue;
        const outcome = await tryClaim(head, at);
        if (outcome === "skip") continue;
        if ("row" in outcome) claimed.push(outcome);
        else if (outcome.scope === "global") {
          // The window frees `wait` after `at`, which may be a while ago.
          noteFull(channel, at + outcome.wait - now());
          full = true;
        }
      }
      // The claimed rows go when the claim ends, not at `at`: their counts move there, so that the
      // next claim does not find them already out of the window.
      const end = now();
      if (limiter && end > at && claimed.some((c) => c.events.length > 0)) await limiter.countFrom(channel, at, end);
      return claimed;
    });

  return {
    isFull,
    noteFull,
    /**
     * Claims what may go now on `channel`: one chat's head, or the heads of every chat. A chat's
     * claim that finds, at its turn, the channel's window full gives up without a transaction
     * (unless it may be an acknowledgement): under load hundreds of updates' claims queue up behind
     * each other, and once one has found the window full the rest could only find the same.
     */
    claimNext: (channel: string, chatId?: string, acknowledge = false): Promise<ClaimedRow[]> =>
      inClaimQueue(channel, async () => {
        if (chatId !== undefined && !acknowledge && isFull(channel)) return [];
        await limiter?.takeOver(channel, now());
        return claimIn(channel, chatId);
      }),
    /** A long message's further parts are counted like a claim: in the channel's queue, under its lock. */
    reserveNextPart: (row: OutboxRow, message: OutboundMessage) =>
      inClaimQueue(row.channel, () =>
        transaction(async () => {
          await deps.lock(`outbox:${row.channel}`);
          return reserve(row, message, now());
        }),
      ),
    /** When the soonest window found full since `forgetWake` frees (Infinity: none); the loop sleeps until then. */
    wakeAt: () => wakeAt,
    forgetWake(): void {
      wakeAt = Infinity;
    },
  };
}
