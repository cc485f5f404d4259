/**
 * Reads a Word file a user sent before the message is handled, like the fetch of its bytes: outside
 * the message's transaction and, through `read` (the render worker in the app), off the event loop.
 * The bytes decide: a ZIP holding `word/document.xml` is read, whatever its name; anything else
 * passes on untouched (a photo, or a file the conversation refuses). Once read, the bytes are
 * dropped from the message, so nothing downstream can keep the file.
 */
import type { ChannelEvent } from "../channels/channel.ts";
import { hasReasonableSize, isDocx } from "../files/docx-signature.ts";
import { MAX_INBOUND_FILE_BYTES } from "../files/inbound-file-limits.ts";
import { RenderPoolBusy } from "../documents/render-pool.ts";
import type { WordParagraph } from "./word-paragraph.ts";

export type WordReader = (bytes: Uint8Array) => Promise<WordParagraph[]>;

/** Whether the event carries a Word file still to read. */
export function needsWordRead(event: ChannelEvent): event is Extract<ChannelEvent, { kind: "message" }> {
  if (event.kind !== "message" || event.message.isEdit) return false;
  const content = event.message.file?.content;
  return content !== undefined && content.byteLength <= MAX_INBOUND_FILE_BYTES && isDocx(content);
}

export async function withWordParagraphs(event: ChannelEvent, read: WordReader): Promise<ChannelEvent> {
  if (!needsWordRead(event)) return event;
  const { content, ...file } = event.message.file!;
  // A damaged or encrypted file, one mammoth cannot parse, or one that unpacks to more than a
  // report can (a zip bomb): the user hears it is unreadable, nothing breaks. Too many files
  // waiting to be read: the user is asked to send it again.
  let busy = false;
  const word = hasReasonableSize(content!)
    ? await read(content!).catch((error: unknown) => {
        busy = error instanceof RenderPoolBusy;
        return undefined;
      })
    : undefined;
  return { kind: "message", message: { ...event.message, file: word ? { ...file, word } : { ...file, problem: busy ? "busy" : "unreadable" } } };
}
