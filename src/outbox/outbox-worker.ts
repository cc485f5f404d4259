/**
 * Delivers outbox rows through their channel. Each chat's rows go strictly in order (only a chat's
 * oldest unfinished row may be claimed), different chats in parallel, each platform message paced
 * by the rate limits (counted in the database), and a row is leased only when it is about to be
 * sent. Sending a claimed row, part by part, and what its failures mean: send-outbox-row.ts.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { isAcknowledgement, type HeadRow } from "../db/outbox-repository.ts";
import type { OutboxRow } from "../db/schema.ts";
import { createKeyedInFlight, createKeyedQueues } from "../async-queue.ts";
import { type ClaimedRow, createRowSender, type RowSenderDeps } from "./send-outbox-row.ts";

/** The sender's (send-outbox-row.ts), and: */
export interface OutboxWorkerDeps extends Pick<RowSenderDeps, "outbox" | "channels" | "now" | "logger" | "limiter" | "onChatUnreachable" | "onChatMigrated"> {
  /** Runs a claim (reads, limit check, lease) atomically. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  /** Inside the transaction: one claim of a channel at a time, across instances (the rate windows are shared). */
  lock: (key: string) => Promise<void>;
  /** Runs the worker's database work apart from the webhooks' (PostgreSQL: its own connections). */
  background?: <T>(work: () => Promise<T>) => Promise<T>;
  /** How long a claim holds a row (default 60 s); renewed while its send is in flight. */
  leaseMs?: number;
}

/**
 * How long a claimed row stays ours; a worker (or instance) that dies mid-send frees it after this.
 * It is renewed every third of it while a send is in flight, so a slow upload never loses it.
 */
const DEFAULT_LEASE_MS = 60_000;
/** Chat heads looked at per channel and pass; those held by their chat's own limit are skipped. */
const SCAN_LIMIT = 200;
/** The loop's longest sleep; it wakes sooner when a full rate window frees. */
const POLL_MS = 250;
/** How often the loop gives their turn to heads that lost it (see `OutboxRepository.repairTurns`). */
const REPAIR_MS = 60_000;
/** No rate window is longer: a "full until" further ahead than this is a clock that went back. */
const LONGEST_WINDOW_MS = 60_000;

type Claim = ClaimedRow | { wait: number; scope: "global" | "chat" } | "skip";

export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const { outbox, channels, now, logger, limiter, transaction } = deps;
  const background = deps.background ?? (<T>(work: () => Promise<T>) => work());
  const LEASE_MS = deps.leaseMs ?? DEFAULT_LEASE_MS;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;
  /** When the soonest full global window frees (the loop wakes then). */
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

  const reserve = async (row: OutboxRow, message: OutboundMessage) =>
    message.kind === "acknowledge" || !limiter ? ({ ok: true, events: [] } as const) : limiter.reserve(row.channel, row.chatExternalId, now());

  /** Inside a transaction: leases `row` when the limits let its next part go now. */
  const tryClaim = async (row: HeadRow): Promise<Claim> => {
    if (!row.chatActive) {
      await outbox.markFailed(row, "chat unreachable (the bot was removed)", now());
      return "skip";
    }
    const reservation = await reserve(row, JSON.parse(row.payload) as OutboundMessage);
    if (!reservation.ok) {
      if (reservation.scope === "chat") await outbox.postpone(row.id, now() + reservation.waitMs);
      return { wait: reservation.waitMs, scope: reservation.scope };
    }
    // Under the channel's lock nobody else claims; a refusal would mean the row changed meanwhile,
    // and then the whole pass (with its counted sends) is rolled back and tried again.
    if (!(await outbox.claim(row.id, now(), now() + LEASE_MS))) throw new Error(`outbox row ${row.id} could not be claimed`);
    return { row, events: reservation.events };
  };

  /**
   * A channel's claims wait for each other in this process before they take a database connection:
   * across instances they are one at a time anyway (the channel's lock), and a broadcast's hundreds
   * of chats must not fill the pool with transactions that only wait.
   */
  const inClaimQueue = createKeyedQueues();

  /**
   * Claims what may go now on `channel`: one chat's head, or the heads of every chat. A chat's claim
   * that finds, at its turn, the channel's window full gives up without a transaction (unless it
   * may be an acknowledgement): under load hundreds of updates' claims queue up behind each other,
   * and once one has found the window full the rest could only find the same.
   */
  const claimNext = (channel: string, chatId?: string, acknowledge = false): Promise<ClaimedRow[]> =>
    inClaimQueue(channel, async () => (chatId !== undefined && !acknowledge && isFull(channel) ? [] : claimIn(channel, chatId)));

  const claimIn = (channel: string, chatId?: string): Promise<ClaimedRow[]> =>
    transaction(async () => {
      await deps.lock(`outbox:${channel}`);
      const heads =
        chatId === undefined ? await outbox.headsOf(channel, now(), SCAN_LIMIT) : [await outbox.headOfChat(channel, chatId, now())].filter((r) => r !== undefined);
      const claimed: ClaimedRow[] = [];
      let full = false;
      for (const head of heads) {
        // Once the platform's window is full only acknowledgements, which it does not count, may go.
        if (full && !isAcknowledgement(head.payload)) continue;
        const outcome = await tryClaim(head);
        if (outcome === "skip") continue;
        if ("row" in outcome) claimed.push(outcome);
        else if (outcome.scope === "global") {
          noteFull(channel, outcome.wait);
          full = true;
        }
      }
      return claimed;
    });

  const sendRow = createRowSender({
    outbox,
    channels,
    now,
    logger,
    limiter,
    leaseMs: LEASE_MS,
    onChatMigrated: deps.onChatMigrated,
    onChatUnreachable: deps.onChatUnreachable,
    noteFull,
    // A long message's further parts are counted like a claim: in the channel's queue, under its lock.
    reserveNextPart: (row, message) =>
      inClaimQueue(row.channel, () =>
        transaction(async () => {
          await deps.lock(`outbox:${row.channel}`);
          return reserve(row, message);
        }),
      ),
  });

  /**
   * Sends one chat's rows, in order, for as long as they are due and the limits allow. While the
   * channel's window is full, only when the chat's first row may be an acknowledgement (not counted).
   */
  const drainChat = async (channel: string, chatId: string, acknowledge = false): Promise<number> => {
    if (isFull(channel) && !acknowledge) return 0;
    let count = 0;
    for (let [claimed] = await claimNext(channel, chatId, acknowledge); claimed; [claimed] = await claimNext(channel, chatId, acknowledge)) {
      count++;
      await sendRow(claimed);
    }
    return count;
  };

  /** This process's sends in progress, per chat (the loop's and the deliveries'). */
  const chatWork = createKeyedInFlight();
  const chatKey = (channel: string, chatId: string) => `${channel}\u0000${chatId}`;
  const tracked = <T>(channel: string, chatId: string, work: Promise<T>): Promise<T> => chatWork.track(chatKey(channel, chatId), work);

  /**
   * Drains a chat until this process has nothing of it in flight, for a caller that answers with
   * what was sent (the local chat's POST). Between two of our sends the loop's pass (or another
   * delivery) may claim the chat's next row: our drain then finds the head taken and stops. So it
   * waits for that work, then drains again. Only on request: deliveries that all waited for each
   * other would each drain again after every other one's drain, a number of claims that grows with
   * the square of a chat's concurrent deliveries.
   */
  const drainChatFully = async (channel: string, chatId: string, acknowledge: boolean): Promise<number> => {
    const key = chatKey(channel, chatId);
    let count = 0;
    for (;;) {
      count += await tracked(channel, chatId, drainChat(channel, chatId, acknowledge));
      if (!chatWork.busy(key)) return count;
      await chatWork.settled(key);
    }
  };

  /**
   * Sends what may go now: the chats of `ids` (right after an update queued them), or every chat
   * with a due head. Resolves when those chats have nothing more to send now; returns the rows taken.
   * `acknowledge`: the rows answer a button press, which goes even while the platform's window is full.
   * `complete`: resolves only once this process has nothing of those chats in flight (drainChatFully).
   */
  const deliver = (ids?: number[], acknowledge = false, complete = false): Promise<number> => background(() => deliverNow(ids, acknowledge, complete));
  const deliverNow = async (ids: number[] | undefined, acknowledge: boolean, complete: boolean): Promise<number> => {
    if (ids) {
      if (!acknowledge && Object.keys(channels).every(isFull)) return 0;
      const drain = (channel: string, chatId: string, ack: boolean) => (complete ? drainChatFully(channel, chatId, ack) : tracked(channel, chatId, drainChat(channel, chatId, ack)));
      const counts = await Promise.all((await outbox.chatsOf(ids)).map((c) => drain(c.channel, c.chatExternalId, c.acknowledge)));
      return counts.reduce((a, b) => a + b, 0);
    }
    const claimed: ClaimedRow[] = [];
    for (const channel of Object.keys(channels)) claimed.push(...(await claimNext(channel)));
    const more = await Promise.all(claimed.map((c) => tracked(c.row.channel, c.row.chatExternalId, sendRow(c).then(() => drainChat(c.row.channel, c.row.chatExternalId)))));
    return claimed.length + more.reduce((a, b) => a + b, 0);
  };

  /** Sends in flight from the background loop; stop() waits for them. */
  const active = new Set<Promise<void>>();
  /** The loop's pass in progress (claiming); stop() waits for it too. */
  let passing: Promise<void> = Promise.resolve();

  /** Starts whatever may go now without waiting for it: a slow chat never holds the others back. */
  const pump = async () => {
    for (const channel of Object.keys(channels)) {
      if (isFull(channel)) continue;
      for (const claimed of await claimNext(channel)) {
        const { channel: rowChannel, chatExternalId } = claimed.row;
        const work: Promise<void> = tracked(rowChannel, chatExternalId, sendRow(claimed).then(() => drainChat(rowChannel, chatExternalId)))
          .then(() => undefined)
          .catch((error) => logger.error({ err: error }, "outbox send failed unexpectedly"))
          .finally(() => active.delete(work));
        active.add(work);
      }
    }
  };

  let repairedAt = 0;
  const loop = async () => {
    if (stopped) return;
    wakeAt = Infinity;
    try {
      if (now() - repairedAt >= REPAIR_MS || now() < repairedAt) {
        repairedAt = now();
        const repaired = await outbox.repairTurns(now());
        if (repaired > 0) logger.warn({ repaired }, "outbox rows that had lost their turn were given it");
      }
      await pump();
      await limiter?.prune(now());
    } catch (error) {
      logger.error({ err: error }, "outbox pass failed");
    }
    if (stopped) return;
    const sleep = Math.max(0, Math.min(POLL_MS, wakeAt - now()));
    timer = setTimeout(() => void (passing = loop()), sleep);
  };

  return {
    deliver,
    /** Polls for due rows (new messages are also delivered right away by callers). */
    start(): void {
      if (!stopped) return;
      stopped = false;
      // The loop's timers carry this context on: every pass runs in the background.
      passing = background(loop);
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await passing;
      await Promise.all([...active]);
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
