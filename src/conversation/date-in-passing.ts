/**
 * "Có, khai mạc ngày 3/10/2026" to "Lễ khai mạc?": the yes shows the next question, the date,
 * which the same message already answers. Asked anyway, the clerk typed the date twice, or
 * thought it lost. A date in a yes answers the date question that yes brings, if it reads as one.
 */
import { fieldById } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import type { ConversationState } from "./conversation-state.ts";
import type { StepResult } from "./engine-types.ts";

/** A date typed inside a sentence: "3/10/2026", "03-10-26", "3 tháng 10 năm 2026". */
const DATE_IN_TEXT = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4}/iu;

/**
 * `answered`: the step the yes gave. When it asks a date question next and `text` holds a date,
 * that date answers it (`answerNext`); refused, the question is asked with why (as when typed).
 */
export function withDateInPassing(template: Template, answered: StepResult, text: string, answerNext: (state: ConversationState, field: Field, date: string) => StepResult): StepResult {
  const next = answered.state.phase === "asking" && answered.state.fieldId ? fieldById(template, answered.state.fieldId) : undefined;
  const date = next?.type === "date" ? DATE_IN_TEXT.exec(text)?.[0] : undefined;
  if (!next || date === undefined) return answered;
  const dated = answerNext(answered.state, next, date);
  // The question the yes asked is answered already, or asked again after why: said once.
  return { state: dated.state, replies: [...answered.replies.slice(0, -1), ...dated.replies], effects: [...answered.effects, ...dated.effects] };
}
