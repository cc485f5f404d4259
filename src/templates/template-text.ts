/**
 * A template file's bytes as text, or why not, in the words of the operator who saved it. A file
 * saved in the Windows code page (cp1258, Notepad's "ANSI") read as "B�o c�o PCCC" and was offered
 * to campaigns and printed so in documents; UTF-16 (Notepad's "Unicode") and an empty file were
 * refused as a wrong shape ("«» phải là một nhóm { ... }"), which says nothing of the cure.
 * UTF-8, with or without its byte order mark, is read.
 */
import { vi } from "../sentences/vi.ts";

export type TemplateText = { ok: true; text: string } | { ok: false; refused: string };

export function templateText(bytes: Uint8Array): TemplateText {
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
