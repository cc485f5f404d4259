/**
 * The send limits of each platform, as the rate limiter (rate-limiter.ts) enforces them: what each
 * documents, or our safe guess where it documents nothing.
 */
import type { ChannelLimits } from "./rate-limits.ts";

/**
 * Telegram's documented limits: about 30 messages a second in all, 20 a minute per group, about 1 a
 * second per private chat (short bursts allowed).
 */
export const TELEGRAM_LIMITS: ChannelLimits = {
  global: { count: 30, windowMs: 1000 },
  group: { count: 20, windowMs: 60_000 },
  private: { count: 3, windowMs: 3000 },
  isGroup: (chatId) => chatId.startsWith("-"),
};

/**
 * Zalo publishes no per-chat figure; the OA API allows 4,000 calls a minute per app (error -32 past
 * it). 60 a second leaves room for token refreshes and uploads; per chat we keep Telegram's group pace.
 */
export const ZALO_OA_LIMITS: ChannelLimits = {
  global: { count: 60, windowMs: 1000 },
  group: { count: 20, windowMs: 60_000 },
};

/** The Zalo Bot API is modelled on Telegram's and documents no figures: Telegram's limits, the safe guess. */
export const ZALO_BOT_LIMITS: ChannelLimits = { ...TELEGRAM_LIMITS, isGroup: undefined };
