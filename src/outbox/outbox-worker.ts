/**
 * Delivers outbox rows through their channel: each chat's rows strictly in order, different chats in
 * parallel, each platform message paced by the rate limits (counted in the database). What may go
 * now is claimed (leased) by claim-outbox-rows.ts; a claimed row is sent, part by part, by
 * send-outbox-row.ts. Here: deliveries right after an update queued rows, the background loop,
 * and the tracking of this process's sends per chat.
 */
import { createKeyedInFlight } from "../async-queue.ts";
import { createOutboxClaimer, type OutboxClaimerDeps } from "./claim-outbox-rows.ts";
import { type ClaimedRow, createRowSender, type RowSenderDeps } from "./send-outbox-row.ts";

/** The claimer's and the sender's, and: */
export interface OutboxWorkerDeps
  extends Omit<OutboxClaimerDeps, "leaseMs">,
    Pick<RowSenderDeps, "outbox" | "channels" | "now" | "logger" | "limiter" | "wait" | "onChatUnreachable" | "onChatMigrated"> {
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
/** The loop's longest sleep; it wakes sooner when a full rate window frees. */
const POLL_MS = 250;
/** How often the loop gives their turn to heads that lost it (see `OutboxRepository.repairTurns`). */
const REPAIR_MS = 60_000;

export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const { outbox, channels, now, logger, limiter } = deps;
  const background = deps.background ?? (<T>(work: () => Promise<T>) => work());
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;
  /** stop() was called (and start() not since): deliveries are refused (tests deliver without starting). */
  let closed = false;

  const { claimNext, isFull, noteFull, reserveNextPart, ...wake } = createOutboxClaimer({ ...deps, leaseMs });
  const sendRow = createRowSender({
    outbox,
    channels,
    now,
    logger,
    limiter,
    leaseMs,
    wait: deps.wait,
    onChatMigrated: deps.onChatMigrated,
    onChatUnreachable: deps.onChatUnreachable,
    noteFull,
    reserveNextPart,
  });

  /**
   * Sends one chat's rows, in order, for as long as they are due and the limits allow. While the
   * channel's window is full, only when the chat's first row may be an acknowledgement (not counted).
   */
  const drainChat = async (channel: string, chatId: string, acknowledge = false): Promise<number> => {
    if (isFull(channel) && !acknowledge) return 0;
    let count = 0;
    // Once stopped, the row in hand is finished and no further one claimed (stop() waits for this).
    while (!closed) {
      const [claimed] = await claimNext(channel, chatId, acknowledge);
      if (!claimed) break;
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
  const deliver = (ids?: number[], acknowledge = false, complete = false): Promise<number> =>
    // Once stopped (shutting down), nothing new starts: the rows stay queued for the next run.
    closed ? Promise.resolve(0) : background(() => deliverNow(ids, acknowledge, complete));
  const deliverNow = async (ids: number[] | undefined, acknowledge: boolean, complete: boolean): Promise<number> => {
    if (ids) {
      if (!acknowledge && Object.keys(channels).every(isFull)) return 0;
      const drain = (channel: string, chatId: string, ack: boolean) => (complete ? drainChatFully(channel, chatId, ack) : tracked(channel, chatId, drainChat(channel, chatId, ack)));
      const counts = await Promise.all((await outbox.chatsOf(ids)).map((c) => drain(c.channel, c.chatExternalId, c.acknowledge)));
      return counts.reduce((a, b) => a + b, 0);
    }
    // Each channel's rows are tracked as soon as they are claimed, not after every channel's claim.
    const sends: Promise<number>[] = [];
    for (const channel of Object.keys(channels)) sends.push(...(await claimNext(channel)).map(sendClaimed));
    const more = await Promise.all(sends);
    return sends.length + more.reduce((a, b) => a + b, 0);
  };

  /** Sends a claimed row, then the rest of its chat's, as that chat's work in this process. */
  const sendClaimed = (claimed: ClaimedRow): Promise<number> => {
    const { channel, chatExternalId } = claimed.row;
    return tracked(channel, chatExternalId, sendRow(claimed).then(() => drainChat(channel, chatExternalId)));
  };

  /** Sends in flight from the background loop; stop() waits for them. */
  const active = new Set<Promise<void>>();
  /** The loop's pass in progress (claiming); stop() waits for it too. */
  let passing: Promise<void> = Promise.resolve();

  /** Starts whatever may go now without waiting for it: a slow chat never holds the others back. */
  const pump = async () => {
    for (const channel of Object.keys(channels)) {
      // A stop (close()) during the pass: no further claim.
      if (stopped) return;
      if (isFull(channel)) continue;
      for (const claimed of await claimNext(channel)) {
        const work: Promise<void> = sendClaimed(claimed)
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
    wake.forgetWake();
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
    const sleep = Math.max(0, Math.min(POLL_MS, wake.wakeAt() - now()));
    timer = setTimeout(() => void (passing = loop()), sleep);
  };

  return {
    deliver,
    /** Polls for due rows (new messages are also delivered right away by callers). */
    start(): void {
      if (!stopped) return;
      stopped = false;
      closed = false;
      // The loop's timers carry this context on: every pass runs in the background.
      passing = background(loop);
    },
    /**
     * No row is claimed from now on; the rows in hand finish. A shutdown's first step: the backlog
     * stays queued for the next run, and a stop takes as long as one send, not the whole queue
     * (Docker kills the process 10 s after asking it to stop, mid-send).
     */
    close(): void {
      stopped = true;
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
    async stop(): Promise<void> {
      this.close();
      await passing;
      await Promise.all([...active]);
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
