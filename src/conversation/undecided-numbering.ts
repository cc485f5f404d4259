/**
 * "câu 9 là 290" typed at question 2: the bot numbers the questions that apply now ("Câu 2/21", /xem),
 * and a correction by number reads them so. A question still hidden because an earlier one is not
 * answered yet (a ceremony's date, shown by "Có" to the ceremony) may come before question 9 later
 * and renumber it: a printed report, or the review once every question is answered, calls another
 * question 9. Such a "câu N" is taken as numbered now and said so, naming the question it was taken
 * as; the answer is stored under it. Pure.
 */
import type { Answers } from "../templates/field-visibility.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { type StepResult, storesAnswer } from "./engine-types.ts";
import { fieldByNumber, numberOfField } from "./report-navigation.ts";

/**
 * The number of the first question not yet answered whose answer may show a question before
 * `fieldId` (and so renumber it); undefined when the numbers up to `fieldId` can no longer change.
 */
export function undecidedBefore(template: Template, answers: Answers, fieldId: string): number | undefined {
  const visible = new Set(visibleFields(template, answers).map((p) => p.field.id));
  let decider: number | undefined;
  for (const { field } of listFields(template)) {
    if (field.id === fieldId) break;
    const condition = field.showIf;
    if (visible.has(field.id) || !condition || answers[condition.field] !== undefined || !visible.has(condition.field)) continue;
    const number = numberOfField(template, answers, condition.field);
    decider = decider === undefined ? number : Math.min(decider, number);
  }
  return decider;
}

/**
 * `numbers`: the questions a correction named by number, as typed (`before`: the state it was read
 * in). Those stored whose number may still change are named in one note after the correction's first line.
 */
export function withNumberingNote(template: Template, before: ConversationState, numbers: readonly number[], result: StepResult): StepResult {
  const named = numbers.flatMap((n) => {
    const field = fieldByNumber(template, before.answers, n)?.field;
    const decider = field && storesAnswer(result, field.id) ? undecidedBefore(template, before.answers, field.id) : undefined;
    return field && decider !== undefined ? [{ n, prompt: field.prompt, decider }] : [];
  });
  const notes = named.length === 0 ? [] : [vi.typed.numberedNow(named, Math.min(...named.map((q) => q.decider)))];
  const [first, ...rest] = result.replies;
  if (notes.length === 0 || first?.kind !== "text") return result;
  return { ...result, replies: [{ ...first, text: [first.text, ...notes].join("\n") }, ...rest] };
}
