/**
 * The report commands in the engine: /baocao starts or resumes, /boqua, /quaylai, /sua N, /xem,
 * /huy, /nop (with its confirmation and the submit itself), /vanban. Pure, as the engine is.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import { questionsToCome } from "../templates/questions-to-come.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { correctedFields, onDiscardCommand } from "./engine-discard.ts";
import { offerLastYear } from "./engine-last-year.ts";
import { advance, askField, saveAndAdvance, say } from "./engine-moves.ts";
import { confirm, currentPrompt, greetingText, reportTitle, resumePoint } from "./engine-prompts.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { renderChanges } from "./render-changes.ts";
import { renderQuestion, renderReview } from "./render-question.ts";
import { fieldByNumber, missingRequired, nextToAsk, numberOfField, previousField, visibleAnswers } from "./report-navigation.ts";
import type { UserInput } from "./user-input.ts";

/** A command typed (or pressed) in the report's chat. */
export function onCommand(template: Template, state: ConversationState, input: ReportInput, message: Extract<UserInput, { kind: "command" }>): StepResult {
  const same = (...replies: OutboundMessage[]): StepResult => ({ state, replies, effects: [] });
  const { command, argument } = message;
  // The commands themselves are listed by the service (by who asks); here, where the user stands.
  if (command === "help") return same(...promptAfterHelp(template, state, input));
  if (state.phase === "idle" && command !== "report") return same(say(vi.report.notStarted));
  switch (command) {
    case "report":
      return onReport(template, state, input);
    case "review":
      return same(...returnNote(input), renderReview(template, state.answers, input), ...reviewEnding(template, state, input));
    case "skip":
      return onSkip(template, state);
    case "back":
      return onBack(template, state, input);
    case "edit":
      return onEditCommand(template, state, argument);
    case "cancel":
      if (state.submittedVersion > 0) return onDiscardCommand(template, state, input);
      return { state: { ...state, phase: "confirm-cancel", resume: resumePoint(state) }, replies: [confirm(template.phrases?.confirmCancel ?? vi.report.confirmCancel(input.campaignNumber, input.reportTitle), "confirm-cancel")], effects: [] };
    case "submit":
      return onSubmit(template, state, input);
    case "document":
      if (state.submittedVersion === 0) return same(say(vi.report.noDocumentYet(reportTitle(template, input))));
      return { state, replies: documentNote(template, state, input), effects: [{ type: "send-document" }] };
  }
}

/**
 * After /xem's answers: the question the report asks; of another campaign's report ("/xem 2"), how
 * to go there instead, since an answer or "/sua N" would land in the chat's own report.
 */
function reviewEnding(template: Template, state: ConversationState, input: ReportInput): OutboundMessage[] {
  const other = input.readsOther;
  // Closed unsubmitted, refusing late reports: nothing more can be answered, so no question follows.
  const sealed = input.unsentSealedIssuer === undefined ? [] : [say(vi.closedReport.reviewUnsent(reportTitle(template, input), input.unsentSealedIssuer))];
  if (other) return [...sealed, say(vi.reportSwitch.reviewedElsewhere(other.number, other.chatTitle, other.reachable))];
  return sealed.length > 0 ? sealed : currentPrompt(template, state, input);
}

/** Before /vanban's document, corrections since the submission not sent yet: the document is the version sent. */
function documentNote(template: Template, state: ConversationState, input: ReportInput): OutboundMessage[] {
  const unsent = state.phase !== "submitted" && input.submitted !== undefined && correctedFields(template, state.answers, input.submitted.answers).length > 0;
  if (!unsent) return [];
  return [say(input.submittedSealed ? vi.closedReport.documentAsSubmitted : vi.report.documentBeforeCorrections)];
}

/** The question to answer after help or an unknown command; nothing before a report starts (the help says how). */
export function promptAfterHelp(template: Template, state: ConversationState, input: ReportInput): OutboundMessage[] {
  return state.phase === "idle" && !state.lastYearOffer ? [] : currentPrompt(template, state, input);
}

function onReport(template: Template, state: ConversationState, input: ReportInput): StepResult {
  if (state.phase === "idle") return offerLastYear(template, state, input.previous, input.reportTitle) ?? startReport(template, state, input, []);
  if (state.phase === "submitted") return { state, replies: currentPrompt(template, state, input), effects: [] };
  const earlier = firstLeftBefore(template, state);
  if (earlier) return askField(template, state, earlier, [say(vi.report.resumed(reportTitle(template, input))), ...returnNote(input)]);
  return { state, replies: [say(vi.report.resumed(reportTitle(template, input))), ...returnNote(input), ...currentPrompt(template, state, input)], effects: [] };
}

/**
 * At /baocao, the first question never answered when it comes before the one asked: a question
 * answered out of turn (/sua 9) moves on to the next (10), and "Tiếp tục" resumed there, leaving
 * 2–8 unseen until the report's end. Not while a figure or a member's answer waits on the question
 * asked (it would be dropped), nor in a correction of a submitted report: the question asked is the
 * one the clerk reopened (/sua 12), and /baocao took it to one a corrected answer had revealed.
 */
function firstLeftBefore(template: Template, state: ConversationState): string | undefined {
  if (state.phase !== "asking" || !state.fieldId || state.pendingFigure || state.heldAnswer || state.submittedVersion > 0) return undefined;
  const first = nextToAsk(template, state.answers);
  const asked = visibleFields(template, state.answers).findIndex((p) => p.field.id === state.fieldId) + 1;
  return first && asked > 0 && first.number < asked ? first.placed.field.id : undefined;
}

/** The officer's comment again, while the report stands returned. */
export function returnNote(input: ReportInput): OutboundMessage[] {
  return input.returnComment ? [say(vi.report.stillReturned(input.returnComment))] : [];
}

/** The first question, after the greeting and any `notes` (what was copied from last year). */
export function startReport(template: Template, state: ConversationState, input: ReportInput, notes: OutboundMessage[]): StepResult {
  return advance(template, { ...state, phase: "asking" }, [say(greetingText(template, state, input)), ...notes]);
}

function onSkip(template: Template, state: ConversationState): StepResult {
  const field = state.phase === "asking" ? listFields(template).find((p) => p.field.id === state.fieldId)?.field : undefined;
  if (!field) return { state, replies: [say(vi.report.nothingToSkip)], effects: [] };
  // A figure the unit does not have is 0: said, or a kindergarten without a library had no way past the question.
  const cannot = ["integer", "decimal", "percent"].includes(field.type) ? `${vi.report.requiredCannotSkip} ${vi.parse.noneIsZero}` : vi.report.requiredCannotSkip;
  if (field.required) return { state, replies: [say(cannot), renderQuestion(template, state.answers, field.id)], effects: [] };
  // Skipping a question asked again (/sua N) drops its answer: said, as any correction is.
  const before = state.answers[field.id];
  const dropped = before !== undefined && before !== null ? [say(vi.report.answerChanged(numberOfField(template, state.answers, field.id), field.prompt, vi.answer.skipped))] : [];
  return saveAndAdvance(template, state, field.id, null, dropped);
}

function onBack(template: Template, state: ConversationState, input: ReportInput): StepResult {
  const current = state.phase === "asking" ? state.fieldId : undefined;
  const previous = previousField(template, state.answers, current);
  if (!previous) return { state, replies: [say(vi.report.firstQuestion), ...currentPrompt(template, state, input)], effects: [] };
  return askField(template, state, previous.field.id);
}

function onEditCommand(template: Template, state: ConversationState, argument: string): StepResult {
  // "/sua 3, 5": one question at a time, said so (not "write the question's number").
  const several = /^(?:c[âa]u\s*)?(\d{1,3})\s*(?:,|;|-|–|và|va)\s*(?:c[âa]u\s*)?(\d{1,3})$/iu.exec(argument.trim());
  if (several) return { state, replies: [say(vi.report.editOneAtATime(several[1]!, several[2]!))], effects: [] };
  if (!/^\d+$/.test(argument)) return { state, replies: [say(vi.report.editNeedsNumber)], effects: [] };
  const target = fieldByNumber(template, state.answers, Number(argument));
  const count = visibleFields(template, state.answers).length;
  if (!target) return { state, replies: [say(vi.report.editOutOfRange(count, questionsToCome(template, state.answers)))], effects: [] };
  return askField(template, state, target.field.id);
}

/**
 * Versions a unit may submit in an hour: far above a clerk correcting a slip or two, far below a
 * member looping /sua, /nop, Có to flood the officers' chats (two messages and a document each).
 */
export const MAX_SUBMISSIONS_PER_HOUR = 10;

function onSubmit(template: Template, state: ConversationState, input: ReportInput): StepResult {
  if (state.phase === "submitted") return { state, replies: [say(vi.report.noChangesSinceSubmit)], effects: [] };
  if ((input.submittedLastHour ?? 0) >= MAX_SUBMISSIONS_PER_HOUR) return { state, replies: [say(vi.report.tooManySubmissions(MAX_SUBMISSIONS_PER_HOUR)), ...currentPrompt(template, state, input)], effects: [] };
  // Corrected back to what was sent: nothing to submit, unless an officer returned it (a warning then).
  const changed = input.submitted ? correctedFields(template, state.answers, input.submitted.answers) : [];
  const unchanged = input.submitted !== undefined && changed.length === 0;
  if (unchanged && !input.submitted?.returned) {
    const { resume: _resume, fieldId: _fieldId, ...rest } = state;
    return { state: { ...rest, phase: "submitted" }, replies: [say(vi.report.noChangesSinceSubmit)], effects: [] };
  }
  const missing = missingRequired(template, state.answers);
  const first = missing[0];
  if (first) {
    const list = missing.map((m) => `câu ${m.number}`).join(", ");
    // An optional question asked and not answered is left for the report's end: said so, with how
    // to answer it now (it was passed over in silence, and the clerk wondered where it went).
    const asked = state.phase === "asking" && state.fieldId !== undefined && state.answers[state.fieldId] === undefined ? visibleFields(template, state.answers).find((p) => p.field.id === state.fieldId) : undefined;
    const left = asked && !asked.field.required ? [vi.report.optionalLeft(numberOfField(template, state.answers, asked.field.id))] : [];
    return askField(template, state, first.field.field.id, [say([vi.report.missingRequired(list), ...left].join("\n"))]);
  }
  // A new version shows what changed (render-changes.ts); a first one, or one returned and sent back
  // unchanged, the whole report.
  const review = changed.length > 0 ? renderChanges(template, state.answers, input.submitted!.answers, changed, input) : renderReview(template, state.answers, input);
  const warning = unchanged ? [say(vi.report.returnedUnchanged)] : [];
  return { state: { ...state, phase: "confirm-submit", resume: resumePoint(state) }, replies: [...warning, review, confirm(template.phrases?.confirmSubmit ?? vi.report.confirmSubmit, "confirm-submit")], effects: [] };
}

export function submit(template: Template, state: ConversationState, input: ReportInput, now: Date): StepResult {
  const version = state.submittedVersion + 1;
  return {
    state: { phase: "submitted", answers: state.answers, submittedVersion: version, submittedAt: now.getTime() },
    replies: [say(template.phrases?.submitted ?? vi.report.submitted(version, formatMoment(now.getTime(), input.timeZone), !input.officersReport, !input.campaignClosed, input.otherCampaigns ? input.campaignNumber : undefined))],
    effects: [{ type: "submit", version, answers: visibleAnswers(template, state.answers) }],
  };
}
