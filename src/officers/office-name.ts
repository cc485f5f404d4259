/**
 * A date typed where an office's name is asked (the recipient after "Kính gửi", the office that
 * issued the request): the deadline typed a question early, or the whole campaign in one line
 * ("UBND phường Nam Triệu, hạn 15/12/2026"). Stored, it was printed after "Kính gửi:" in every
 * unit's document. A day and month alone inside a name are kept: schools are named after dates
 * ("Trường THCS 19/5").
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { readDeadlineText } from "./typed-deadline.ts";

/** A full date inside a longer text: 15/12/2026, 15-12-2026, "15 tháng 12 năm 2026" (folded). */
const FULL_DATE = /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\b\d{1,2}\s+thang\s+\d{1,2}\s*,?\s+nam\s+\d{4}\b/;

/**
 * A deadline's words before a date without its year, inside a longer text: "…, hạn 15/12", "hạn
 * nộp 15/12", "trước ngày 15/12" (folded). No name of an office says so; "Trường THCS 19/5" does not.
 */
const DEADLINE_DATE = /\b(?:han(?: nop)?|truoc(?: ngay)?|het ngay)\s*:?\s*\d{1,2}\s*[/.-]\s*\d{1,2}\b/;

/** Whether the answer is a date (with a deadline's words, "hạn 15/12"), holds a full one, or a deadline's. */
export function isDateNotOffice(text: string, today: string): boolean {
  const folded = foldVietnamese(text);
  return readDeadlineText(text, today) !== undefined || FULL_DATE.test(folded) || DEADLINE_DATE.test(folded);
}
