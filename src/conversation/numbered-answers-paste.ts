/**
 * Answers pasted from a Word file, each line numbered by its question: "2. Treo băng rôn…",
 * "3. 1, 2", "5. Có" sent at question 2 were stored as question 2's text, and question 3 asked as
 * if nothing else had been said. Such a message is several answers, refused as "Câu 1: … Câu 2: …"
 * is (one question at a time). A list numbered from 1 at a later question is its own items: the
 * numbers must start at the asked question's. Pure; read before the answer's parser (typed-answer.ts).
 */
import { parseAnswer } from "../templates/answer-parsers.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { isFreeFormField } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";

/** "2. …", "3) …": a number of one or two digits, then "." or ")", then the line's text. */
const NUMBERED_LINE = /^\s*(\d{1,2})\s*[.)]\s*(\S.*)$/u;
/** Lines numbered in a row from the asked question, this many or more, are answers even when none can be checked. */
const LINES_IN_A_ROW = 3;

/**
 * The numbers of the lines when every line of `text` is numbered, in rising order, from the asked
 * question's number (or a later one), and the lines read as answers to those questions: three or
 * more in a row from the asked number, or one later line whose answer fits its question (a figure,
 * a date, a choice: a text fits any line, so says nothing).
 */
export function numberedAnswersPasted(template: Template, field: Field, text: string, answers: Answers): number[] | undefined {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length < 2) return undefined;
  const read = lines.map((line) => NUMBERED_LINE.exec(line));
  if (read.some((match) => match === null)) return undefined;
  const numbers = read.map((match) => Number(match![1]));
  const visible = visibleFields(template, answers);
  const asked = visible.findIndex((p) => p.field.id === field.id) + 1;
  const first = numbers[0]!;
  if (asked === 0 || first < asked || numbers.at(-1)! > visible.length) return undefined;
  if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) return undefined;
  // A list asked first and numbered from 1 is its items, whatever they look like.
  if (first === 1 && field.type === "bullet-list") return undefined;
  const inARow = first > 1 && lines.length >= LINES_IN_A_ROW && numbers.every((n, i) => n === first + i);
  const fits = numbers.some((n, i) => {
    const later = visible[n - 1]!.field;
    return i > 0 && !isFreeFormField(later) && parseAnswer(later, read[i]![2]!, undefined, n).ok;
  });
  return inARow || fits ? numbers : undefined;
}
