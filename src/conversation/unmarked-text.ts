/**
 * A text answer typed on a phone without Telex ("treo bang ron khau hieu o cong truong"): printed
 * as typed in the official document, as the signer's name is, so said the same way. Read only when
 * every character of the text is plain ASCII (most answers have a mark in their first words) and
 * several of its words are common Vietnamese words without their marks: an English name or a
 * code ("KH-THLC") is no such text.
 */
import { isTextField } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";

/** Common words of the reports, folded, none an English word ("to", "so"): two of them make the text Vietnamese. */
const VIETNAMESE_WORDS = new Set(
  "va cua cho cac nhung duoc trong hoc sinh truong giao vien tuan chuc hoat dong doc sach thu vien nguoi ngay thang ke hoach tuyen truyen bang ron khau hieu phu huynh tham gia voi tai mot khong nha nhan vien lop hieu qua phong trao".split(" "),
);

/** At most this many words, a text is short: one common Vietnamese word among them is enough. */
const SHORT_WORDS = 4;

/** The note for question `number`, when its text answer was typed without a single mark; the signer's lines are read apart (signer-tone-marks.ts). */
export function unmarkedTextNote(template: Template, field: Field, text: string, number: number): string | undefined {
  // A web address or an e-mail is typed without marks everywhere.
  if (!isTextField(field) || !typedWithoutMarks(text) || /:\/\/|www\.|@/.test(text)) return undefined;
  const { signerAuthority, signerPosition, signerName } = template.closing;
  if (field.id === signerAuthority || field.id === signerPosition || field.id === signerName) return undefined;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  // A short text (question 1's "KH so 192 ngay 27/9/2026", a unit's name) has few words to count:
  // one common word among four at most makes it Vietnamese; it needed two and went unsaid.
  const needed = words.length <= SHORT_WORDS ? 1 : 2;
  let known = 0;
  for (const word of words) if (VIETNAMESE_WORDS.has(word) && ++known >= needed) return vi.report.unmarkedText(number);
  return undefined;
}
