/**
 * A small typed client of the Zalo OA Open API. Errors come back as HTTP 200 with a non-zero
 * `error`; they are mapped to ChannelApiError with what the outbox needs. Its rotating token pair is
 * kept by zalo-oa-tokens.ts: refreshed before expiry, and on the expiry codes (then the call is
 * retried once).
 */
import { ChannelApiError } from "../channel.ts";
import { createZaloOaTokens, type ZaloOaTokenDeps } from "./zalo-oa-tokens.ts";

export interface ZaloOaClientDeps extends ZaloOaTokenDeps {
  apiRoot: string;
}

/** Error codes meaning "this access token is no good": refresh and retry once. */
const TOKEN_ERRORS = new Set([-216, 216, -401, 401, -220, -124]);
/** Zalo's per-minute API limit: wait a minute. */
const RATE_LIMIT_ERROR = -32;
/** The group is disabled (GMF package expired) or the OA is not in it: stop for that chat. */
const CHAT_GONE_ERRORS = new Set([-237, -403]);

type Envelope<T> = { error?: number; message?: string; data?: T };

export function createZaloOaClient(deps: ZaloOaClientDeps) {
  const doFetch = deps.fetch ?? fetch;
  const { refresh, accessToken } = createZaloOaTokens(deps);

  const request = async <T>(path: string, body: Record<string, unknown> | FormData, retried = false): Promise<T> => {
    const token = await accessToken();
    const isForm = body instanceof FormData;
    let response: Response;
    try {
      response = await doFetch(`${deps.apiRoot}/${path}`, {
        method: "POST",
        headers: isForm ? { access_token: token } : { access_token: token, "content-type": "application/json" },
        body: isForm ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new ChannelApiError("zalo-oa", path, 0, `network error: ${(error as Error).message}`, undefined, { cause: error });
    }
    const data = (await response.json().catch(() => undefined)) as Envelope<T> | undefined;
    // Refusals come as Zalo's error codes in a 200 (mapError): an HTTP 401 or 403 is a gateway's,
    // worth another try like a 5xx (a 403 passed on as it was stopped every send to the chat). Other
    // statuses stay what they are (a 413 from a proxy's size limit will not pass by waiting).
    if (!response.ok || !data) {
      const status = response.status === 401 || response.status === 403 || response.status >= 500 ? 503 : response.status >= 400 ? response.status : 502;
      throw new ChannelApiError("zalo-oa", path, status, `HTTP ${response.status}`);
    }
    const code = data.error ?? 0;
    if (code === 0) return data.data as T;
    if (TOKEN_ERRORS.has(code) && !retried) {
      deps.logger.warn({ path, code }, "Zalo OA access token refused; refreshing and retrying once");
      await refresh(token);
      return request<T>(path, body, true);
    }
    throw mapError(path, code, data.message ?? "");
  };

  return {
    request,
    refresh,
    /** Uploads a PDF/DOC/DOCX (at most 5 MB); returns the token to send it with. */
    async uploadFile(content: Buffer, fileName: string): Promise<string> {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(content)]), fileName);
      const data = await request<{ token: string }>("v2.0/oa/upload/file", form);
      return data.token;
    },
  };
}

export type ZaloOaClient = ReturnType<typeof createZaloOaClient>;

function mapError(path: string, code: number, message: string): ChannelApiError {
  const text = `Zalo OA error ${code}: ${message}`;
  if (code === RATE_LIMIT_ERROR) return new ChannelApiError("zalo-oa", path, 429, text, 60);
  if (CHAT_GONE_ERRORS.has(code)) return new ChannelApiError("zalo-oa", path, 403, text);
  if (TOKEN_ERRORS.has(code)) return new ChannelApiError("zalo-oa", path, 503, text);
  if (code === -210) return new ChannelApiError("zalo-oa", path, 413, text);
  return new ChannelApiError("zalo-oa", path, 400, text);
}
