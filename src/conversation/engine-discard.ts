/**
 * /huy on a report already submitted: nothing is deleted (the submitted versions stay), but the
 * corrections made since the last submission can be thrown away, after a confirmation, and the
 * answers go back to what was submitted. A returned report stays returned: the officer asked for
 * corrections, so it is still to be submitted again. Pure, as the engine is.
 */
import { sameValue } from "../canonical-json.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { say } from "./engine-moves.ts";
import { confirm, currentPrompt, resumePoint } from "./engine-prompts.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { numberedQuestions } from "./numbered-questions.ts";
import { visibleAnswers } from "./report-navigation.ts";

/** The ids of the questions whose answer now differs from the submitted one. */
export function correctedFields(template: Template, answers: Answers, submitted: Answers): string[] {
  const now = visibleAnswers(template, answers);
  const ids = new Set([...Object.keys(now), ...Object.keys(submitted)]);
  // Compared key-sorted: PostgreSQL's jsonb gives a table row's keys back in another order.
  return [...ids].filter((id) => !sameValue(now[id], submitted[id]));
}

/** /huy after a submission: asks before throwing the corrections away; says so when there are none. */
export function onDiscardCommand(template: Template, state: ConversationState, input: ReportInput): StepResult {
  const same = (text: string): StepResult => ({ state, replies: [say(text), ...currentPrompt(template, state, input)], effects: [] });
  if (state.phase === "submitted" || !input.submitted) return { state, replies: [say(vi.report.cannotCancelSubmitted)], effects: [] };
  const corrected = correctedFields(template, state.answers, input.submitted.answers);
  if (corrected.length === 0) return same(vi.report.noCorrections);
  // Numbered as the clerk sees the questions now; one the correction hid is counted, not numbered.
  const numbers = numberedQuestions(template, state.answers, corrected).map(({ number }) => `câu ${number}`);
  return {
    state: { ...state, phase: "confirm-cancel", resume: resumePoint(state) },
    replies: [say(vi.report.correctionsPending(numbers, corrected.length)), confirm(vi.report.confirmDiscard, "confirm-cancel")],
    effects: [],
  };
}

/** "Có" to the question above: the answers become the submitted ones again. */
export function discardCorrections(template: Template, state: ConversationState, input: ReportInput): StepResult {
  const submitted = input.submitted;
  if (!submitted) return { state, replies: [say(vi.report.cannotCancelSubmitted)], effects: [] };
  // What the submission did not hold (a question answered since, or hidden then) goes.
  const removed = Object.keys(state.answers).filter((id) => !(id in submitted.answers));
  const values = Object.fromEntries(correctedFields(template, state.answers, submitted.answers).filter((id) => id in submitted.answers).map((id) => [id, submitted.answers[id] ?? null]));
  const restored: ConversationState = {
    phase: submitted.returned ? "complete" : "submitted",
    answers: { ...submitted.answers },
    submittedVersion: state.submittedVersion,
    ...(state.submittedAt === undefined ? {} : { submittedAt: state.submittedAt }),
  };
  return {
    state: restored,
    replies: [say(submitted.returned ? vi.report.correctionsDiscardedReturned : vi.report.correctionsDiscarded)],
    effects: [{ type: "restore-answers", values, removed }],
  };
}
