/**
 * Words that make a figure an estimate ("khoảng 90%", "tầm 290 lượt", "ước tính 12"): a report
 * prints the exact figure, so such an answer is refused (parse-figure.ts), and the word is named as
 * why. Refused as "type the figure alone" or "type a percent", the clerk could not tell what was
 * wrong with "khoảng 90% ạ" and typed it again.
 */
import { withoutClosing } from "./answer-shapes.ts";

/**
 * Compared with their tone marks, lower case; typed without them only where that is no other word
 * ("tam" is also "tạm"; "chung", which is "chừng" typed without its marks, is also the word
 * "chung"). "hơn", "trên", "gần" are bounds, not estimates: they keep their own reply.
 */
const WORDS = "khoảng chừng|khoảng|tầm|chừng|ước tính|ước chừng|ước|dự kiến|khoang|uoc tinh|du kien";
const ESTIMATE = new RegExp(`(?:^|[\\s,(])(${WORDS})(?=[\\s,:]|$)`, "u");

/** The estimate word in a figure's answer, as to name it ("khoảng"); undefined for none. */
export function estimateWord(text: string): string | undefined {
  return ESTIMATE.exec(text.normalize("NFC").toLowerCase())?.[1];
}

/**
 * "dạ khoảng 20 buổi ạ", "tầm 300 lượt": an estimate word, a figure and at most two words of its
 * unit, nothing else, where a list or a paragraph is asked. No activity or text of a report: a
 * figure meant for a figure question (stored, it was printed as the list's item "- khoảng 20
 * buổi."). "Tổ chức khoảng 20 buổi sinh hoạt" says what was done and stays a text. The opening
 * "dạ" and the closing "ạ" are read as answer-shapes.ts reads them (withoutClosing).
 */
const ESTIMATE_ALONE = new RegExp(`^(?:[-+•*]\\s*)?(?:dạ[\\s,]+)?((?:${WORDS})\\s+(\\d[\\d.,]*%?)(?:\\s+(\\p{L}+(?:\\s+\\p{L}+)?))?)$`, "u");

/** Longer than "dạ khoảng chừng 1.250 lượt học sinh ạ": a sentence, not read. */
const ESTIMATE_ALONE_MAX = 60;

/** The estimate as typed without "dạ"/"ạ" ("khoảng 20 buổi"), its figure ("20") and its unit ("buổi"), or undefined. */
export function estimateAlone(text: string): { typed: string; figure: string; unit?: string } | undefined {
  if (text.length > ESTIMATE_ALONE_MAX) return undefined;
  const match = ESTIMATE_ALONE.exec(withoutClosing(text.normalize("NFC").toLowerCase().trim()));
  if (!match) return undefined;
  return { typed: match[1]!, figure: match[2]!, ...(match[3] ? { unit: match[3] } : {}) };
}
