/**
 * The engine's moves through a report: save an answer and go on, ask a given question, go back to
 * where a confirmation interrupted. Pure, shared by the text and command handlers.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { Template } from "../templates/template-schema.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { ConversationState } from "./conversation-state.ts";
import { completeText, currentPrompt } from "./engine-prompts.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { renderQuestion } from "./render-question.ts";
import { nextToAsk, unansweredNumbers } from "./report-navigation.ts";
import { vi } from "../sentences/vi.ts";
import { formatAnswer } from "../templates/format-answer.ts";

export const say = (text: string): OutboundMessage => ({ kind: "text", text });

export function saveAndAdvance(template: Template, state: ConversationState, fieldId: string, value: AnswerValue | null, preface: OutboundMessage[] = []): StepResult {
  const answers = { ...state.answers, [fieldId]: value };
  // Shown again by this answer, a question hidden since it was answered is asked again: its old
  // answer may have been given for another case ("0 buổi" then "3 buổi": how many took part in those
  // 3?). It is shown with the question, for "Giữ".
  const stale = reshownAnswers(template, state.answers, answers, fieldId);
  const earlier = setAside(state, answers, stale);
  const hidden = hiddenAnswersNote(template, state.answers, answers, fieldId);
  const result = advance(template, { ...state, answers, ...earlier }, [...preface, ...hidden], fieldId);
  return { ...result, effects: [{ type: "save-answer", fieldId, value }, ...stale.map((id) => ({ type: "remove-answer" as const, fieldId: id }))] };
}

/**
 * Takes the answers of questions shown again (`ids`) out of `answers` (changed in place) and keeps
 * them aside, not lost: a slip undone ("không", then "có") gets them back with "Giữ". Returns the
 * state's `earlier` to spread into it.
 */
export function setAside(state: ConversationState, answers: Answers, ids: readonly string[]): { earlier?: Record<string, AnswerValue> } {
  const earlier = { ...state.earlier };
  for (const id of ids) {
    if (answers[id] !== null && answers[id] !== undefined) earlier[id] = answers[id]!;
    delete answers[id];
  }
  return Object.keys(earlier).length > 0 ? { earlier } : {};
}

/** The fields other questions' showIf look at, per template: only an answer to one of them can show a question again. */
const conditionFields = new WeakMap<Template, Set<string>>();

function watchedFields(template: Template): Set<string> {
  let watched = conditionFields.get(template);
  if (!watched) conditionFields.set(template, (watched = new Set(listFields(template).flatMap(({ field }) => (field.showIf ? [field.showIf.field] : [])))));
  return watched;
}

/** The questions an answer to `fieldId` shows again that still hold an answer from before they were hidden. */
export function reshownAnswers(template: Template, before: Answers, after: Answers, fieldId: string): string[] {
  if (!watchedFields(template).has(fieldId)) return [];
  const shown = new Set(visibleFields(template, before).map(({ field }) => field.id));
  return visibleFields(template, after).flatMap(({ field }) => (!shown.has(field.id) && after[field.id] !== undefined ? [field.id] : []));
}

/**
 * Answered questions an answer to `fieldId` hides ("sửa câu 7 thành 0": how many took part is no
 * longer asked), said with what they held: their answers left the report, and the questions after
 * them moved up a number, in silence.
 */
function hiddenAnswersNote(template: Template, before: Answers, after: Answers, fieldId: string): OutboundMessage[] {
  if (!watchedFields(template).has(fieldId) || before[fieldId] === undefined) return [];
  const visibleAfter = new Set(visibleFields(template, after).map(({ field }) => field.id));
  const shownBefore = visibleFields(template, before);
  const hidden = shownBefore.flatMap(({ field }, i) => {
    const value = before[field.id];
    return !visibleAfter.has(field.id) && value !== undefined && value !== null ? [vi.report.answerHidden(i + 1, field.prompt, formatAnswer(field, value))] : [];
  });
  if (hidden.length === 0) return [];
  // Renumbered only when a question still asked comes after the first one hidden.
  const firstHidden = shownBefore.findIndex(({ field }) => !visibleAfter.has(field.id));
  const renumbered = shownBefore.slice(firstHidden + 1).some(({ field }) => visibleAfter.has(field.id));
  return [say([...hidden, ...(renumbered ? [vi.report.renumbered] : [])].join("\n"))];
}

/** Asks the next unanswered question after `afterFieldId`, or says the report is complete. */
export function advance(template: Template, state: ConversationState, preface: OutboundMessage[], afterFieldId?: string): StepResult {
  const next = nextToAsk(template, state.answers, afterFieldId);
  const { resume: _resume, ...rest } = state;
  if (!next) return { state: { ...rest, phase: "complete", fieldId: undefined }, replies: [...preface, say(completeText(template, state))], effects: [] };
  const asking: ConversationState = { ...rest, phase: "asking", fieldId: next.placed.field.id };
  // Past the last question, back to one left earlier: said, or the jump back looks like a slip.
  // Every one left is named ("Còn câu 3–9, 12"): named one at a time, seven came back one by one.
  const back = next.wrapped && afterFieldId !== undefined ? [say(vi.report.stillUnanswered(unansweredNumbers(template, state.answers)))] : [];
  return { state: asking, replies: [...preface, ...back, renderQuestion(template, state.answers, next.placed.field.id)], effects: [] };
}

export function askField(template: Template, state: ConversationState, fieldId: string, preface: OutboundMessage[] = []): StepResult {
  // Asked again, the question wants a figure again: one held for confirmation is not kept unseen.
  const { resume: _resume, pendingFigure: _held, ...rest } = state;
  return { state: { ...rest, phase: "asking", fieldId }, replies: [...preface, renderQuestion(template, state.answers, fieldId)], effects: [] };
}

export function resumeFrom(template: Template, state: ConversationState, input: ReportInput, note: string): StepResult {
  const resume = state.resume ?? { phase: "complete" };
  if (resume.phase === "asking" && resume.fieldId) return askField(template, state, resume.fieldId, [say(note)]);
  const { resume: _resume, ...rest } = state;
  const restored: ConversationState = { ...rest, phase: resume.phase, fieldId: undefined };
  return { state: restored, replies: [say(note), ...currentPrompt(template, restored, input)], effects: [] };
}
