/**
 * A template file's bytes as text, or why not, in the words of the operator who saved it. A file
 * saved in the Windows code page (cp1258, Notepad's "ANSI") read as "B�o c�o PCCC" and was offered
 * to campaigns and printed so in documents; UTF-16 (Notepad's "Unicode") and an empty file were
 * refused as a wrong shape ("«» phải là một nhóm { ... }"), which says nothing of the cure.
 * UTF-8, with or without its byte order mark, is read.
 */
import { vi } from "../sentences/vi.ts";

/**
 * The largest template file read, said in the refusal and the README. The built-in ones are about
 * 12 KB for some twenty questions; a 7.5 MB file of 20,000 questions held the bot (every chat
 * unanswered) for two minutes during /mau nap, and parsing YAML of this size already takes a few
 * tenths of a second on the bot's one thread. Checked by the file's size, before it is read.
 */
export const MAX_TEMPLATE_BYTES = 512 * 1024;

/** Why a file of `size` bytes is not read, or undefined when it may be. */
export function sizeRefusal(size: number): string | undefined {
  return size > MAX_TEMPLATE_BYTES ? vi.template.tooLarge(Math.ceil(size / 1024), MAX_TEMPLATE_BYTES / 1024) : undefined;
}

export type TemplateText = { ok: true; text: string } | { ok: false; refused: string };

export function templateText(bytes: Uint8Array): TemplateText {
  const tooLarge = sizeRefusal(bytes.length);
  if (tooLarge) return { ok: false, refused: tooLarge };
  // A byte order mark of UTF-16, either order; without one, UTF-16 of Latin text is half NUL bytes,
  // which no text template has.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    return { ok: false, refused: vi.template.utf16 };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, refused: vi.template.notUtf8 };
  }
  // TextDecoder drops a leading byte order mark itself (Windows Notepad writes one with UTF-8).
  if (text.trim() === "") return { ok: false, refused: vi.template.emptyFile };
  return { ok: true, text };
}
