/**
 * "290" or "02/10/2026" alone where a paragraph or a list is asked: refused, with how to give it to
 * the earlier question it was meant for. That question is named here (the parser knows only the
 * question asked): the nearest one before it that takes the figure or the date as its answer.
 * Before, the hint said "sửa câu <số của câu đó>", and the clerk had to find the number. Pure.
 */
import { parseAnswer } from "../templates/answer-parsers.ts";
import { figureOrDateAlone } from "../templates/answer-shapes.ts";
import { estimateAlone } from "../templates/estimate-words.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { isFigureField } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** The refusal naming the earlier question, or undefined when the text is no figure or date alone, or no earlier question takes it. */
export function previousQuestionHint(template: Template, answers: Answers, field: Field, text: string, today: string): string | undefined {
  const estimate = field.type === "paragraph" || field.type === "bullet-list" ? estimateAlone(text) : undefined;
  if (estimate) return estimateHint(template, answers, field, estimate);
  const alone = figureOrDateAlone(field, text);
  if (!alone) return undefined;
  const visible = visibleFields(template, answers);
  for (let i = visible.findIndex((p) => p.field.id === field.id) - 1; i >= 0; i--) {
    const earlier = visible[i]!.field;
    if (!(alone === "figure" ? isFigureField(earlier) : earlier.type === "date") || !parseAnswer(earlier, text, today).ok) continue;
    const question = { n: i + 1, prompt: barePrompt(earlier.prompt) };
    return alone === "figure" ? vi.parse.figureForText(text, question) : vi.parse.dateForText(text, question);
  }
  return undefined;
}

/** More candidates than this make a list longer than the refusal is worth: a figure question, unnamed. */
const MOST_NAMED = 3;

/**
 * "dạ khoảng 20 buổi ạ" at a list: refused, naming the figure question it is meant for, behind
 * (corrected by "sửa câu") or still to come (the slogans' list is asked before any figure). That
 * question is the one that counts in the unit (countedUnit); else, with none, the one whose words
 * hold it. Only one may be named: "buổi" is also in "lượt … tham gia các buổi tập huấn" (counting
 * "lượt"), and naming the nearest such question told the clerk to overwrite its good figure. The
 * unit's further words narrow the choice ("lượt đọc": the readers, not the trainees). Two or three
 * left ("tầm 300 lượt": the trainees and the readers) are all named, for the clerk to choose: the
 * refusal said "a figure question" and the clerk had to find which. None, or more than three, and
 * it says "a figure question", unnamed.
 */
function estimateHint(template: Template, answers: Answers, field: Field, estimate: NonNullable<ReturnType<typeof estimateAlone>>): string {
  const visible = visibleFields(template, answers);
  const here = visible.findIndex((p) => p.field.id === field.id);
  const [unit, ...more] = estimate.unit ? foldVietnamese(estimate.unit).split(/\s+/) : [];
  if (unit === undefined) return vi.parse.estimateForText(estimate.typed);
  const figures = [...visible.keys()].filter((i) => i !== here && isFigureField(visible[i]!.field));
  const holds = (i: number, word: string) => new RegExp(`\\b${word}\\b`).test(foldVietnamese(visible[i]!.field.prompt));
  const counting = figures.filter((i) => countedUnit(visible[i]!.field) === unit);
  const candidates = (counting.length > 0 ? counting : figures.filter((i) => holds(i, unit))).filter((i, _, all) => all.length === 1 || more.every((word) => holds(i, word)));
  const question = (i: number) => ({ n: i + 1, prompt: barePrompt(visible[i]!.field.prompt), answered: i < here });
  if (candidates.length >= 2 && candidates.length <= MOST_NAMED) return vi.parse.estimateForOneOf(estimate.typed, candidates.map(question), estimate.figure);
  if (candidates.length !== 1) return vi.parse.estimateForText(estimate.typed);
  const i = candidates[0]!;
  return vi.parse.estimateForText(estimate.typed, { n: i + 1, prompt: barePrompt(visible[i]!.field.prompt), answered: i < here, figure: estimate.figure });
}

/**
 * What a figure question counts, folded: the word its document prints after the figure ("{value}
 * buổi"), else the one its prompt counts ("Số buổi …", "bao nhiêu lượt …"); undefined for neither.
 */
function countedUnit(field: Field): string | undefined {
  const printed = field.documentText && /\{value\}\s+(\p{L}+)/u.exec(field.documentText)?.[1];
  if (printed) return foldVietnamese(printed);
  return /\b(?:so|bao nhieu)\s+(\p{L}+)/u.exec(foldVietnamese(field.prompt))?.[1];
}
