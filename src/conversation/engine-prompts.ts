/**
 * What the engine says about where the user stands: the question being asked now (to repeat it
 * after a review, help or a bad reply), the confirmations, and where a "no" returns to.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { Template } from "../templates/template-schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import { fieldById } from "../templates/template-fields.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import type { ConversationState, ResumePoint } from "./conversation-state.ts";
import type { ReportInput } from "./engine-types.ts";
import { renderQuestion } from "./render-question.ts";
import { numberOfField } from "./report-navigation.ts";
import { figureQuestion, LAST_YEAR_OFFER, offerMessage } from "./engine-last-year.ts";
import { heldQuestionId } from "./engine-crossed-answers.ts";
import { questionsToCome } from "../templates/questions-to-come.ts";

const say = (text: string): OutboundMessage => ({ kind: "text", text });

/** What the texts call the report: its campaign's title when the service gave it, else its template's. */
export const reportTitle = (template: Template, input: Pick<ReportInput, "reportTitle">): string => input.reportTitle ?? template.title;

/** The greeting when a report starts, by /baocao or by a Word file: the report, the unit, how many questions. */
export function greetingText(template: Template, state: ConversationState, input: ReportInput): string {
  // Every question that may come, as "Câu k/n" counts them; some may drop out with the answers.
  const count = questionsToCome(template, state.answers);
  return template.phrases?.started ?? vi.report.started(reportTitle(template, input), input.unitName, count, count > visibleFields(template, state.answers).length);
}

/** The id of the question the user is being asked now, as carried by the bot's message. */
export function currentQuestionId(state: ConversationState): string | undefined {
  if (state.phase === "asking") return state.heldAnswer && state.fieldId === state.heldAnswer.fieldId ? heldQuestionId(state.fieldId) : state.fieldId;
  if (state.phase === "confirm-submit" || state.phase === "confirm-cancel") return state.phase;
  if (state.phase === "idle" && state.lastYearOffer) return LAST_YEAR_OFFER;
  return undefined;
}

export function resumePoint(state: ConversationState): ResumePoint {
  if (state.phase === "asking") return { phase: "asking", fieldId: state.fieldId };
  if (state.phase === "submitted") return { phase: "submitted" };
  return state.resume ?? { phase: "complete" };
}

/** What the user is being asked right now, to repeat after a review, a help text or a bad reply. */
export function currentPrompt(template: Template, state: ConversationState, input: { timeZone: string; reportTitle?: string; campaignNumber?: number; submittedSealed?: boolean }): OutboundMessage[] {
  switch (state.phase) {
    case "asking":
      // A submitted report's question asked again (/sua 9), then closed refusing late reports: no
      // "gõ Giữ… hoặc gõ câu trả lời mới" for an answer that is not stored.
      if (input.submittedSealed && state.submittedVersion > 0) return [say(vi.closedReport.keptAsSubmitted)];
      if (state.pendingFigure && state.pendingFigure.fieldId === state.fieldId) return [figureQuestion(state.pendingFigure)];
      return state.fieldId ? [renderQuestion(template, state.answers, state.fieldId)] : [];
    case "complete":
      // Closed refusing late reports after the submission: no "gõ /nop" that /nop then refuses.
      return [say(input.submittedSealed && state.submittedVersion > 0 ? vi.closedReport.keptAsSubmitted : completeText(template, state))];
    case "confirm-submit":
      return [confirm(template.phrases?.confirmSubmit ?? vi.report.confirmSubmit, "confirm-submit")];
    case "confirm-cancel":
      return [confirm(state.submittedVersion > 0 ? vi.report.confirmDiscard : (template.phrases?.confirmCancel ?? vi.report.confirmCancel(input.campaignNumber, input.reportTitle)), "confirm-cancel")];
    case "submitted":
      return [say(vi.report.alreadySubmitted(state.submittedAt ? formatMoment(state.submittedAt, input.timeZone) : ""))];
    case "idle":
      return state.lastYearOffer ? [offerMessage(state.lastYearOffer.title, input.reportTitle)] : [say(vi.report.idleHint)];
  }
}

/** Every question answered; after a submission, a reminder that the correction is not sent yet. */
export function completeText(template: Template, state: ConversationState): string {
  return template.phrases?.complete ?? (state.submittedVersion > 0 ? vi.report.completeAfterSubmit : vi.report.complete);
}

export function confirm(text: string, questionId: "confirm-submit" | "confirm-cancel"): OutboundMessage {
  return { kind: "text", text, choices: [vi.yes, vi.no], expectsReply: true, questionId };
}

/**
 * A reply to a question no longer asked: said with the answer it already has (two members answered
 * it at once, a button pressed late), then the question asked now, if any; the report's end is not
 * said again.
 */
export function oldQuestionReplies(template: Template, state: ConversationState, input: ReportInput, repliedTo: string): OutboundMessage[] {
  const field = fieldById(template, repliedTo);
  const value = state.answers[repliedTo];
  const asking = state.phase === "asking";
  // 0: the question is hidden now (an answer since made it not apply); its old answer is not said.
  const n = numberOfField(template, state.answers, repliedTo);
  const note = field && value !== undefined && n > 0
    ? vi.report.alreadyAnswered(n, value === null ? vi.crossing.skipped : formatAnswer(field, value))
    : asking ? vi.report.notCurrentQuestion : vi.report.oldQuestion;
  return [say(note), ...(asking ? currentPrompt(template, state, input) : [])];
}
