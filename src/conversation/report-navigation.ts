/**
 * Moving through a template's questions: the next unanswered one, the previous one, question N.
 * Pure helpers for the engine; "answered" includes a deliberate skip (null).
 */
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import type { PlacedField } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { parseAnswer } from "../templates/answer-parsers.ts";
import type { ConversationState } from "./conversation-state.ts";
import { bareLabel } from "./typed-edit.ts";

/** The first unanswered visible question after `afterFieldId` (wrapping to the start), if any. */
export function nextUnanswered(template: Template, answers: Answers, afterFieldId?: string): PlacedField | undefined {
  return nextToAsk(template, answers, afterFieldId)?.placed;
}

/** The same, with its number and whether it comes before `afterFieldId` (the report's end was passed: an earlier one was left). */
export function nextToAsk(template: Template, answers: Answers, afterFieldId?: string): { placed: PlacedField; number: number; wrapped: boolean } | undefined {
  const visible = visibleFields(template, answers);
  const start = afterFieldId === undefined ? 0 : visible.findIndex((p) => p.field.id === afterFieldId) + 1;
  for (let i = 0; i < visible.length; i++) {
    const index = (start + i) % visible.length;
    const placed = visible[index]!;
    if (answers[placed.field.id] === undefined) return { placed, number: index + 1, wrapped: index < start };
  }
  return undefined;
}

/** The numbers of the visible questions without an answer, in order. */
export function unansweredNumbers(template: Template, answers: Answers): number[] {
  return visibleFields(template, answers).flatMap((p, i) => (answers[p.field.id] === undefined ? [i + 1] : []));
}

/** The visible question just before `fieldId`, or the last one when `fieldId` is not given. */
export function previousField(template: Template, answers: Answers, fieldId?: string): PlacedField | undefined {
  const visible = visibleFields(template, answers);
  if (fieldId === undefined) return visible.at(-1);
  const position = visible.findIndex((p) => p.field.id === fieldId);
  return position > 0 ? visible[position - 1] : undefined;
}

/** Question number `n` as the user sees it ("Câu n/…"), counting visible questions from 1. */
export function fieldByNumber(template: Template, answers: Answers, n: number): PlacedField | undefined {
  return visibleFields(template, answers)[n - 1];
}

/** The number the user sees for the question `fieldId` (its place among the visible ones, from 1); 0 when hidden. */
export function numberOfField(template: Template, answers: Answers, fieldId: string): number {
  return visibleFields(template, answers).findIndex((p) => p.field.id === fieldId) + 1;
}

/** The visible questions that are required and still unanswered, with their numbers. */
export function missingRequired(template: Template, answers: Answers): { number: number; field: PlacedField }[] {
  return visibleFields(template, answers)
    .map((field, i) => ({ number: i + 1, field }))
    .filter(({ field }) => field.field.required && (answers[field.field.id] === undefined || answers[field.field.id] === null));
}

/** Only the answers to questions that apply: what a submission snapshot and the document contain. */
export function visibleAnswers(template: Template, answers: Answers): Answers {
  const kept: Answers = {};
  for (const { field } of visibleFields(template, answers)) {
    const value = answers[field.id];
    if (value !== undefined) kept[field.id] = value;
  }
  return kept;
}

/**
 * "câu 10: 450" whose answer reads as question 10's, a figure, a date or a choice: a label meant for
 * the report. "Câu 1: Thủ đô của Việt Nam là gì?" and "Câu 3: đáp án B nhé các em" (a quiz in a
 * school's group) are not; nor is any label of a text question, which takes such a line as it is.
 */
export function labelledAnswer(template: Template, state: Pick<ConversationState, "answers">, text: string): { number: number; answer: string } | undefined {
  const label = bareLabel(text);
  const field = label && fieldByNumber(template, state.answers, label.number)?.field;
  if (!field || field.type === "short-text" || field.type === "paragraph" || field.type === "bullet-list" || field.type === "table" || field.type === "photo") return undefined;
  return parseAnswer(field, label.answer).ok ? label : undefined;
}
