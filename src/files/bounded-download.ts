/**
 * Fetches a file a user sent from the platform's server, reading at most `maxBytes`: a file that
 * goes past it is dropped mid-stream (never buffered whole), and a server that stalls is given up
 * on after the timeout. The URL comes from the platform (Telegram's file path under our API root,
 * Zalo's signed CDN link), never from a user's text.
 */
import { FILE_DOWNLOAD_TIMEOUT_MS, MAX_INBOUND_FILE_BYTES } from "./inbound-file-limits.ts";

export type DownloadResult =
  | { ok: true; content: Uint8Array; mimeType?: string }
  | { ok: false; problem: "too-big" | "unavailable" };

export interface DownloadOptions {
  maxBytes?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export async function downloadBounded(url: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  const maxBytes = options.maxBytes ?? MAX_INBOUND_FILE_BYTES;
  const doFetch = options.fetch ?? fetch;
  if (!/^https?:\/\//i.test(url)) return { ok: false, problem: "unavailable" };
  try {
    const response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? FILE_DOWNLOAD_TIMEOUT_MS), redirect: "follow" });
    if (!response.ok || !response.body) return { ok: false, problem: "unavailable" };
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
    // A timeout, a refused connection, a reset: the user is told the file could not be read.
    return { ok: false, problem: "unavailable" };
  }
}
