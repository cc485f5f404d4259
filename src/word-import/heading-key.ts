/**
 * The form in which a Word heading and a template heading are compared: without diacritics, case,
 * the numbering a clerk types ("I.", "1.", "1.2.", "a)", "2.") and punctuation. "2.Bài học kịnh
 * nghiệm:" and "Bài học kinh nghiệm" then meet, and so do "III. Đề xuất kiến nghị" and "ĐỀ XUẤT,
 * KIẾN NGHỊ". Pure.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** Roman numerals, numbers with dots ("1.", "1.2."), a point letter ("a)", "b.") at the start. */
const NUMBERING = /^(?:[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)\-:]\s*/u;
/** A bare number before the text without a mark ("1 Công tác chỉ đạo"). */
const BARE_NUMBER = /^\d+\s+/;

export function headingKey(text: string): string {
  let folded = foldVietnamese(text);
  // "Phần I." / "Mục 2." open some headings: the word and its number go together.
  folded = folded.replace(/^(?:phan|muc)\s+/, "");
  folded = folded.replace(NUMBERING, "").replace(BARE_NUMBER, "");
  return folded
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
