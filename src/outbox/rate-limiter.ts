/**
 * Sliding-window send limits per platform: a global rate and a per-chat rate (groups and private
 * chats differ on Telegram). `reserve` answers 0 and records the send when it may go now, else how
 * many ms to wait. Kept in memory: losing it on a restart only risks one short burst, which the
 * platform answers with 429 and retry_after, which the worker honours.
 */

export interface ChannelLimits {
  global?: { count: number; windowMs: number };
  group?: { count: number; windowMs: number };
  private?: { count: number; windowMs: number };
  /** Tells group chats from private ones by id (Telegram: negative ids are groups). */
  isGroup?: (chatId: string) => boolean;
}

export function createRateLimiter(limits: Partial<Record<string, ChannelLimits>>) {
  const windows = new Map<string, number[]>();

  const waitFor = (key: string, limit: { count: number; windowMs: number } | undefined, now: number): number => {
    if (!limit) return 0;
    const times = (windows.get(key) ?? []).filter((t) => t > now - limit.windowMs);
    windows.set(key, times);
    return times.length < limit.count ? 0 : times[times.length - limit.count]! + limit.windowMs - now;
  };

  return {
    /** 0 when a message to (channel, chat) may go at `now` (and it is counted), else the wait in ms. */
    reserve(channel: string, chatId: string, now: number): number {
      const channelLimits = limits[channel];
      if (!channelLimits) return 0;
      const perChat = channelLimits.isGroup?.(chatId) ?? true ? channelLimits.group : channelLimits.private;
      const globalKey = `${channel}`;
      const chatKey = `${channel}:${chatId}`;
      const wait = Math.max(waitFor(globalKey, channelLimits.global, now), waitFor(chatKey, perChat, now));
      if (wait > 0) return wait;
      for (const key of [globalKey, chatKey]) windows.set(key, [...(windows.get(key) ?? []), now]);
      return 0;
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/** Telegram's documented limits: about 30 messages a second in all, 20 a minute per group, about 1 a second per private chat (short bursts allowed). */
export const TELEGRAM_LIMITS: ChannelLimits = {
  global: { count: 30, windowMs: 1000 },
  group: { count: 20, windowMs: 60_000 },
  private: { count: 3, windowMs: 3000 },
  isGroup: (chatId) => chatId.startsWith("-"),
};
