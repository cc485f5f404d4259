/**
 * "chết, câu 14 bị nhầm, sửa câu 14: …", "ôi em nhầm rồi, câu 9 sửa lại là 250": a correction
 * typed after a few words about the slip. Read as an answer, it was stored under the question being
 * asked (question 18 got "chết, câu 14 bị nhầm, …"). Only an explicit "sửa câu N" (with ":", "là",
 * "thành", or a figure or "bỏ qua" after it) or "câu N sửa lại là", and only after words that speak
 * of a slip ("nhầm", "sai", "chết", "ôi", "quên", "rồi") or name question N: "Tuyên truyền qua loa.
 * Sửa câu 2: 5" is an answer.
 */

/**
 * "sua cau 18 bo qua", "sửa câu 9 290": after "sửa câu N" a figure, a date or "bỏ qua" needs no ":"
 * (typed so, without marks, it was stored as the answer asked). A text does: "sửa câu 3 ạ" asks question 3.
 */
export const BARE_ANSWER = String.raw`\s+(?=\d|bo\s+qua\b)`;
/** How much of a message is looked at: a few words of talk and the correction's opening. */
export const TALK_HEAD = 140;
/** A few words, not a sentence of the report: at most this many characters before the correction. */
const TALK_MAX = 60;

/** The correction itself (folded letter by letter), after a word's end. */
const EXPLICIT = new RegExp(
  String.raw`(?:^|[\s,.;!?…:]|\s[-–—])\s*(?:(?:em|minh|toi|chi|anh)\s+)?(?:xin\s+)?(?:sua\s+(?:lai\s+)?cau\s+(?:so\s+)?(\d{1,3})(?:\s*:(?!\d)\s*|\s+(?:la|thanh)\s*:?\s*|${BARE_ANSWER})|cau\s+(?:so\s+)?(\d{1,3})\s+sua(?:\s+lai)?(?:\s*:\s*|\s+(?:la|thanh)\s*:?\s*))`,
  "g",
);
/** Words (folded) that speak of a slip, not of a report's content. */
const SLIP_WORDS = /(?:^|[\s,.!?])(?:nham|sai|chet|oi|thoi|xin loi|quen|roi)(?=[\s,.!?]|$)/;

/** `folded`: the message's opening folded letter by letter (positions are the typed text's). */
export function correctionAfterTalk(folded: string): { number: number; end: number } | undefined {
  for (const match of folded.matchAll(EXPLICIT)) {
    const talk = folded.slice(0, match.index);
    if (talk.trim() === "" || talk.length > TALK_MAX || talk.includes("\n")) continue;
    const number = Number(match[1] ?? match[2]);
    const namesIt = new RegExp(String.raw`(?:^|\s)cau\s+(?:so\s+)?${number}(?!\d)`).test(talk);
    if (SLIP_WORDS.test(talk) || namesIt) return { number, end: match.index + match[0].length };
  }
  return undefined;
}
