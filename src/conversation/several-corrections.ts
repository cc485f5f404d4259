/**
 * "câu 9 là 290, câu 10 là 1.520": several corrections in one message, each "câu N là X" (or
 * "thành X", "sửa câu N là X"), parted by ",", ";", a new line or "và". Read as one answer, the
 * question asked refused it ("gõ riêng số đó") and the clerk did not know the bot reads one per
 * message. The whole message must be such corrections, the first at its start. One alone
 * ("câu 10 là 1.520") is read where it names a question of a figure, a date or a choice
 * (typed-edit.ts): "Câu 1 là câu hỏi khó" stays an answer.
 */
import { foldLetters } from "./typed-edit.ts";

/** Longer than this it is a report's paragraph, not a few corrections. */
const MAX_LENGTH = 400;

/** One correction's opening, folded letter by letter; its answer runs to the next one's opening. */
const OPENING = /(?:^|\s*[,;\n]|\s+va\b)\s*(?:sua\s+(?:lai\s+)?)?cau\s+(?:so\s+)?(\d{1,3})\s+(?:sua\s+(?:lai\s+)?)?(?:la|thanh)\s*:?\s+/g;
/** A closing mark or courtesy word ("ạ", "nhé") after the last answer. */
const CLOSING = /(?:[\s.!]|\s(?:a|nhe|nha|nhe a))+$/;

export interface Correction {
  number: number;
  answer: string;
}

/** The corrections, in order, when the text is two or more of them and nothing else. */
export function severalCorrections(typed: string): Correction[] | undefined {
  const corrections = correctionsInWords(typed);
  return corrections && corrections.length >= 2 ? corrections : undefined;
}

/**
 * "câu 10 là 1.520" alone: one correction in the same words. Whether it is one depends on the
 * question it names (a text question's "Câu 1 là câu hỏi khó" is an answer): the caller decides.
 */
export function oneCorrection(typed: string): Correction | undefined {
  const corrections = correctionsInWords(typed);
  return corrections?.length === 1 ? corrections[0] : undefined;
}

/**
 * The corrections, in order, when the whole text is one or more of them. The engine reads an edit's
 * argument so: typed-edit.ts passes one alone on as typed only where it is a correction.
 */
export function correctionsInWords(typed: string): Correction[] | undefined {
  const text = typed.normalize("NFC").trim();
  // Most messages are answers: only one that opens with "câu" or "sửa" is folded whole (issue #12).
  if (text.length > MAX_LENGTH || !/^(?:cau|sua)\s/.test(foldLetters(text.slice(0, 4))) || !/\d/.test(text)) return undefined;
  const folded = foldLetters(text);
  const openings = [...folded.matchAll(OPENING)];
  if (openings.length === 0 || openings[0]!.index !== 0) return undefined;
  const corrections = openings.map((opening, i) => {
    const start = opening.index + opening[0].length;
    const end = openings[i + 1]?.index ?? text.length;
    const closing = CLOSING.exec(folded.slice(start, end));
    return { number: Number(opening[1]), answer: text.slice(start, closing ? start + closing.index : end).trim() };
  });
  // Each named once, each with its answer: "câu 9 là, câu 10 là 5" is no pair of corrections.
  const numbers = new Set(corrections.map((c) => c.number));
  return numbers.size === corrections.length && corrections.every((c) => c.answer !== "") ? corrections : undefined;
}
