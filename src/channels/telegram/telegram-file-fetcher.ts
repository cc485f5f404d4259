/**
 * Fetches a file a Telegram user sent: getFile turns its file_id into a path, which downloads from
 * `<apiRoot>/file/bot<token>/<path>` (the API root is configurable, as for every other call, so
 * tests point it at the fake). The Bot API serves at most 20 MB; we read at most 10.
 */
import { type Api, GrammyError } from "grammy";
import { type DownloadResult, downloadBounded, isRetryableStatus } from "../../files/bounded-download.ts";
import type { FileFetcher } from "../../files/fetch-inbound-file.ts";
import { MAX_INBOUND_FILE_BYTES } from "../../files/inbound-file-limits.ts";

export interface TelegramFileFetcherDeps {
  api: Api;
  token: string;
  apiRoot: string;
}

export function createTelegramFileFetcher(deps: TelegramFileFetcherDeps): FileFetcher {
  return async (fileId, signal) => {
    // grammY types its signal as the abort-controller package's; it only listens to it.
    const file = await deps.api.getFile(fileId, signal as unknown as Parameters<Api["getFile"]>[1]).catch((error: unknown): DownloadResult => {
      // "Bad Request: invalid file_id" stays so; a 5xx, a 429 (after its retry_after) or the network may pass.
      if (!(error instanceof GrammyError)) throw error;
      if (error.error_code === 429) return { ok: false, problem: "unavailable", retryable: true, retryAfterMs: (error.parameters.retry_after ?? 1) * 1000 };
      if (!isRetryableStatus(error.error_code)) return { ok: false, problem: "unavailable" };
      throw error;
    });
    if ("ok" in file) return file;
    if (file.file_size !== undefined && file.file_size > MAX_INBOUND_FILE_BYTES) return { ok: false, problem: "too-big" };
    const path = file.file_path;
    // Telegram's own relative path ("photos/file_12.jpg"); anything else is not fetched.
    if (!path || path.startsWith("/") || path.split("/").includes("..")) return { ok: false, problem: "unavailable" };
    const encoded = path.split("/").map(encodeURIComponent).join("/");
    return downloadBounded(`${deps.apiRoot}/file/bot${deps.token}/${encoded}`, { signal });
  };
}
