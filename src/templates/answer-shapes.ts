/**
 * What a typed text is, before any parser reads it: a bare yes, a figure or a date alone, a text with
 * no letter or digit, and the closing marks and courtesy words ("ạ", "nhé") that are no part of an
 * answer. answer-parsers.ts refuses or trims by them; previous-question-hint.ts names the question a
 * figure or a date alone was most likely meant for.
 */
import { foldVietnamese, typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import { readVietnameseDate } from "../vietnamese/vietnamese-dates.ts";
import { ACKNOWLEDGEMENTS } from "./casual-talk.ts";
import type { Field } from "./template-schema.ts";

/** Longer than any bare yes below: not folded to be compared. */
export const BARE_YES_MAX = 20;
/**
 * A bare yes or thanks, folded: no text of a report. Every word of acknowledgement (casual-talk.ts,
 * one list), and the yes said as an answer ("có", "đúng", "dạ có", "cảm ơn"), which is kept out of
 * that list on purpose: in a talk line "co" is as often "cô", the person spoken to.
 */
const BARE_YES = new Set([...ACKNOWLEDGEMENTS.map(foldVietnamese), "co", "co a", "da co", "vang a", "dung", "dung roi", "dc", "co roi", "cam on"]);
export const isBareYes = (text: string) => BARE_YES.has(foldVietnamese(text).replace(/[.!]+$/, "").trim());
/**
 * A figure or a date alone where a paragraph or a list is asked: refused, and most often meant for
 * an earlier question (previous-question-hint.ts names it).
 */
export function figureOrDateAlone(field: Field, text: string): "figure" | "date" | undefined {
  if (field.type !== "paragraph" && field.type !== "bullet-list") return undefined;
  return FIGURE_ALONE.test(text) ? "figure" : isDateAlone(text) ? "date" : undefined;
}
/** A figure and nothing else (its list marker, a unit sign aside). */
const FIGURE_ALONE = /^(?:[-+•*]\s*)?\d[\d.,\s]*%?$/u;
/** The longest a date alone is typed ("thứ sáu, ngày 02 tháng 10 năm 2026 ạ"): longer is read as a text. */
const DATE_ALONE_MAX = 50;
/**
 * A date and nothing else, as the date question reads one, its year typed or not ("3/10"); a
 * sentence with a date in it ("Khai mạc Tuần lễ ngày 2/10") is a text.
 */
function isDateAlone(text: string): boolean {
  if (text.length > DATE_ALONE_MAX || !/\d/.test(text)) return false;
  const plain = withoutClosing(text);
  // The date question reads past "khai mạc", "tổ chức vào", "sáng" before a date; here they make
  // it an activity ("Khai mạc ngày 2/10/2026", "Sáng 2/10"). "2-3" is a range as often as a day.
  const folded = foldVietnamese(plain).trim();
  if (ACTIVITY_LEAD.test(folded) || /^\d{1,2}\s*-\s*\d{1,2}$/.test(folded)) return false;
  const date = readVietnameseDate(plain);
  return date.ok || date.reason === "no-year";
}
/** Folded words before a date that make the line an activity's text, not a date alone. */
const ACTIVITY_LEAD = /^(?:khai mac|to chuc|dien ra|duoc to chuc|vao|buoi|sang|trua|chieu|toi)\b/;
/** A letter or a digit: what any real text answer has. */
export const HAS_CONTENT = /[\p{L}\p{N}]/u;

/**
 * A figure or a date as a sentence ends: "12.", "1.250.", "02/10/2026 ạ", "95% nhé", "5/10 a" (its
 * "ạ" typed without the mark). The closing mark or word is no part of it; read with it, "12." was
 * refused as no number at all.
 */
export function withoutClosing(text: string): string {
  // Taken off from the end one mark or word at a time, each looked at in the last few characters:
  // as one regex with nested repeats, "1/1/2026" and forty dots before an "x" held the event loop
  // for minutes (every chat waits behind one message).
  let end = text.length;
  for (;;) {
    let start = end;
    while (start > 0 && CLOSING_MARKS.includes(text[start - 1]!)) start--;
    if (start === end) {
      const word = CLOSING_WORD_END.exec(text.slice(Math.max(0, end - 6), end));
      if (!word) return text.slice(0, end);
      start = end - word[0].length;
    }
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    end = start;
  }
}
const CLOSING_MARKS = ".!;…";
/** A courtesy word closing the text, after a space: looked for in the text's last characters only. */
const CLOSING_WORD_END = /(?<=\s)(?:ạ|à|a|nhé|nha|nhe)$/iu;

/**
 * "Kế hoạch số 115/KH-THLC ngày 28/9/2026 ạ": the "ạ" said to the bot is no part of the report's
 * text (its closing mark is); nor is it typed without its mark in a text typed without any ("… 25/9
 * a"), after a word of three letters or more or a date: "lop 5 a", "phuong an a" keep their "a", and
 * an unmarked "nhe" may be "nhẹ".
 */
export function withoutCourtesy(text: string): string {
  if (typedWithoutMarks(text)) return text.replace(/(?<=(?:\S{3,}|\d+\/\d+\S*))\s+a(?=[.!]?$)/u, "");
  // From a run of spaces' first only: tried at each of them, a long run cost its square.
  return withoutOpeningDa(text).replace(/(?<!\s)\s+(?:ạ|nhé)(?=[.!]?$)/u, "");
}

/**
 * "dạ Kế hoạch số 7/KH-THLC…", "Dạ vâng, trường em treo băng rôn…", "dạ Nguyễn Văn Bình": the "dạ"
 * a reply opens with is said to the bot, and was printed in the report, the signer's name too. With
 * its mark only (typed without marks, "da" is "đã"), and not the word of "dạ hội", "dạ tiệc".
 */
// Its runs of spaces and commas are each one class: no two quantifiers take the same characters.
const OPENING_DA = /^(d)ạ(?:[\s,]+vâng)?[\s,]*\s(?!(?:hội|tiệc|dày|con|quang|khúc|lan|hương|yến)(?![\p{L}\p{M}]))(?=\S)/iu;

function withoutOpeningDa(text: string): string {
  const opening = OPENING_DA.exec(text);
  if (!opening) return text;
  const rest = text.slice(opening[0].length);
  // "Dạ trường em…" opened a sentence: what follows opens it now.
  return opening[1] === "D" ? rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1) : rest;
}
