/**
 * Keeps the Zalo OA token pair alive on a timer, not only when a message goes out: every refresh
 * also renews the refresh token (valid about 3 months), so an OA that is quiet for weeks keeps it.
 * Failures are retried with a bounded backoff; a refresh token Zalo declared dead is not retried.
 */
import type { TokenPair } from "./zalo-oa-tokens.ts";
import { ZaloRefreshTokenDeadError } from "./zalo-oa-tokens.ts";

export interface ZaloOaTokenKeeperDeps {
  /** Refreshes the pair whose access token is `seen` (unless another instance just did). */
  refresh: (seen?: string) => Promise<TokenPair>;
  tokens: { load(): Promise<TokenPair | undefined>; isDead(): Promise<boolean> };
  now: () => number;
  logger: { warn: (obj: object, msg: string) => void };
}

/** Refresh this long before expiry: the access token lives about 25 h, so an hour leaves room for retries. */
export const REFRESH_AHEAD_MS = 60 * 60 * 1000;
/** How often the keeper looks at the pair; a tick that has nothing to do reads one row. */
const TICK_MS = 60_000;
/** Backoff after a failed refresh: 1 min, doubling, at most 15 min (several tries within the hour ahead). */
const BACKOFF_MIN_MS = 60_000;
const BACKOFF_MAX_MS = 15 * 60_000;

export type KeeperOutcome = "no-pair" | "fresh" | "refreshed" | "waiting" | "failed" | "dead";

export function createZaloOaTokenKeeper(deps: ZaloOaTokenKeeperDeps) {
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let nextAttemptAt = 0;
  let ticking: Promise<void> = Promise.resolve();

  /** Refreshes the pair when it is close to expiry; says what it did. */
  const tick = async (): Promise<KeeperOutcome> => {
    const pair = await deps.tokens.load();
    if (!pair) return "no-pair";
    if (await deps.tokens.isDead()) return "dead";
    const now = deps.now();
    if (pair.expiresAt - REFRESH_AHEAD_MS > now) return "fresh";
    if (now < nextAttemptAt) return "waiting";
    try {
      await deps.refresh(pair.accessToken);
      failures = 0;
      nextAttemptAt = 0;
      return "refreshed";
    } catch (error) {
      // The client has recorded and reported a dead token; the next ticks see isDead() and stop.
      if (error instanceof ZaloRefreshTokenDeadError) return "dead";
      failures++;
      const delayMs = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (failures - 1));
      nextAttemptAt = now + delayMs;
      deps.logger.warn({ err: (error as Error).message, failures, delayMs }, "Zalo OA token refresh failed; retrying later");
      return "failed";
    }
  };

  return {
    tick,
    start(): void {
      timer ??= setInterval(() => void (ticking = tick().then(() => undefined)), TICK_MS);
    },
    /** Waits for a refresh in progress: its new pair must be stored before the database closes. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await ticking;
    },
  };
}

export type ZaloOaTokenKeeper = ReturnType<typeof createZaloOaTokenKeeper>;
