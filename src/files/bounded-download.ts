/**
 * Fetches a file a user sent from the platform's server, reading at most `maxBytes`: a file that
 * goes past it is dropped mid-stream (never buffered whole), and a server that stalls is given up
 * on when `signal` aborts (by default after the timeout). The URL comes from the platform
 * (Telegram's file path under our API root, Zalo's signed CDN link), never from a user's text.
 */
import { FILE_DOWNLOAD_TIMEOUT_MS, MAX_INBOUND_FILE_BYTES } from "./inbound-file-limits.ts";
import { type ResolveHost, isPrivateHost } from "./private-address.ts";

/**
 * `retryable`: the failure may pass if tried again soon (a reset connection, a 5xx, a 429), where
 * a 404 or a file too big will not. `retryAfterMs`: how long the platform asked to wait (a 429's).
 */
export type DownloadResult =
  | { ok: true; content: Uint8Array; mimeType?: string }
  | { ok: false; problem: "too-big" | "unavailable"; retryable?: boolean; retryAfterMs?: number };

export interface DownloadOptions {
  maxBytes?: number;
  /** Ends the download (the file is then unavailable); without it, FILE_DOWNLOAD_TIMEOUT_MS. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** How a redirect's host name is resolved before it is followed (tests give their own). */
  resolveHost?: ResolveHost;
}

/** HTTP answers worth another try: the server's trouble, not the request's. */
export const isRetryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

export async function downloadBounded(url: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  const maxBytes = options.maxBytes ?? MAX_INBOUND_FILE_BYTES;
  const doFetch = options.fetch ?? fetch;
  const signal = options.signal ?? AbortSignal.timeout(FILE_DOWNLOAD_TIMEOUT_MS);
  if (!/^https?:\/\//i.test(url)) return { ok: false, problem: "unavailable" };
  try {
    const response = await fetchFollowing(doFetch, url, signal, options.resolveHost);
    if (!response) return { ok: false, problem: "unavailable" };
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return { ok: false, problem: "unavailable", retryable: isRetryableStatus(response.status) };
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body.cancel();
      return { ok: false, problem: "too-big" };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return { ok: false, problem: "too-big" };
      }
      chunks.push(value);
    }
    return { ok: true, content: Buffer.concat(chunks, total), mimeType: response.headers.get("content-type") ?? undefined };
  } catch {
    // A refused connection or a reset may pass; once the time is up (aborted) there is no other try.
    return { ok: false, problem: "unavailable", retryable: !signal.aborted };
  }
}

/** Redirects a download follows: a CDN's one or two. */
const MAX_REDIRECTS = 3;

/**
 * The URL's answer, following its redirects only to public https addresses: the URL is the
 * platform's, but where it redirects is the file host's say, and followed blindly a redirect to
 * http://127.0.0.1/… or a private address fetched this machine's or its network's pages and stored
 * them as a report's photo. A name is resolved first, and refused when any of its addresses is
 * private (private-address.ts). Undefined for a redirect refused or one too many.
 */
async function fetchFollowing(doFetch: typeof fetch, url: string, signal: AbortSignal, resolveHost?: ResolveHost): Promise<Response | undefined> {
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const response = await doFetch(current, { signal, redirect: "manual" });
    const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
    if (location === null) return response;
    await response.body?.cancel();
    const next = new URL(location, current);
    if (redirects >= MAX_REDIRECTS || next.protocol !== "https:" || (await isPrivateHost(next.hostname, resolveHost, signal))) return undefined;
    current = next.href;
  }
}
