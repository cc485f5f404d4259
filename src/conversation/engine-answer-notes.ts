/**
 * What an accepted answer is said back with, beside the next question: a correction and what the
 * report now holds, a deputy signing without the authority above, a date far from today.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { say } from "./engine-moves.ts";
import { numberOfField } from "./report-navigation.ts";
import { deputyNote } from "./signer-answers.ts";

/**
 * A correction (the question had an answer) is said back, so the clerk sees what the report now
 * holds; the same answer again is said to be what the question already holds (silence read as a
 * correction lost, "kept" as one ignored).
 */
export function changedNote(template: Template, state: ConversationState, field: Field, value: AnswerValue): OutboundMessage[] {
  const before = state.answers[field.id];
  if (before === undefined) return [];
  const n = numberOfField(template, state.answers, field.id);
  // "sửa câu 20: HIỆU TRƯỞNG" when it already is: "kept" read as the correction ignored.
  if (JSON.stringify(before) === JSON.stringify(value)) return [say(vi.report.correctionSame(n, formatAnswer(field, value)))];
  return [say(vi.report.answerChanged(n, field.prompt, formatAnswer(field, value)))];
}

/** A deputy named as the signer with no authority above (signer-answers.ts). */
export function signerNote(template: Template, state: ConversationState, field: Field, value: AnswerValue): OutboundMessage[] {
  const authority = template.closing.signerAuthority;
  if (field.id !== template.closing.signerPosition || authority === undefined) return [];
  const n = numberOfField(template, state.answers, authority);
  const note = deputyNote(template, field, value, state.answers[authority], n === 0 ? undefined : n);
  return note ? [say(note)] : [];
}

/** A date more than a year from today is kept (a report may look back), but said, with how to correct it. */
export function farDateNote(template: Template, state: ConversationState, field: Field, value: AnswerValue, now: Date): OutboundMessage[] {
  if (field.type !== "date" || typeof value !== "string") return [];
  const days = Math.abs(Date.parse(`${value}T00:00:00Z`) - now.getTime()) / 86_400_000;
  if (!(days > 366)) return [];
  return [say(vi.report.farDate(formatAnswer(field, value), numberOfField(template, state.answers, field.id)))];
}
