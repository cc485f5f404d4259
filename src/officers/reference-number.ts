/**
 * A date or a time typed where the request document's number is asked ("Số, ký hiệu văn bản"): the
 * deadline typed a question early ("trước 17h ngày 28/12/2026"). Stored, it was printed as the
 * document's number in every unit's report ("Thực hiện Công văn số trước 17h ngày 28/12/2026 …").
 * A number and sign has a figure, then "/" or "-", then letters: "125/UBND-VHXH", "77/KH-UBND",
 * "3442/SGDĐT-GDTX-ĐH", "23-NQ/TU" (the seed reports' own); with one, the answer is kept whatever
 * else it says ("số 12/KH-THLC ngày 25/9/2026"). A bare figure ("05") is kept too: some are so.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { isDateNotOffice } from "./office-name.ts";

/** A figure, then "/" or "-", then a letter: a sign. "28/12/2026" has none (only figures follow). */
const NUMBER_SIGN = /\d\s*[/-]\s*\p{L}/u;
/** An hour: "17h", "17h30", "17 giờ", "17:00" (folded). */
const HOUR = /\b\d{1,2}\s*(?:h|gio)(?:\s*\d{2})?\b|\b\d{1,2}:\d{2}\b/;
/** A day and month with a date's words or alone: "ngày 28/12", "28/12", "hạn 28-12" (folded). */
const DAY_MONTH = /^(?:(?:truoc|han|han nop|het|den|ngay|vao)\s+)*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?$/;

/** Whether the answer is a date or a time, with no number and sign in it. `today` as ISO. */
export function isDateNotNumber(text: string, today: string): boolean {
  if (NUMBER_SIGN.test(text)) return false;
  const folded = foldVietnamese(text).replace(/[.,;!]+$/, "");
  return isDateNotOffice(text, today) || HOUR.test(folded) || DAY_MONTH.test(folded);
}
