/**
 * A small typed client of the Zalo Bot API (Telegram-like: POST /bot<token>/<method>, JSON,
 * `{ ok, result, error_code, description }`). HTTP 200 is not success: `ok` is. The token is part
 * of the URL, so URLs are never logged.
 */
import { ChannelApiError } from "../channel.ts";

export type Fetch = typeof fetch;

/** `signal` cancels the call (stopping a long poll); `timeoutMs` must exceed a long poll's own timeout. */
export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export function createZaloBotClient(deps: { token: string; apiRoot: string; fetch?: Fetch }) {
  const doFetch = deps.fetch ?? fetch;
  return {
    async call<T>(method: string, body: Record<string, unknown> = {}, options: CallOptions = {}): Promise<T> {
      const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
      let response: Response;
      try {
        response = await doFetch(`${deps.apiRoot}/bot${deps.token}/${method}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
          signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
        });
      } catch (error) {
        throw new ChannelApiError("zalo-bot", method, 0, `network error: ${(error as Error).message}`, undefined, { cause: error });
      }
      const data = (await response.json().catch(() => undefined)) as { ok?: boolean; result?: T; error_code?: number; description?: string } | undefined;
      if (data?.ok) return data.result as T;
      const code = data?.error_code ?? response.status;
      // Zalo labels 403 "Internal server error": treat it as a server fault worth a retry, not a ban.
      const status = code === 403 ? 503 : code;
      throw new ChannelApiError("zalo-bot", method, status, data?.description ?? `HTTP ${response.status}`, code === 429 ? 60 : undefined);
    },
  };
}

export type ZaloBotClient = ReturnType<typeof createZaloBotClient>;
