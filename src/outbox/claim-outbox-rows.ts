/**
 * Claiming outbox rows: a chat's head, or the heads of every chat of a channel, leased when the rate
 * limits let them go now; only a chat's oldest unfinished row may be claimed, so each chat's rows
 * go in order. Claims of one channel wait for each other in this process, and hold the channel's
 * lock in the database across instances (the rate windows are shared). The worker
 * (outbox-worker.ts) sends what is claimed and schedules the passes.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { HeadRow } from "../db/outbox-repository.ts";
import type { OutboxRow } from "../db/schema.ts";
import { createKeyedQueues } from "../async-queue.ts";
import type { Reservation } from "./rate-limits.ts";
import type { ClaimedRow, RowSenderDeps } from "./send-outbox-row.ts";

export interface OutboxClaimerDeps extends Pick<RowSenderDeps, "outbox" | "now" | "limiter" | "leaseMs"> {
  /** Runs a claim (reads, limit check, lease) atomically. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  /**
   * Inside the transaction: one claim of a channel at a time, across instances (the rate windows
   * are shared). A claim's reads take it themselves (`outbox.claimReads`); a long message's next part here.
   */
  lock: (key: string) => Promise<void>;
  /**
   * How far ahead a claim reserves the platform's window (the rate limiter's `aheadMs`): a row whose
   * place frees within this is claimed now and sent when it frees. Default 0: only what may go now.
   */
  claimAheadMs?: number;
}

/** Chat heads looked at per channel and pass; those held by their chat's own limit are skipped. */
const SCAN_LIMIT = 200;
/**
 * A chat's delivery that finds this many claims of its channel already waiting leaves its rows to
 * the loop's next pass (at most POLL_MS away), which claims every chat's head at once: one after
 * another, each delivery's own claim of one row cost a transaction, and under load (PostgreSQL) the
 * queue grew faster than it drained, the pass waiting at its end (8 replies a second, not 30).
 */
const MAX_WAITING_DELIVERIES = 4;
/** No rate window is longer: a "full until" further ahead than this is a clock that went back. */
const LONGEST_WINDOW_MS = 60_000;

/**
 * What the bot's claims reserve ahead of the platform's window (`claimAheadMs`): under load a claim
 * and its wait for a turn take tens of milliseconds (PostgreSQL: hundreds); reserved ahead, a place
 * is used when it frees (bench:load at 7901c8e: replies from 27.0 to 29.7 a second on SQLite, 25.5 to
 * 29.9 on PostgreSQL). Safe with sends slower than the window (in-flight-counts.ts, slow-platform.test.ts).
 */
export const CLAIM_AHEAD_MS = 250;

export function createOutboxClaimer(deps: OutboxClaimerDeps) {
  const { outbox, now, limiter, transaction, leaseMs } = deps;
  const aheadMs = deps.claimAheadMs ?? 0;
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
  /**
   * Per chat, until when a claim here postponed its head (the chat's own limit: 20 a minute in a
   * Telegram group). Nothing of that chat can go before then, so its deliveries do not even try: under
   * load each tried one was a transaction that found nothing, one after another in the channel's
   * queue, and the claims that could send waited seconds behind them. Forgotten once past.
   */
  const chatWaits = new Map<string, number>();
  const chatKey = (channel: string, chatId: string) => `${channel}\u0000${chatId}`;
  const chatWaiting = (channel: string, chatId: string) => {
    const key = chatKey(channel, chatId);
    const until = chatWaits.get(key);
    if (until === undefined) return false;
    if (now() < until && until - now() <= LONGEST_WINDOW_MS) return true;
    chatWaits.delete(key);
    return false;
  };

  /**
   * A channel's claims wait for each other in this process before they take a database connection:
   * across instances they are one at a time anyway (the channel's lock), and a broadcast's hundreds
   * of chats must not fill the pool with transactions that only wait.
   */
  const inClaimQueue = createKeyedQueues();
  /** Per channel, the claims waiting in its queue or running. */
  const waiting = new Map<string, number>();
  const queued = async <T>(channel: string, claim: () => Promise<T>): Promise<T> => {
    waiting.set(channel, (waiting.get(channel) ?? 0) + 1);
    try {
      return await inClaimQueue(channel, claim);
    } finally {
      waiting.set(channel, waiting.get(channel)! - 1);
    }
  };

  const claimIn = async (channel: string, chatId?: string): Promise<ClaimedRow[]> => {
    // Remembered once the claim has committed: a claim rolled back postponed nothing, and sent nothing.
    let waits: [string, number][] = [];
    let end = 0;
    const claimed = await transaction(async () => {
      waits = [];
      // One time for the whole claim: its every check counts the sends it has already counted. Read
      // at each head, a claim slowed by a loaded database (seconds, on PostgreSQL under load) saw its
      // own first counts leave the window and claimed far more than the window allows, all sent at
      // once when it ended. Taken before the channel's lock, which the reads take (on PostgreSQL in
      // the same round trip): a wait for another instance's claim only makes `at` earlier, and its
      // counts, later than `at`, are all in the window read.
      const at = now();
      const { heads, windows } = await outbox.claimReads(channel, chatId, at, SCAN_LIMIT, limiter?.toRead(channel, at));
      const live: HeadRow[] = [];
      for (const head of heads) {
        if (head.chatActive) live.push(head);
        else await outbox.markFailed(head, "chat unreachable (the bot was removed)", at);
      }
      // Acknowledgements count nothing: the platform does not count them, so they go even while
      // its window is full.
      const counted = live.map((head) => (JSON.parse(head.payload) as OutboundMessage).kind !== "acknowledge");
      const toReserve = live.map((head, i) => ({ chatId: head.chatExternalId, counted: counted[i]! }));
      // Decided first, counted with the lease below (on PostgreSQL one statement for both).
      const plan = limiter ? await limiter.planMany(channel, toReserve, at, windows, aheadMs) : undefined;
      const going: HeadRow[] = [];
      const goingIndex: number[] = [];
      for (const [i, decision] of (plan?.decisions ?? live.map(() => ({ goAt: at }))).entries()) {
        const row = live[i]!;
        if (!("ok" in decision) || decision.ok) {
          going.push(row);
          goingIndex.push(i);
        } else if (decision.scope === "chat") {
          await outbox.postpone(row.id, at + decision.waitMs);
          waits.push([chatKey(channel, row.chatExternalId), at + decision.waitMs]);
        }
        // The window frees `waitMs` after `at`, which may be a while ago.
        else noteFull(channel, at + decision.waitMs - now());
      }
      // Under the channel's lock nobody else claims; a refusal would mean a row changed meanwhile,
      // and then the whole claim (with its counted sends) is rolled back and tried again.
      const counts = plan && { channel, counts: plan.counts };
      const { leases, counts: countIds } = await outbox.claimMany(going.map((row) => row.id), at, at + leaseMs, counts);
      const reservations: Reservation[] = plan ? plan.counted(countIds) : [];
      const claimed: ClaimedRow[] = going.map((row, j) => {
        const lease = leases.get(row.id);
        if (lease === undefined) throw new Error(`outbox row ${row.id} could not be claimed`);
        const reservation = reservations[goingIndex[j]!];
        return reservation?.ok ? { row, lease, events: reservation.events, goAt: reservation.goAt } : { row, lease, events: [], goAt: at };
      });
      // The claimed rows go when the claim ends, not at `at`: their counts move there, so that the
      // next claim does not find them already out of the window. Only this claim's, by their ids:
      // those reserved ahead, to go later than that, stay where they are, and so do other claims'.
      end = now();
      const early = claimed.filter((c) => c.goAt < end).flatMap((c) => c.events);
      if (limiter && early.length > 0) await limiter.countAt(early, end);
      return claimed;
    });
    for (const [key, until] of waits) chatWaits.set(key, until);
    limiter?.sending(channel, claimed, end);
    return claimed;
  };

  return {
    isFull,
    noteFull,
    /**
     * Claims what may go now (or within `claimAheadMs`, to go at its `goAt`) on `channel`: one
     * chat's head, or the heads of every chat. A chat's
     * claim that finds, at its turn, the channel's window full gives up without a transaction
     * (unless it may be an acknowledgement): under load hundreds of updates' claims queue up behind
     * each other, and once one has found the window full the rest could only find the same. So
     * does a chat's whose head waits for the chat's own limit.
     */
    claimNext: (channel: string, chatId?: string, acknowledge = false): Promise<ClaimedRow[]> =>
      chatId !== undefined && !acknowledge && limiter?.limits(channel) && (waiting.get(channel) ?? 0) >= MAX_WAITING_DELIVERIES
        ? Promise.resolve([])
        : queued(channel, async () => {
        if (chatId !== undefined && !acknowledge && (isFull(channel) || chatWaiting(channel, chatId))) return [];
        await limiter?.takeOver(channel, now());
        return claimIn(channel, chatId);
      }),
    /** A long message's further parts are counted like a claim: in the channel's queue, under its lock. */
    reserveNextPart: (row: OutboxRow, message: OutboundMessage) =>
      queued(row.channel, async () => {
        const reservation = await transaction(async () => {
          await deps.lock(`outbox:${row.channel}`);
          if (message.kind === "acknowledge" || !limiter) return { ok: true, events: [] } as const;
          return limiter.reserve(row.channel, row.chatExternalId, now());
        });
        if (reservation.ok && "goAt" in reservation) limiter?.sending(row.channel, [reservation], reservation.goAt);
        return reservation;
      }),
    /** When the soonest window found full since `forgetWake` frees (Infinity: none); the loop sleeps until then. */
    wakeAt: () => wakeAt,
    forgetWake(): void {
      wakeAt = Infinity;
    },
  };
}
