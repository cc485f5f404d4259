/**
 * What a clerk types for "I don't know" ("em không biết", "chưa biết ghi gì"): a word to the group,
 * never an answer. Stored, it was printed ("Em không biết." under the notes, in the ward's draft);
 * at a figure it got only "type a number". Read before any question's own parser (answer-parsers.ts).
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/**
 * The whole text, folded, closing marks and "ạ" aside: who (optional), a "not" (không, chưa, ko,
 * k), "biết", and at most "ghi gì" or "điền gì" after it. Only these: a sentence that goes on
 * ("Em không biết trước lịch nên chưa tham gia được") is an answer.
 */
const NOT_KNOWN = /^(?:(?:da|vang) )?(?:(?:em|minh|toi|chi|anh) )?(?:khong|chua|ko|k) biet(?: (?:ghi|dien|viet|tra loi) (?:gi|sao|the nao))?(?: (?:a|nua))?$/;

/** Longer than any of the words above: an answer, never folded. */
const LONGEST = 40;

/** Whether the text says only that its writer does not know (what to write). */
export function saysNotKnown(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > LONGEST) return false;
  return NOT_KNOWN.test(foldVietnamese(trimmed.replace(/[\s.!?…,]+$/u, "")));
}
