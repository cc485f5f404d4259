/**
 * "câu 9 là 290, câu 10 là 1.520" (several-corrections.ts): each answer given to its question as
 * "sửa câu N: …" gives it, one after the other, and all kept only when each is stored. One refused
 * (or a figure held for a second look) keeps none: said which and why, for the message to be typed
 * again; half a message applied would leave the clerk unsure which half. Pure.
 */
import { sameValue } from "../canonical-json.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { fieldById, isFreeFormField } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { say } from "./engine-moves.ts";
import { currentPrompt } from "./engine-prompts.ts";
import { type Effect, type ReportInput, type StepResult, storesAnswer } from "./engine-types.ts";
import { fieldByNumber, numberOfField } from "./report-navigation.ts";
import type { Correction } from "./several-corrections.ts";

/**
 * Whether the corrections name only questions of a figure, a date or a choice. One that names a
 * text question is read as before, as the answer to the question asked: a quiz described in a
 * paragraph ("câu 1 là câu hỏi khó, câu 2 là …") must not overwrite questions 1 and 2.
 */
function namesNoTextQuestion(template: Template, state: ConversationState, corrections: Correction[]): boolean {
  return corrections.every((c) => {
    const named = fieldByNumber(template, state.answers, c.number)?.field;
    return named === undefined || !isFreeFormField(named);
  });
}

/** Whether "câu N là X" may correct `field`: a question of a figure, a date or a choice (one alone too: typed-edit.ts). */
export const correctableInWords = (field: Field): boolean => !isFreeFormField(field);

/**
 * `correct`: "sửa câu N: answer" applied to a state, as typed alone; `answerText`: the message as a
 * plain text where an answer is asked (elsewhere it is the group's own, and changes nothing).
 */
export function onSeveralCorrections(
  template: Template,
  state: ConversationState,
  input: ReportInput,
  corrections: Correction[],
  correct: (state: ConversationState, correction: Correction) => StepResult,
  answerText: (state: ConversationState, text: string, input: ReportInput) => StepResult,
): StepResult {
  if (!namesNoTextQuestion(template, state, corrections)) {
    const text = input.message.kind === "command" ? input.message.argument : "";
    return state.phase === "asking" ? answerText(state, text, input) : { state, replies: [], effects: [] };
  }
  const unchanged = (text: string): StepResult => ({ state, replies: [say(text), ...currentPrompt(template, state, input)], effects: [] });
  let current = state;
  const effects: Effect[] = [];
  const fieldIds: string[] = [];
  for (const correction of corrections) {
    const named = fieldByNumber(template, state.answers, correction.number)?.field;
    if (!named) return unchanged(vi.report.severalNoQuestion(correction.number, corrections.length));
    // Numbered as the clerk saw them: a first correction that shows or hides a question renumbers the rest.
    const number = numberOfField(template, current.answers, named.id);
    const result = number === 0 ? undefined : correct(current, { ...correction, number });
    if (!result || !storesAnswer(result, named.id)) {
      // Why, without the question asked again after it (the chat stays at the question it was at);
      // a figure held for a second look is confirmed alone, where "Có" has one figure to confirm.
      const held = result?.state.pendingFigure;
      // One alone held for a second look: confirmed as "sửa câu N: X" typed alone would be.
      if (held && result && corrections.length === 1) return result;
      const why = held ? [...held.doubts, vi.report.severalConfirmAlone(correction.number, correction.answer)] : (result?.replies ?? []).flatMap((reply) => (reply.kind === "text" && !reply.questionId ? [reply.text] : []));
      return unchanged(vi.report.severalNotSaved(correction.number, barePrompt(named.prompt), why.join("\n"), corrections.length));
    }
    effects.push(...result.effects);
    fieldIds.push(named.id);
    current = result.state;
  }
  const lines = fieldIds.map((id, i) => {
    const field = fieldById(template, id)!;
    // The number as typed, as the clerk saw the questions: "câu 7 là 4, câu 9 là 12" said "Đã sửa câu
    // 10" for the second when the first showed a question before it.
    const n = corrections[i]!.number;
    const value = current.answers[id];
    // The answer it had already: said so, not "Đã sửa" (the retest's "câu 9 là 290" where it was 290).
    if (state.answers[id] !== undefined && sameValue(state.answers[id], value)) return vi.report.labelSameAnswer(n);
    if (value === null) return vi.report.skippedElsewhere(n);
    const shown = formatAnswer(field, value!);
    return state.answers[id] === undefined ? vi.report.answerSavedElsewhere(n, field.prompt, shown) : vi.report.answerChanged(n, field.prompt, shown);
  });
  return { state: current, replies: [say(lines.join("\n")), ...currentPrompt(template, current, input)], effects };
}
