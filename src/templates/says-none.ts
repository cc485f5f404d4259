/**
 * What clerks type for "there is none": on a number question it is told how to write that (0, or
 * /boqua); on a question that may be left out, the words are no answer, since stored they would be
 * printed in the report ("- k." under the proposals, "KO" above the signature).
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { Field } from "./template-schema.ts";

/** Typed short, without diacritics: never a sentence of a report. */
const ABBREVIATED = new Set([
  ..."k kg kh ko khong"
    .split(" ")
    .flatMap((no) => [no, `${no} co`, `${no} co gi`, `${no} co j`, `${no} co y kien`, `${no} co y kien gi`, `${no} y kien`])
    .flatMap((none) => [none, `${none} a`]),
  "chua co a",
]);

/**
 * "không", "chưa có" and the abbreviations, compared as typed (lower case): folded, "Hồng" (a name)
 * would read as "hong". Only a text that folds to one of the abbreviations is compared folded
 * (abbreviated(), below).
 */
/** A bare "no": a reply to the question, never a sentence of a report ("- không." under the proposals). */
const BARE_NO = new Set(["không", "không ạ", "chưa", "chưa ạ", "hông", "chua"]);
const NONE = new Set(["không có", "chưa có", "không có ạ", "chưa có ạ", "chua co", ...BARE_NO, ...ABBREVIATED]);

/**
 * Longer than any of the words above, with spaces, closing marks and combining tone marks: an
 * answer, not read further (folding a paragraph cost every answer to one, issue #12).
 */
const LONGEST_NONE = 24;

const bare = (text: string) => text.normalize("NFC").trim().toLowerCase().replace(/[.!]+$/, "");
const isShort = (text: string) => text.length <= LONGEST_NONE;

/**
 * An abbreviation typed with some tone marks ("Ko có", "không co"): folded, one of the
 * abbreviations; only the properly written "không có" and "chưa có" are sentences a report prints.
 */
function abbreviated(text: string): boolean {
  const b = bare(text);
  return ABBREVIATED.has(b) || (!NONE_WRITTEN_OUT.has(b) && ABBREVIATED.has(foldVietnamese(b)));
}
/** Written out, these are sentences a report prints ("III. Đề xuất: Không có ý kiến."); "không có gì" is talk. */
const NONE_WRITTEN_OUT = new Set(["không có", "chưa có", "không có ạ", "chưa có ạ", "không có ý kiến", "không có ý kiến gì"]);

/** "ko", "k", "không", "chưa": a reply, never a sentence of a report ("- không." under its activities). */
export function saysBareNo(text: string): boolean {
  return isShort(text) && (abbreviated(text) || BARE_NO.has(bare(text)));
}

/** Whether the text says only "none" ("Không có." as well as "ko"). */
export function saysNone(text: string): boolean {
  return isShort(text) && (NONE.has(bare(text)) || abbreviated(text));
}

/**
 * Whether the text, on this question, means it is left out. A short answer (who signs for whom, a
 * position) is left out by any "none"; a paragraph or list only by an abbreviation or a bare "không",
 * since "Không có." is a sentence reports do print under their proposals.
 */
export function leavesOut(field: Field, text: string): boolean {
  if (field.required) return false;
  // "mặc định" is what the recipients' hint offers; typed a question early (at the reference above
  // them), it was printed as the document cited: "Thực hiện mặc định về việc…".
  if (field.type === "short-text") return saysNone(text) || saysDefault(text);
  if (field.type === "paragraph" || field.type === "bullet-list") return saysBareNo(text) || saysDefault(text);
  // A date, a time or a choice has no "none" of its own: "ko", "chưa có ạ" was refused as no date.
  // (On a figure "không" may be 0, and on a yes/no it is the answer.) An option so named is chosen.
  if (field.type === "date" || field.type === "time") return saysNone(text);
  // A choice with a "Không" or "Chưa" option: "ko", "chưa ạ" may be that option, never a skip.
  if (field.type === "single-choice" || field.type === "multiple-choice") return saysNone(text) && !field.options.some((option) => saysNone(option) || saysBareNo(option));
  return false;
}

/** "mặc định", "dùng mặc định": what the question's hint offers when it is left out. */
export function saysDefault(text: string): boolean {
  return isShort(text) && /^(?:(?:dung|theo|nhu|de|lay) )?mac dinh(?: (?:a|nhe|nha))?$/.test(foldVietnamese(bare(text)));
}
