/**
 * Fills in the bytes of a file a message carries, before the message is handled (and outside its
 * transaction: this waits on the network). Each channel says how to turn its `source` into a
 * download; a file declared over the limit is not fetched at all. A failure that may pass (a reset,
 * the platform's 5xx) is tried again within the same time limit, so a blip of the platform's file
 * server does not tell a clerk that a good photo "could not be read".
 */
import type { ChannelEvent, ChannelName, InboundFile } from "../channels/channel.ts";
import { abortableSleep } from "../channels/long-polling.ts";
import { type DownloadResult, downloadBounded } from "./bounded-download.ts";
import { FILE_DOWNLOAD_TIMEOUT_MS, MAX_INBOUND_FILE_BYTES } from "./inbound-file-limits.ts";

/** Turns a channel's file `source` into its bytes (a Telegram file_id needs getFile first), until `signal` aborts. */
export type FileFetcher = (source: string, signal: AbortSignal) => Promise<DownloadResult>;

/** The default for channels whose `source` is already a URL (Zalo). */
export const fetchByUrl: FileFetcher = (url, signal) => downloadBounded(url, { signal });

/** The whole fetch, every try included, and the pauses before the second and third tries. */
export interface FetchRetry {
  budgetMs: number;
  pausesMs: readonly number[];
}
const RETRY: FetchRetry = { budgetMs: FILE_DOWNLOAD_TIMEOUT_MS, pausesMs: [300, 1_000] };

/**
 * Whether the event carries a file still to fetch. An edited message's file is not read again (an
 * edited caption changes nothing).
 */
export function needsFetch(event: ChannelEvent): event is Extract<ChannelEvent, { kind: "message" }> {
  if (event.kind !== "message") return false;
  const file = event.message.file;
  return file !== undefined && !file.content && !file.problem && file.source !== undefined && !event.message.isEdit;
}

export async function withFileContent(event: ChannelEvent, fetchers: Partial<Record<ChannelName, FileFetcher>>, retry = RETRY): Promise<ChannelEvent> {
  if (!needsFetch(event)) return event;
  const fetched = await fetchFile(event.message.file!, fetchers[event.message.channel], retry);
  return { kind: "message", message: { ...event.message, file: fetched } };
}

async function fetchFile(file: InboundFile, fetcher: FileFetcher | undefined, retry: FetchRetry): Promise<InboundFile> {
  const { source, ...rest } = file;
  if (file.declaredSize !== undefined && file.declaredSize > MAX_INBOUND_FILE_BYTES) return { ...rest, problem: "too-big" };
  if (!fetcher || source === undefined) return { ...rest, problem: "unavailable" };
  const result = await fetchWithRetries(fetcher, source, retry);
  if (!result.ok) return { ...rest, problem: result.problem };
  return { ...rest, content: result.content, mimeType: rest.mimeType ?? result.mimeType };
}

async function fetchWithRetries(fetcher: FileFetcher, source: string, retry: FetchRetry): Promise<DownloadResult> {
  const signal = AbortSignal.timeout(retry.budgetMs);
  const deadline = Date.now() + retry.budgetMs;
  for (let attempt = 0; ; attempt++) {
    // A fetcher's own API call (Telegram's getFile) may throw: the user hears it, nothing breaks.
    const result = await fetcher(source, signal).catch((): DownloadResult => ({ ok: false, problem: "unavailable", retryable: !signal.aborted }));
    const pause = retry.pausesMs[attempt];
    if (result.ok || !result.retryable || pause === undefined || signal.aborted) return result;
    // A 429 says how long to wait: sooner would be refused again, and a wait past the time left
    // only delays the clerk's answer.
    const wait = Math.max(pause, result.retryAfterMs ?? 0);
    if (Date.now() + wait >= deadline) return result;
    await abortableSleep(wait, signal);
  }
}
