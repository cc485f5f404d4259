/**
 * /tonghop sua with no unit's report in: the questions the units' figures fill are passed over (as
 * skipped, for one step only), not asked next. It asked question 1, one of them, where /boqua is
 * refused as required, and an answer there became a hand edit that the units' figures no longer
 * replaced. So at the start, after an answer, at a resume ("/tonghop sua 1" after a pause went back
 * from question 8 to question 1, the first unanswered) and at /boqua: the steps that move on to a
 * question. /xem still shows them unanswered, and "/sua N" still reaches one.
 */
import type { ConversationState } from "../conversation/conversation-state.ts";
import type { UserInput } from "../conversation/user-input.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";

/** The unit-sourced questions without an answer to pass over in this step; none once a unit is in. */
export function passedOver(template: Template, answers: Answers, included: number, { phase, fieldId }: ConversationState, input: UserInput): string[] {
  const asked = phase === "asking" ? fieldId : undefined;
  const movesOn = input.kind === "text" || (input.kind === "command" && (input.command === "report" || input.command === "skip"));
  if (included > 0 || (phase !== "idle" && !movesOn)) return [];
  // The question asked stays unanswered (reached by /quaylai or /sua N): passed, it read "Câu trả lời hiện tại: (bỏ qua)".
  return listFields(template).flatMap((p) => (p.field.from && !(p.field.id in answers) && p.field.id !== asked ? [p.field.id] : []));
}

/** The state as stored: the questions passed over for a step left unanswered again (refresh fills them once units submit). */
export function withoutPassed(state: ConversationState, passed: readonly string[]): ConversationState {
  if (passed.length === 0) return state;
  return { ...state, answers: Object.fromEntries(Object.entries(state.answers).filter(([id, value]) => !(passed.includes(id) && value === null))) };
}
