/**
 * Whether a group's message where no answer is expected (every question answered, or the report
 * submitted) speaks of a correction: "em nhầm số bạn đọc, phải là 1.520", "số sách bị sai ạ", "sửa
 * lại câu 2", "câu 10 …", or a correction asked for (wantsToCorrect). Such a message reaches the
 * engine, which says how to correct (named-slip.ts); the rest of the group's talk there passes in
 * silence (report-message.ts). Read with the marks (not "nhắm", "Nhâm", "Sài Gòn", "cầu 3"); a text
 * typed without any mark ("em nham so ban doc", a phone without Vietnamese keys) is read folded.
 */
import { typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import { wantsToCorrect } from "./other-campaign-correction.ts";

/** Longer than this it is a message of its own, not a word about a slip. */
const MAX_LENGTH = 160;

/** A question named, a slip, and a figure, "số" or "câu" with the slip ("đừng sai hẹn nhé" is talk). */
const MARKED = { names: /sửa lại câu|câu\s*\d/u, slip: /nhầm|(?:^|[\s,.])sai(?=[\s,.!?]|$)/u, what: /\d|(?:^|\s)(?:số|câu)(?=\s|$)/u };
const UNMARKED = { names: /sua lai cau|(?:^|\s)cau\s*\d/, slip: /(?:^|[\s,.])(?:nham|sai)(?=[\s,.!?]|$)/, what: /\d|(?:^|\s)(?:so|cau)(?=\s|$)/ };

export function speaksOfCorrection(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  const typed = text.normalize("NFC").toLowerCase();
  const words = typedWithoutMarks(typed) ? UNMARKED : MARKED;
  return words.names.test(typed) || (words.slip.test(typed) && words.what.test(typed)) || wantsToCorrect(typed);
}
