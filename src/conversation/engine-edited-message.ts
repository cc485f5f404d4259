/**
 * A chat message edited on the platform (Telegram, Zalo Bot): the answer it gave is replaced when
 * it is the report's latest answer, read as a typed answer is; older ones are said too old.
 */
import { isChoiceOption } from "../templates/answer-parsers.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { leavesOut, saysDefault, saysNone } from "../templates/says-none.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { advance, reshownAnswers, say, setAside } from "./engine-moves.ts";
import { isKeepWord } from "./engine-last-year.ts";
import type { AnswerEdit, Effect, StepResult } from "./engine-types.ts";
import { typedCommand } from "./typed-commands.ts";
import { readTypedAnswer } from "./typed-answer.ts";
import { signsDirectly } from "./signer-answers.ts";
import { clerkToday } from "../vietnamese/relative-day.ts";

/**
 * Words that leave a question out, typed or put in an edited message: "ko" where it may be, "ký
 * trực tiếp" at the signer's authority, and "chưa có ạ" at the recipients (optional, with a default
 * in its place): no list prints "- Chưa có ạ." among its recipients, as a paragraph may print it.
 * "mặc định" there says the same. One reading for every path that reads an answer to the question
 * (asked, edited, come late, crossed): the late ones read "chưa có ạ" as the list's text.
 */
export function saysLeftOut(template: Template, field: Field, text: string): boolean {
  const recipients = field.id === template.closing.recipients;
  return leavesOut(field, text) || signsDirectly(template, field, text) || (recipients && ((!field.required && saysNone(text)) || saysDefault(text)));
}

/** An edited chat message: replaces the answer it gave when that is the latest answer. */
export function onEdit(template: Template, state: ConversationState, edit: AnswerEdit, now: Date, timeZone: string): StepResult {
  const visible = visibleFields(template, state.answers);
  const number = visible.findIndex((p) => p.field.id === edit.fieldId) + 1;
  const field = visible[number - 1]?.field;
  // A photo's answer is the photo, not its caption: an edited caption changes nothing.
  if (!field || state.phase === "idle" || field.type === "photo") return { state, replies: [], effects: [] };
  if (!edit.isLatest) return { state, replies: [say(vi.report.editTooOld(number))], effects: [] };
  // Edited to "Giữ": the answer stays, as typed to the question asked again.
  if (isKeepWord(edit.text) && !isChoiceOption(field, edit.text)) return { state, replies: [say(vi.report.answerKept(number))], effects: [] };
  // Edited to "bỏ qua" or "ko" on a question that may be left out: left out, as when typed.
  const typed = typedCommand({ kind: "text", text: edit.text });
  const skips = typed.kind === "command" && typed.command === "skip";
  if (skips && field.required) return { state, replies: [say(`${vi.report.editRejected(number)} ${vi.report.requiredCannotSkip}`)], effects: [] };
  // Read as a typed answer is: the signer's lines checked and given their tone marks.
  const leftOut = skips || saysLeftOut(template, field, edit.text);
  const parsed = leftOut ? { ok: true as const, value: null, notes: [] } : readTypedAnswer(template, field, edit.text, number, clerkToday(now, timeZone), state.answers);
  if (!parsed.ok) return { state, replies: [say(`${vi.report.editRejected(number)} ${parsed.error}`)], effects: [] };
  const answers = { ...state.answers, [field.id]: parsed.value };
  // As with a typed answer (saveAndAdvance): a question this shows again is asked again.
  const reshown = reshownAnswers(template, state.answers, answers, field.id);
  const earlier = setAside(state, answers, reshown);
  const effects: Effect[] = [{ type: "save-answer", fieldId: field.id, value: parsed.value }, ...reshown.map((id) => ({ type: "remove-answer" as const, fieldId: id }))];
  // A submitted report edited is a correction to send again: complete, waiting for /nop, as after
  // "/sua N" (it stayed "submitted", and /nop then said there was nothing new).
  const submitted = state.phase === "submitted";
  const stillAsked = reshown.length === 0 && !submitted && (state.phase !== "asking" || visibleFields(template, answers).some((p) => p.field.id === state.fieldId));
  const applied = [say(vi.report.editApplied(number)), ...parsed.notes.map(say)];
  if (stillAsked) return { state: { ...state, answers, ...earlier }, replies: applied, effects };
  return { ...advance(template, { ...state, answers, ...earlier }, applied, field.id), effects };
}
