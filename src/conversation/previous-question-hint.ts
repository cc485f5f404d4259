/**
 * "290" or "02/10/2026" alone where a paragraph or a list is asked: refused, with how to give it to
 * the earlier question it was meant for. That question is named here (the parser knows only the
 * question asked): the nearest one before it that takes the figure or the date as its answer.
 * Before, the hint said "sửa câu <số của câu đó>", and the clerk had to find the number. Pure.
 */
import { parseAnswer } from "../templates/answer-parsers.ts";
import { figureOrDateAlone } from "../templates/answer-shapes.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { isFigureField } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";

/** The refusal naming the earlier question, or undefined when the text is no figure or date alone, or no earlier question takes it. */
export function previousQuestionHint(template: Template, answers: Answers, field: Field, text: string, today: string): string | undefined {
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
