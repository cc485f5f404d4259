/**
 * What the rate limiter (rate-limiter.ts) works with: the limits of a platform, a reservation's
 * answer, a claim's counts, and the arithmetic of a sliding window.
 */

export interface Limit {
  count: number;
  windowMs: number;
}

export interface ChannelLimits {
  global?: Limit;
  group?: Limit;
  private?: Limit;
  /** Tells group chats from private ones by id (Telegram: negative ids are groups). */
  isGroup?: (chatId: string) => boolean;
}

/**
 * `goAt`: when the send may go (its counts are at that time); later than the reservation's time
 * only for a reservation made ahead (`planMany`'s `aheadMs`). `waitMs`: how long until it may.
 */
export type Reservation = { ok: true; events: number[]; goAt: number } | { ok: false; waitMs: number; scope: "global" | "chat" };

/** One send counted in one scope ("*" for the platform, else a chat id), at the time it goes. */
export type Count = { scope: string; at: number };

/** A claim's reservations before their counts are written (`planMany`): the counts to write, and the answer once counted. */
export interface CountPlan {
  /** Per head: it goes at `goAt` and counts, or the reservation it has without a count. */
  decisions: readonly (Reservation | { goAt: number })[];
  /** The counts to write, in no particular order. */
  counts: Count[];
  /** The reservations, given the written counts' ids, scopes and times. */
  counted: (ids: readonly (Count & { id: number })[]) => Reservation[];
}

/** The per-chat limit that applies to `chatId` (Telegram: groups and private chats differ). */
export const perChatLimit = (channelLimits: ChannelLimits, chatId: string) =>
  (channelLimits.isGroup?.(chatId) ?? true) ? channelLimits.group : channelLimits.private;

/** The longest of a channel's per-chat windows (0: none). */
export const chatWindowOf = (channelLimits: ChannelLimits) => Math.max(channelLimits.group?.windowMs ?? 0, channelLimits.private?.windowMs ?? 0);

/** How long until `limit` allows one more send, given the times of the sends counted (any order); 0: now. */
export function waitAfter(limit: Limit | undefined, times: readonly number[], at: number): number {
  if (!limit) return 0;
  const inWindow = times.filter((t) => t > at - limit.windowMs).sort((a, b) => b - a);
  return inWindow.length < limit.count ? 0 : inWindow[limit.count - 1]! + limit.windowMs - at;
}
