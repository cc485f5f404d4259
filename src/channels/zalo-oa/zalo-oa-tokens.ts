/**
 * The Zalo OA's rotating token pair, for its client (zalo-oa-client.ts): the access token lives
 * about 25 h and every refresh returns a new single-use refresh token, so the pair is kept in the
 * database, refreshed before expiry and when Zalo refuses it, written before it is used, and never
 * refreshed twice at once, on any instance (two refreshes would spend the same single-use token, and
 * one would kill the other). A refresh token Zalo declares dead is reported once and never tried
 * again until a new pair is stored.
 */
import { ChannelApiError } from "../channel.ts";

/** An OAuth pair as the client needs it; the store that keeps it is the composition root's choice. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

/** Where the rotating pair is kept (the database): the channel declares what it needs, nothing more. */
export interface TokenStore {
  load(): Promise<TokenPair | undefined>;
  save(pair: TokenPair): Promise<void>;
  /** True once Zalo has declared the stored refresh token dead (until a new pair is stored). */
  isDead?(): Promise<boolean>;
  /** Runs `work` while no other instance refreshes (without it: one process at a time only). */
  exclusive?<T>(work: () => Promise<T>): Promise<T>;
}

/** What the token part of the client needs (ZaloOaClientDeps gives it). */
export interface ZaloOaTokenDeps {
  appId: string;
  appSecret: string;
  oauthRoot: string;
  tokens: TokenStore;
  now: () => number;
  fetch?: typeof fetch;
  logger: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
  /** Called when Zalo refuses the refresh token as dead (it must record that durably). */
  onRefreshTokenDead?: (code: number) => Promise<void>;
}

/** Refresh this long before the stated expiry, so no call goes out with a dying token. */
const REFRESH_MARGIN_MS = 10 * 60 * 1000;
/** The refresh token is dead (invalid_grant, invalid refresh token): only a new pair helps. */
const DEAD_REFRESH_ERRORS = new Set([-118, -14014]);

/**
 * Refresh refused because the stored refresh token is dead: refreshing again is pointless until an
 * operator stores a new pair (the officers are told). A message waits for that as for an outage,
 * five minutes at a time, 20 times (send-outbox-row.ts: about 100 minutes), rather than being failed
 * at once: failed, the questions and documents of every OA chat were lost although the new pair came
 * within the hour.
 */
export class ZaloRefreshTokenDeadError extends ChannelApiError {
  constructor(message: string) {
    super("zalo-oa", "refresh", 503, message, 300);
    this.name = "ZaloRefreshTokenDeadError";
  }
}

export function createZaloOaTokens(deps: ZaloOaTokenDeps) {
  const doFetch = deps.fetch ?? fetch;
  let refreshing: Promise<TokenPair> | undefined;
  /**
   * A pair Zalo gave us that could not be stored (the database busy or down). The refresh token it
   * replaced is spent, so this is the only good pair: it is used, stored again at each use, and
   * tried on a timer of its own (1 s, doubling, at most 30 s) so that it is stored as soon as the
   * database is back, before another instance's keeper refreshes with the spent token.
   */
  let unsaved: TokenPair | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let retries = 0;
  /** Saves one after the other, in the order asked: an older pair is never written over a newer one. */
  let saving: Promise<void> = Promise.resolve();
  const store = (pair: TokenPair): Promise<void> => (saving = saving.then(() => storeNow(pair)));
  const storeNow = async (pair: TokenPair): Promise<void> => {
    try {
      await deps.tokens.save(pair);
      // The newest pair is stored (a pair is only ever saved after those before it).
      unsaved = undefined;
      retries = 0;
    } catch (error) {
      unsaved = pair;
      if (retries === 0) deps.logger.error({ err: error }, "the new Zalo OA token pair could not be stored; it is used from memory and stored when the database answers");
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void (unsaved && store(unsaved)), Math.min(30_000, 1_000 * 2 ** retries++));
      retryTimer.unref();
    }
  };
  const load = async (): Promise<TokenPair | undefined> => {
    if (unsaved) await store(unsaved);
    return unsaved ?? deps.tokens.load();
  };

  /**
   * Refreshes the pair whose access token was `seen` (the one found expiring or refused). When
   * another instance refreshed it meanwhile, its new pair is the answer and nothing is spent.
   */
  const refresh = (seen?: string): Promise<TokenPair> => {
    const exclusive = deps.tokens.exclusive ?? (<T>(work: () => Promise<T>) => work());
    refreshing ??= exclusive(() => refreshNow(seen)).finally(() => (refreshing = undefined));
    return refreshing;
  };

  const refreshNow = async (seen: string | undefined): Promise<TokenPair> => {
    const current = await load();
    if (!current) throw new ChannelApiError("zalo-oa", "refresh", 401, "no Zalo OA tokens configured");
    if (seen !== undefined && current.accessToken !== seen) return current;
    if (await deps.tokens.isDead?.()) throw new ZaloRefreshTokenDeadError("the Zalo OA refresh token is dead; store a new pair with npm run zalo-tokens");
    const response = await doFetch(`${deps.oauthRoot}/v4/oa/access_token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", secret_key: deps.appSecret },
      body: new URLSearchParams({ refresh_token: current.refreshToken, app_id: deps.appId, grant_type: "refresh_token" }),
      // Every instance waits for this refresh (it holds their lock): a hung call must end.
      signal: AbortSignal.timeout(30_000),
    }).catch((error) => {
      throw new ChannelApiError("zalo-oa", "refresh", 0, `network error: ${(error as Error).message}`, undefined, { cause: error });
    });
    const body = (await response.json().catch(() => undefined)) as { access_token?: string; refresh_token?: string; expires_in?: string | number; error?: number; error_name?: string; message?: string };
    // Zalo's OAuth server failing (a 502 page, no answer of its own) is an outage: the message
    // goes again later. Reported as a refusal, it was given up at once.
    if (!body || (response.status >= 500 && body.error === undefined)) {
      deps.logger.warn({ status: response.status }, "Zalo's OAuth server failed to refresh the OA token; messages wait and it is tried again");
      throw new ChannelApiError("zalo-oa", "refresh", 503, `token refresh failed (HTTP ${response.status})`);
    }
    if (!body.access_token || !body.refresh_token) {
      if (body.error !== undefined && DEAD_REFRESH_ERRORS.has(body.error)) {
        await deps.onRefreshTokenDead?.(body.error);
        throw new ZaloRefreshTokenDeadError(`Zalo refused the refresh token (${body.error})`);
      }
      deps.logger.error({ error: body.error, name: body.error_name }, "Zalo OA token refresh failed; an OA admin may need to grant access again");
      // Refused for another reason (the app's secret, a grant withdrawn): messages wait while an
      // admin sees to it, as while Zalo is down, and are given up after that (about an hour; each
      // attempt asks for a refresh again).
      throw new ChannelApiError("zalo-oa", "refresh", 503, `token refresh failed (${body.error ?? response.status})`);
    }
    const pair = { accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: deps.now() + Number(body.expires_in ?? 90_000) * 1000 };
    // The old refresh token is spent now: store the new pair before anything else can fail.
    await store(pair);
    return pair;
  };

  const accessToken = async (): Promise<string> => {
    const pair = await load();
    if (!pair) throw new ChannelApiError("zalo-oa", "token", 401, "no Zalo OA tokens configured");
    if (pair.expiresAt - REFRESH_MARGIN_MS > deps.now()) return pair.accessToken;
    return (await refresh(pair.accessToken)).accessToken;
  };

  return { refresh, accessToken };
}
