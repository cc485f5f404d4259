/**
 * A figure typed in words on a number question ("sáu buổi" to "Số buổi tập huấn?", "năm mươi phần
 * trăm" to a share): number-words.ts reads the number; the words after it must be the question's own
 * (its unit, as "buổi" is). Anything else could change the figure or mean no figure at all: "năm nay
 * chưa tổ chức" (this year...), "một số buổi" (some), "hai đến ba buổi". Those are asked again.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { readNumberWords } from "../vietnamese/number-words.ts";
import { markNumberWords } from "../vietnamese/unmarked-number-words.ts";
import type { Field } from "./template-schema.ts";

/** Words of a question that, after a number, make it another figure or none ("một số buổi": some). */
const QUALIFIERS = new Set(["so", "vai", "nua", "may", "ruoi", "hoac", "hay", "den", "toi", "chua", "khong", "khoang", "hon", "tren", "duoi", "gan"]);
const SHARE = /(^|\s)phan tram(\s|[.!]|$)/;

/** "phần trăm" (with or without tone marks) at the end: a share, as "%" is. */
export function saysShare(text: string): boolean {
  return SHARE.test(foldVietnamese(text));
}

export function figureInWords(text: string, field: Field): number | undefined {
  const normalized = text.normalize("NFC").trim();
  // "phần trăm" is words of a share, not a unit: where it belongs (a percent question) it is dropped.
  const number = saysShare(normalized) ? normalized.replace(/\s*ph[aầ]n\s+tr[aă]m[.!]*$/iu, "") : normalized.replace(/[.!]+$/, "");
  // "hai muoi" typed without marks: read once its number words have them back (as typed, "hai" alone
  // was read, "muoi" left over as its unit).
  const marked = markNumberWords(number);
  const reading = (marked === undefined ? undefined : readNumberWords(marked)) ?? readNumberWords(number);
  if (!reading) return undefined;
  const asked = new Set(foldVietnamese(`${field.prompt} ${field.hint ?? ""}`).split(/[^\p{L}\p{N}]+/u));
  const unit = reading.rest.map((word) => foldVietnamese(word).replace(/[.,!;:]+$/, ""));
  return unit.every((word) => word !== "" && asked.has(word) && !QUALIFIERS.has(word)) ? reading.value : undefined;
}
