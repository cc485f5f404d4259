/**
 * "200 người" at "Số buổi tập huấn…": a count of people where sessions are asked, stored as 200
 * sessions in silence (and "350 cuốn" there through a correction too). Refused, naming the visible
 * figure question that counts what was typed when the report has one, and asked again. A unit of
 * the asked kind ("5 buổi") or none ("5") is no concern here. Pure; read after the figure's parser
 * (typed-answer.ts).
 */
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { questionUnit, typedUnit } from "../templates/figure-units.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";

/**
 * Why the figure in `text` (read as `value`) is not this question's, or nothing when its unit fits
 * or is unknown. The questions are numbered as they would be with `value` stored (as figure-doubts
 * does): "200 người" at the sessions names the participants, which only sessions above 0 show.
 */
export function figureForOtherUnit(template: Template, field: Field, text: string, value: number, answers: Answers): string | undefined {
  // The typed unit first: a bare figure (most answers) has none, and the question's words are not read.
  const typed = typedUnit(text);
  const asked = typed && questionUnit(field);
  if (!typed || !asked || typed.unit.kind === asked.kind) return undefined;
  const visible = visibleFields(template, { ...answers, [field.id]: value }).map((p, i) => ({ field: p.field, number: i + 1, unit: questionUnit(p.field) }));
  const counting = visible.filter((q) => q.field.id !== field.id && q.unit?.kind === typed.unit.kind);
  // The question counting the very word typed ("lượt") before one of its kind ("người" at "lượt").
  const other = counting.find((q) => q.unit!.folded === typed.unit.folded) ?? counting[0];
  return other
    ? vi.parse.unitOfOtherQuestion(asked.shown, typed.typed, other.number, barePrompt(other.field.prompt))
    : vi.parse.unitOfNoQuestion(asked.shown, typed.typed);
}
