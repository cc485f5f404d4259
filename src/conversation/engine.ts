/**
 * The report conversation as a pure function: step(template, state, input, now) → new state, the
 * replies to send and the effects to store. No I/O and no clock of its own, so every branch is
 * testable as a transcript. A rejected answer changes nothing and asks the same question again.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { type AnswerValue, parseAnswer } from "../templates/answer-parsers.ts";
import { leavesOut } from "../templates/says-none.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { type ConversationState, INITIAL_STATE } from "./conversation-state.ts";
import { onPhoto, onPhotoText, type PhotoInput } from "./engine-photos.ts";
import { onWordFile, type WordInput } from "./engine-word-import.ts";
import { completeText, confirm, currentPrompt, currentQuestionId, resumePoint } from "./engine-prompts.ts";
import { finishStep, keptDraft, offerLastYear, onFigure, onHeldFigure, onOfferReply } from "./engine-last-year.ts";
import type { PreviousReport } from "./last-year-drafts.ts";
import { renderQuestion, renderReview } from "./render-question.ts";
import { fieldByNumber, missingRequired, nextUnanswered, previousField, visibleAnswers } from "./report-navigation.ts";
import { figureDoubts } from "./figure-doubts.ts";
import type { UserInput } from "./user-input.ts";

/** An edit of the message that answered `fieldId`; only the latest answer may change this way. */
export interface AnswerEdit {
  kind: "edit";
  fieldId: string;
  text: string;
  isLatest: boolean;
}

export interface ReportInput {
  message: UserInput | AnswerEdit | PhotoInput | WordInput;
  /** The question the user's message replies to (a bot message they answered), if known. */
  repliedTo?: string;
  /** The unit whose report this is, for the texts. */
  unitName: string;
  /** What the texts call the report: its campaign's title (two campaigns of one template differ); the template's otherwise. */
  reportTitle?: string;
  /** Time zone of the times the bot prints (Asia/Ho_Chi_Minh). */
  timeZone: string;
  /** A note shown after a question in the review (a consolidated report marks computed answers). */
  annotations?: Readonly<Record<string, string>>;
  /** The captions of the report's photos by id, for the review (the answers hold only the ids). */
  photoCaptions?: Readonly<Record<number, string | undefined>>;
  /**
   * The unit's latest submitted answers in its previous campaign of the same report type, when the
   * service read them: offered as drafts at the start, and compared with each figure.
   */
  previous?: PreviousReport;
}

export type Effect =
  | { type: "save-answer"; fieldId: string; value: AnswerValue | null }
  /** The question is unanswered again (not skipped): its answer row goes. */
  | { type: "remove-answer"; fieldId: string }
  | { type: "clear-answers" }
  | { type: "submit"; version: number; answers: Answers }
  /** Post the latest submitted version's document into the chat again. */
  | { type: "send-document" };

export interface StepResult {
  state: ConversationState;
  replies: OutboundMessage[];
  effects: Effect[];
}

const say = (text: string): OutboundMessage => ({ kind: "text", text });

export function step(template: Template, state: ConversationState, input: ReportInput, now: Date): StepResult {
  return finishStep(template, stepOnce(template, state, input, now));
}

function stepOnce(template: Template, state: ConversationState, input: ReportInput, now: Date): StepResult {
  const { message } = input;
  const same = (...replies: OutboundMessage[]): StepResult => ({ state, replies, effects: [] });
  if (message.kind === "unknown-command") return same(say(vi.report.unknownCommand(message.name)), ...promptAfterHelp(template, state, input));
  if (message.kind === "edit") return onEdit(template, state, message);
  if (message.kind === "photo" || message.kind === "file-refused") {
    return onPhoto(template, state, message, () => currentPrompt(template, state, input), (s, preface, after) => advance(template, s, preface, after));
  }
  if (message.kind === "word" || message.kind === "word-refused") return onWord(template, state, message, input);
  if (message.kind === "text") {
    const current = currentQuestionId(state);
    // A reply to an older question (privacy-mode groups answer by replying) is not an answer to this one.
    if (input.repliedTo !== undefined && input.repliedTo !== current) return same(say(vi.report.notCurrentQuestion), ...currentPrompt(template, state, input));
    return onText(template, state, message.text, input, now);
  }
  const { command, argument } = message;
  // The commands themselves are listed by the service (by who asks); here, where the user stands.
  if (command === "help") return same(...promptAfterHelp(template, state, input));
  if (state.phase === "idle" && command !== "report") return same(say(vi.report.notStarted));
  switch (command) {
    case "report":
      return onReport(template, state, input);
    case "review":
      return same(renderReview(template, state.answers, input), ...currentPrompt(template, state, input));
    case "skip":
      return onSkip(template, state);
    case "back":
      return onBack(template, state, input);
    case "edit":
      return onEditCommand(template, state, argument);
    case "cancel":
      if (state.submittedVersion > 0) return same(say(vi.report.cannotCancelSubmitted));
      return { state: { ...state, phase: "confirm-cancel", resume: resumePoint(state) }, replies: [confirm(vi.report.confirmCancel, "confirm-cancel")], effects: [] };
    case "submit":
      return onSubmit(template, state, input);
    case "document":
      if (state.submittedVersion === 0) return same(say(vi.report.noDocumentYet));
      return { state, replies: [], effects: [{ type: "send-document" }] };
  }
}

/** The question to answer after help or an unknown command; nothing before a report starts (the help says how). */
function promptAfterHelp(template: Template, state: ConversationState, input: ReportInput): OutboundMessage[] {
  return state.phase === "idle" && !state.lastYearOffer ? [] : currentPrompt(template, state, input);
}

function onReport(template: Template, state: ConversationState, input: ReportInput): StepResult {
  if (state.phase === "idle") return offerLastYear(template, state, input.previous) ?? startReport(template, state, input, []);
  if (state.phase === "submitted") return { state, replies: currentPrompt(template, state, input), effects: [] };
  return { state, replies: [say(vi.report.resumed(input.reportTitle ?? template.title)), ...currentPrompt(template, state, input)], effects: [] };
}

/** The first question, after the greeting and any `notes` (what was copied from last year). */
function startReport(template: Template, state: ConversationState, input: ReportInput, notes: OutboundMessage[]): StepResult {
  const count = visibleFields(template, state.answers).length;
  const greeting = say(template.phrases?.started ?? vi.report.started(input.reportTitle ?? template.title, input.unitName, count));
  return advance(template, { ...state, phase: "asking" }, [greeting, ...notes]);
}

/** A Word file's answers: the question being asked stays asked unless the file answered it. */
function onWord(template: Template, state: ConversationState, message: WordInput, input: ReportInput): StepResult {
  const started = template.phrases?.started ?? vi.report.started(input.reportTitle ?? template.title, input.unitName, visibleFields(template, state.answers).length);
  // A file answers the last-year offer's question by itself: the offer is dropped (its drafts would
  // compete with the file's answers).
  const { lastYearOffer: _offer, ...current } = state;
  const doubtful = (fieldId: string, value: unknown, answers: Answers) =>
    typeof value === "number" && figureDoubts(template, answers, fieldId, value, input.previous?.answers).length > 0;
  return onWordFile(template, current, message, started, doubtful, (filledState, preface, filled) =>
    filledState.phase === "asking" && filledState.fieldId !== undefined && !filled.includes(filledState.fieldId)
      ? askField(template, filledState, filledState.fieldId, preface)
      : advance(template, filledState, preface),
  );
}

function onText(template: Template, state: ConversationState, text: string, input: ReportInput, now: Date): StepResult {
  const same = (...replies: OutboundMessage[]): StepResult => ({ state, replies, effects: [] });
  switch (state.phase) {
    case "idle":
      if (state.lastYearOffer) return onOfferReply(template, state, text, input.previous, (s, notes) => startReport(template, s, input, notes));
      return same(say(vi.report.idleHint));
    case "complete":
    case "submitted":
      return same(...currentPrompt(template, state, input));
    case "confirm-submit":
    case "confirm-cancel": {
      const answer = parseYesNo(text);
      if (!answer.ok) return same(...currentPrompt(template, state, input));
      if (state.phase === "confirm-cancel") {
        if (!answer.value) return resumeFrom(template, state, input, vi.report.cancelAborted);
        return { state: { ...INITIAL_STATE }, replies: [say(template.phrases?.cancelled ?? vi.report.cancelled)], effects: [{ type: "clear-answers" }] };
      }
      if (!answer.value) return resumeFrom(template, state, input, vi.report.submitCancelled);
      return submit(template, state, input, now);
    }
    case "asking": {
      const field = listFields(template).find((p) => p.field.id === state.fieldId)?.field;
      if (!field) return advance(template, state, []);
      if (field.type === "photo") return onPhotoText(field, state, text, (s, preface, after) => advance(template, s, preface, after));
      const held = onHeldFigure(
        state,
        text,
        (s, value) => saveAndAdvance(template, s, field.id, value),
        (s) => askField(template, s, field.id, [say(vi.lastYear.reEnter)]),
      );
      if (held) return held;
      const kept = keptDraft(state, field.id, text);
      if (kept !== undefined) return saveAndAdvance(template, state, field.id, kept);
      // "ko" on a question that may be left out leaves it out: stored, it would be printed.
      if (leavesOut(field, text)) return saveAndAdvance(template, state, field.id, null, [say(vi.report.leftOut)]);
      const parsed = parseAnswer(field, text);
      if (!parsed.ok) return same(say(parsed.error), renderQuestion(template, state.answers, field.id));
      const { value } = parsed;
      if (typeof value === "number") return onFigure(template, state, field.id, value, input.previous, () => saveAndAdvance(template, state, field.id, value));
      return saveAndAdvance(template, state, field.id, value);
    }
  }
}

function saveAndAdvance(template: Template, state: ConversationState, fieldId: string, value: AnswerValue | null, preface: OutboundMessage[] = []): StepResult {
  const answers = { ...state.answers, [fieldId]: value };
  const result = advance(template, { ...state, answers }, preface, fieldId);
  return { ...result, effects: [{ type: "save-answer", fieldId, value }] };
}

/** Asks the next unanswered question after `afterFieldId`, or says the report is complete. */
function advance(template: Template, state: ConversationState, preface: OutboundMessage[], afterFieldId?: string): StepResult {
  const next = nextUnanswered(template, state.answers, afterFieldId);
  const { resume: _resume, ...rest } = state;
  if (!next) return { state: { ...rest, phase: "complete", fieldId: undefined }, replies: [...preface, say(completeText(template, state))], effects: [] };
  const asking: ConversationState = { ...rest, phase: "asking", fieldId: next.field.id };
  return { state: asking, replies: [...preface, renderQuestion(template, state.answers, next.field.id)], effects: [] };
}

function askField(template: Template, state: ConversationState, fieldId: string, preface: OutboundMessage[] = []): StepResult {
  // Asked again, the question wants a figure again: one held for confirmation is not kept unseen.
  const { resume: _resume, pendingFigure: _held, ...rest } = state;
  return { state: { ...rest, phase: "asking", fieldId }, replies: [...preface, renderQuestion(template, state.answers, fieldId)], effects: [] };
}

function onSkip(template: Template, state: ConversationState): StepResult {
  const field = state.phase === "asking" ? listFields(template).find((p) => p.field.id === state.fieldId)?.field : undefined;
  if (!field) return { state, replies: [say(vi.report.nothingToSkip)], effects: [] };
  if (field.required) return { state, replies: [say(vi.report.requiredCannotSkip), renderQuestion(template, state.answers, field.id)], effects: [] };
  return saveAndAdvance(template, state, field.id, null);
}

function onBack(template: Template, state: ConversationState, input: ReportInput): StepResult {
  const current = state.phase === "asking" ? state.fieldId : undefined;
  const previous = previousField(template, state.answers, current);
  if (!previous) return { state, replies: [say(vi.report.firstQuestion), ...currentPrompt(template, state, input)], effects: [] };
  return askField(template, state, previous.field.id);
}

function onEditCommand(template: Template, state: ConversationState, argument: string): StepResult {
  if (!/^\d+$/.test(argument)) return { state, replies: [say(vi.report.editNeedsNumber)], effects: [] };
  const target = fieldByNumber(template, state.answers, Number(argument));
  const count = visibleFields(template, state.answers).length;
  if (!target) return { state, replies: [say(vi.report.editOutOfRange(count))], effects: [] };
  return askField(template, state, target.field.id);
}

function onSubmit(template: Template, state: ConversationState, input: ReportInput): StepResult {
  if (state.phase === "submitted") return { state, replies: [say(vi.report.noChangesSinceSubmit)], effects: [] };
  const missing = missingRequired(template, state.answers);
  const first = missing[0];
  if (first) {
    const list = missing.map((m) => `câu ${m.number}`).join(", ");
    return askField(template, state, first.field.field.id, [say(vi.report.missingRequired(list))]);
  }
  const review = renderReview(template, state.answers, input);
  return { state: { ...state, phase: "confirm-submit", resume: resumePoint(state) }, replies: [review, confirm(template.phrases?.confirmSubmit ?? vi.report.confirmSubmit, "confirm-submit")], effects: [] };
}

function submit(template: Template, state: ConversationState, input: ReportInput, now: Date): StepResult {
  const version = state.submittedVersion + 1;
  return {
    state: { phase: "submitted", answers: state.answers, submittedVersion: version, submittedAt: now.getTime() },
    replies: [say(template.phrases?.submitted ?? vi.report.submitted(version, formatMoment(now.getTime(), input.timeZone)))],
    effects: [{ type: "submit", version, answers: visibleAnswers(template, state.answers) }],
  };
}

/** An edited chat message: replaces the answer it gave when that is the latest answer. */
function onEdit(template: Template, state: ConversationState, edit: AnswerEdit): StepResult {
  const visible = visibleFields(template, state.answers);
  const number = visible.findIndex((p) => p.field.id === edit.fieldId) + 1;
  const field = visible[number - 1]?.field;
  // A photo's answer is the photo, not its caption: an edited caption changes nothing.
  if (!field || state.phase === "idle" || field.type === "photo") return { state, replies: [], effects: [] };
  if (!edit.isLatest) return { state, replies: [say(vi.report.editTooOld(number))], effects: [] };
  const parsed = parseAnswer(field, edit.text);
  if (!parsed.ok) return { state, replies: [say(`${vi.report.editRejected(number)} ${parsed.error}`)], effects: [] };
  const answers = { ...state.answers, [field.id]: parsed.value };
  const effects: Effect[] = [{ type: "save-answer", fieldId: field.id, value: parsed.value }];
  const stillAsked = state.phase !== "asking" || visibleFields(template, answers).some((p) => p.field.id === state.fieldId);
  if (stillAsked) return { state: { ...state, answers }, replies: [say(vi.report.editApplied(number))], effects };
  return { ...advance(template, { ...state, answers }, [say(vi.report.editApplied(number))], field.id), effects };
}

function resumeFrom(template: Template, state: ConversationState, input: ReportInput, note: string): StepResult {
  const resume = state.resume ?? { phase: "complete" };
  if (resume.phase === "asking" && resume.fieldId) return askField(template, state, resume.fieldId, [say(note)]);
  const { resume: _resume, ...rest } = state;
  const restored: ConversationState = { ...rest, phase: resume.phase, fieldId: undefined };
  return { state: restored, replies: [say(note), ...currentPrompt(template, restored, input)], effects: [] };
}
