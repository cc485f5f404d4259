/**
 * Words that make a figure an estimate ("khoảng 90%", "tầm 290 lượt", "ước tính 12"): a report
 * prints the exact figure, so such an answer is refused (parse-figure.ts), and the word is named as
 * why. Refused as "type the figure alone" or "type a percent", the clerk could not tell what was
 * wrong with "khoảng 90% ạ" and typed it again.
 */

/**
 * Compared with their tone marks, lower case; typed without them only where that is no other word
 * ("tam" is also "tạm"; "chung", which is "chừng" typed without its marks, is also the word
 * "chung"). "hơn", "trên", "gần" are bounds, not estimates: they keep their own reply.
 */
const ESTIMATE = /(?:^|[\s,(])(khoảng chừng|khoảng|tầm|chừng|ước tính|ước chừng|ước|dự kiến|khoang|uoc tinh|du kien)(?=[\s,:]|$)/u;

/** The estimate word in a figure's answer, as to name it ("khoảng"); undefined for none. */
export function estimateWord(text: string): string | undefined {
  return ESTIMATE.exec(text.normalize("NFC").toLowerCase())?.[1];
}
