/**
 * Some questions of a report, numbered as the clerk sees them now ("Câu n/…": the visible questions
 * counted from 1). /nop of a new version lists the questions changed since the version submitted
 * and /huy names the ones it would throw back: both number them here, so the two replies agree.
 */
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import type { Field, Template } from "../templates/template-schema.ts";

/**
 * The visible questions whose id is among `ids`, in asking order, with their numbers. A question
 * the answers hide now has no number and is left out: each caller says those its own way.
 */
export function numberedQuestions(template: Template, answers: Answers, ids: readonly string[]): { number: number; field: Field }[] {
  return visibleFields(template, answers).flatMap(({ field }, i) => (ids.includes(field.id) ? [{ number: i + 1, field }] : []));
}
