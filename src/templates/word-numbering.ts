/**
 * The numbering a clerk copies with a line from a Word file ("1) Kế hoạch số …", "a) …", "- …",
 * "• …"): no part of a one-line answer. Stored with it, the report printed "xây dựng 1) Kế hoạch".
 */

/**
 * A leading "1)", "1.", "a)", "-", "–", "•", "*" or "+" and the space after it. The space is
 * required, so a number that is the answer's content stays: "12/KH-THLC", "1.250 lượt", "2.10.2026".
 */
const LEADING_ENUMERATOR = /^(?:\d{1,2}[.)]|[a-zđ]\)|[-–•*+])\s+(?=\S)/iu;

/** The line without its leading enumerator; the line as it is when it has none. */
export function withoutWordNumbering(line: string): string {
  return line.replace(LEADING_ENUMERATOR, "");
}
