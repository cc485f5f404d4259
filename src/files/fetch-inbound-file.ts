/**
 * Fills in the bytes of a file a message carries, before the message is handled (and outside its
 * transaction: this waits on the network). Each channel says how to turn its `source` into a
 * download; a file declared over the limit is not fetched at all.
 */
import type { ChannelEvent, ChannelName, InboundFile } from "../channels/channel.ts";
import { type DownloadResult, downloadBounded } from "./bounded-download.ts";
import { MAX_INBOUND_FILE_BYTES } from "./inbound-file-limits.ts";

/** Turns a channel's file `source` into its bytes (a Telegram file_id needs getFile first). */
export type FileFetcher = (source: string) => Promise<DownloadResult>;

/** The default for channels whose `source` is already a URL (Zalo). */
export const fetchByUrl: FileFetcher = (url) => downloadBounded(url);

/**
 * Whether the event carries a file still to fetch. An edited message's file is not read again (an
 * edited caption changes nothing).
 */
export function needsFetch(event: ChannelEvent): event is Extract<ChannelEvent, { kind: "message" }> {
  if (event.kind !== "message") return false;
  const file = event.message.file;
  return file !== undefined && !file.content && !file.problem && file.source !== undefined && !event.message.isEdit;
}

export async function withFileContent(event: ChannelEvent, fetchers: Partial<Record<ChannelName, FileFetcher>>): Promise<ChannelEvent> {
  if (!needsFetch(event)) return event;
  const fetched = await fetchFile(event.message.file!, fetchers[event.message.channel]);
  return { kind: "message", message: { ...event.message, file: fetched } };
}

async function fetchFile(file: InboundFile, fetcher: FileFetcher | undefined): Promise<InboundFile> {
  const { source: _source, ...rest } = file;
  if (file.declaredSize !== undefined && file.declaredSize > MAX_INBOUND_FILE_BYTES) return { ...rest, problem: "too-big" };
  if (!fetcher || file.source === undefined) return { ...rest, problem: "unavailable" };
  // A fetcher's own API call (Telegram's getFile) may fail: the user hears it, nothing breaks.
  const result = await fetcher(file.source).catch((): DownloadResult => ({ ok: false, problem: "unavailable" }));
  if (!result.ok) return { ...rest, problem: result.problem };
  return { ...rest, content: result.content, mimeType: rest.mimeType ?? result.mimeType };
}
