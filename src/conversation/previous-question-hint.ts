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

/**
 * "dạ khoảng 20 buổi ạ" at a list: refused, naming the figure question whose words hold its unit
 * ("Số buổi tập huấn…"), the nearest one behind first (corrected by "sửa câu"), else the nearest
 * still to come (the slogans' list is asked before any figure). No unit, or none that a question
 * names: the refusal says "a figure question", unnamed.
 */
function estimateHint(template: Template, answers: Answers, field: Field, estimate: NonNullable<ReturnType<typeof estimateAlone>>): string {
  const visible = visibleFields(template, answers);
  const here = visible.findIndex((p) => p.field.id === field.id);
  const unit = estimate.unit ? new RegExp(`\\b${foldVietnamese(estimate.unit.split(/\s+/)[0]!)}\\b`) : undefined;
  const names = (i: number) => unit !== undefined && isFigureField(visible[i]!.field) && unit.test(foldVietnamese(visible[i]!.field.prompt));
  const behind = [...visible.keys()].slice(0, Math.max(here, 0)).reverse().find(names);
  const ahead = behind === undefined ? [...visible.keys()].slice(here + 1).find(names) : undefined;
  const i = behind ?? ahead;
  if (i === undefined) return vi.parse.estimateForText(estimate.typed);
  return vi.parse.estimateForText(estimate.typed, { n: i + 1, prompt: barePrompt(visible[i]!.field.prompt), answered: behind !== undefined, figure: estimate.figure });
}
