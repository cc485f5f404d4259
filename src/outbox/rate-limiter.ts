/**
 * Sliding-window send limits per platform: a global rate and a per-chat rate (groups and private
 * chats differ on Telegram), counted in the database so they hold across restarts and instances.
 * `planMany` (a claim's heads, counted with their lease) and `reserve` (a long message's next
 * part) run inside a transaction holding the channel's lock, so two instances never count the same
 * free slot: each records a send when it may go now (or, for a claim made ahead, when its place
 * frees: its `goAt`), else says how long to wait and whether the platform as a whole or only that
 * chat is full.
 * A platform counts a message when it arrives, which is somewhere between our reservation and its
 * answer: `settle` moves the count to the answer's time, so however slow the network, the next
 * window starts no earlier than the platform's own.
 */
import type { RateWindowRepository, WindowsRead, WindowsToRead } from "../db/rate-window-repository.ts";
import { createInFlightCounts } from "./in-flight-counts.ts";
import { type ChannelLimits, type Count, type CountPlan, type Reservation, chatWindowOf, perChatLimit, waitAfter } from "./rate-limits.ts";

const GLOBAL_SCOPE = "*";
/**
 * How long a send counted by a process that then died may have taken to reach the platform: its
 * count is never moved to the answer's time (`settle`), and the platform counted it up to this
 * much later.
 */
const IN_FLIGHT_MS = 1000;

export function createRateLimiter(windows: RateWindowRepository, limits: Partial<Record<string, ChannelLimits>>) {
  const longestWindow = Math.max(0, ...Object.values(limits).flatMap((l) => [l?.global, l?.group, l?.private].map((w) => w?.windowMs ?? 0)));

  const takenOver = new Set<string>();
  // The platform's counts of this process's sends not answered yet (in-flight-counts.ts).
  const inFlight = createInFlightCounts();

  const limiter = {
    /** Whether `channel`'s sends are paced here at all. */
    limits: (channel: string): boolean => limits[channel] !== undefined,

    /** Whether a message to (channel, chat) may go at `now`; when it may, the send is counted. */
    async reserve(channel: string, chatId: string, now: number): Promise<Reservation> {
      return (await limiter.reserveMany(channel, [{ chatId, counted: true }], now))[0]!;
    },

    /**
     * `reserve` for the heads of one claim, at `at`, in three statements whatever their number
     * (on PostgreSQL under load every round trip waits its turn in a busy event loop: five per head
     * made a claim of thirty heads last seconds). Heads that are not `counted` (acknowledgements)
     * always go and count nothing; the others go in order while the limits allow, each counting
     * those before it.
     */
    async reserveMany(channel: string, heads: readonly { chatId: string; counted: boolean }[], at: number): Promise<Reservation[]> {
      const plan = await limiter.planMany(channel, heads, at);
      return plan.counted(await windows.recordMany(channel, plan.counts));
    },

    /**
     * `reserveMany`'s decisions, its sends not counted yet: the caller writes `counts` (with the
     * rows' lease: outbox-leases.ts, `claimMany`) and gives their ids to `counted`, which answers as
     * `reserveMany`. `read`: the windows, read with the heads (see `toRead`).
     * With `aheadMs`, a head whose place in the platform's window frees within that time is
     * reserved now, to go when it frees (`goAt`, where it is counted): a claim takes time (and, under
     * load, its start waits its turn), and each place of the window waited for a claim begun once it
     * had freed (under bench:load, replies went at 27 a second of Telegram's 30 on SQLite and 25.5 on
     * PostgreSQL; 29.7 and 29.9 with 250 ms ahead).
     */
    async planMany(channel: string, heads: readonly { chatId: string; counted: boolean }[], at: number, read?: WindowsRead, aheadMs = 0): Promise<CountPlan> {
      const channelLimits = limits[channel];
      if (!channelLimits) {
        const free = heads.map((): Reservation => ({ ok: true, events: [], goAt: at }));
        return { decisions: free, counts: [], counted: () => free };
      }
      const { global } = channelLimits;
      const globalTimes =
        global && heads.some((h) => h.counted)
          ? inFlight.latestOf(channel, read?.global ?? (await windows.latestSince(channel, GLOBAL_SCOPE, at - global.windowMs, global.count)), at)
          : [];
      const chatWindowMs = chatWindowOf(channelLimits);
      // The chats' counts are read for the next few heads at a time (a pass looks at up to 200
      // heads, most of which the platform's window leaves for later): about twice the free places.
      // Those read with the heads (`read`) are not read again.
      const chatTimes = new Map<string, number[]>(read?.chats);
      let readUpTo = 0;
      while (readUpTo < heads.length && (!heads[readUpTo]!.counted || chatTimes.has(heads[readUpTo]!.chatId))) readUpTo++;
      const readChats = async (from: number, free: number) => {
        const next = heads.slice(from).filter((h) => h.counted).slice(0, Math.max(8, 2 * free));
        for (const [scope, times] of await windows.timesOf(channel, next.map((h) => h.chatId), at - chatWindowMs)) chatTimes.set(scope, times);
        readUpTo = next.length > 0 ? heads.indexOf(next[next.length - 1]!) + 1 : heads.length;
      };
      const reservations: (Reservation | { goAt: number })[] = [];
      const counts: Count[] = [];
      // When each send this claim reserved goes: they fill the window as the counts read do.
      const taken: number[] = [];
      for (const [i, head] of heads.entries()) {
        if (!head.counted) {
          reservations.push({ ok: true, events: [], goAt: at });
          continue;
        }
        const globalWait = waitAfter(global, [...globalTimes, ...taken], at);
        if (globalWait > aheadMs) {
          reservations.push({ ok: false, waitMs: globalWait - aheadMs, scope: "global" });
          continue;
        }
        const goAt = at + globalWait;
        if (chatWindowMs > 0 && i >= readUpTo) await readChats(i, global ? global.count - taken.length - globalTimes.filter((t) => t > goAt - global.windowMs).length : heads.length);
        const chatLimit = perChatLimit(channelLimits, head.chatId);
        const chatWait = waitAfter(chatLimit, chatTimes.get(head.chatId) ?? [], goAt);
        if (chatWait > 0) {
          reservations.push({ ok: false, waitMs: chatWait + goAt - at, scope: "chat" });
          continue;
        }
        taken.push(goAt);
        if (global) counts.push({ scope: GLOBAL_SCOPE, at: goAt });
        if (chatLimit) counts.push({ scope: head.chatId, at: goAt });
        reservations.push({ goAt });
      }
      // The counts, given back to their heads: a chat's by its scope, the platform's by its time.
      const counted = (ids: readonly (Count & { id: number })[]): Reservation[] => {
        const globalIds = ids.filter((e) => e.scope === GLOBAL_SCOPE).sort((a, b) => a.at - b.at || a.id - b.id);
        const chatIds = new Map(ids.filter((e) => e.scope !== GLOBAL_SCOPE).map((e) => [e.scope, e.id]));
        return reservations.map((r, i) => {
          if ("ok" in r) return r;
          const chatId = chatIds.get(heads[i]!.chatId);
          return { ok: true, goAt: r.goAt, events: [...(global ? [globalIds.shift()!.id] : []), ...(chatId === undefined ? [] : [chatId])] };
        });
      };
      return { decisions: reservations, counts, counted };
    },

    /**
     * What `reserveMany` at `at` reads of the windows, for a caller that reads it with the heads
     * (`read`); undefined when the channel is not paced.
     */
    toRead(channel: string, at: number): WindowsToRead | undefined {
      const channelLimits = limits[channel];
      if (!channelLimits) return undefined;
      const { global } = channelLimits;
      const chatWindowMs = chatWindowOf(channelLimits);
      return { global: global && { since: at - global.windowMs, count: global.count }, chatsSince: chatWindowMs > 0 ? at - chatWindowMs : undefined };
    },

    /**
     * Before this process's first send on a platform (outside any claim's transaction, whose
     * rollback would undo it): the sends counted in the second before count from now. A crashed
     * process's last ones may have been on their way, never answered, and a restart right after the
     * crash sent on their heels into Telegram's 429. Another instance's recent sends are moved too:
     * this process's first second on the platform is the slower for it, never faster than allowed.
     * (Another instance crashing while this one runs is not covered: a 429 then waits its retry_after.)
     */
    async takeOver(channel: string, now: number): Promise<void> {
      if (takenOver.has(channel) || !limits[channel]) return;
      await windows.moveLaterThan(channel, now - IN_FLIGHT_MS, now);
      takenOver.add(channel);
    },

    /**
     * Once the transaction that counted `sends` committed (a claim's, a long message's next part):
     * they are on their way, each counted at its `goAt` or, if earlier, at `end` (`countAt`). Not
     * from inside the transaction: a claim rolled back sends nothing, and its counts, held in flight
     * until forgotten, filled the platform's window for a minute.
     */
    sending(channel: string, sends: readonly { events: readonly number[]; goAt: number }[], end: number): void {
      if (!limits[channel]?.global) return;
      // A counted send's first event is its count in the platform's window (`counted`).
      inFlight.add(channel, sends.filter((send) => send.events.length > 0).map((send) => ({ id: send.events[0]!, at: Math.max(send.goAt, end) })));
    },

    /** The sends counted by `events` (a claim's, counted earlier) go no earlier than `at`: their counts move there. */
    async countAt(events: readonly number[], at: number): Promise<void> {
      if (events.length === 0) return;
      await windows.settle(events, at);
      inFlight.moved(events, at);
    },

    /** The platform answered the send counted by `events` at `now` (said at once; `settle` records it). */
    answered(events: readonly number[], now: number): void {
      inFlight.answered(events, now);
    },

    /** The send counted by `events` is over at `now`, answered or not, sent or not (in-flight-counts.ts, `finished`). */
    finished(events: readonly number[], now: number): void {
      inFlight.finished(events, now);
    },

    /** The platform answered the send counted by `events` at `now`. */
    async settle(events: readonly number[], now: number): Promise<void> {
      if (events.length === 0) return;
      inFlight.answered(events, now);
      await windows.settle(events, now);
    },

    /** Drops counts no window needs any more. */
    async prune(now: number): Promise<void> {
      await windows.prune(now - longestWindow);
    },
  };
  return limiter;
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
