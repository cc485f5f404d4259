/**
 * The report conversation as a pure function: step(template, state, input, now) → new state, the
 * replies to send and the effects to store. No I/O and no clock of its own, so every branch is
 * testable as a transcript. A rejected answer changes nothing and asks the same question again.
 * Messages are routed here by kind and phase; the answer to the question asked is read in
 * engine-asked-answer.ts, commands in engine-commands.ts; photos, Word files, last year's drafts and
 * edited messages in their own engine-* files.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { type ConversationState, INITIAL_STATE } from "./conversation-state.ts";
import { onCommand, promptAfterHelp, returnNote, startReport, submit } from "./engine-commands.ts";
import { advance, askField, resumeFrom, say } from "./engine-moves.ts";
import { discardCorrections } from "./engine-discard.ts";
import { onPhoto, onPhotoText } from "./engine-photos.ts";
import { onWordFile, type WordInput, wordRefusal } from "./engine-word-import.ts";
import { currentPrompt, currentQuestionId, greetingText, oldQuestionReplies } from "./engine-prompts.ts";
import { finishStep, onOfferReply } from "./engine-last-year.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { labelledAnswer } from "./report-navigation.ts";
import { editArgument } from "./typed-edit.ts";
import { figureDoubts } from "./figure-doubts.ts";
import { holdIfCrossed } from "./engine-crossed-answers.ts";
import { dropLeftHeldAnswer, onHeldAnswer, withHeldAnswerSetAside } from "./engine-held-answer.ts";
import { onTypedEdit } from "./engine-typed-edit.ts";
import { onDateFollowUp } from "./date-follow-up.ts";
import { onSeveralCorrections } from "./engine-several-corrections.ts";
import { correctionsInWords } from "./several-corrections.ts";
import { onNamedSlip } from "./named-slip.ts";
import { onAskedCorrection } from "./asked-correction.ts";
import { withNumberingNote } from "./undecided-numbering.ts";
import { withLateAnswerNote } from "./engine-late-answer.ts";
import { onEdit } from "./engine-edited-message.ts";
import { continuedTable, onFollowingRows } from "./engine-table-rows.ts";
import { continuedList, onFollowingItems } from "./engine-list-items.ts";
import { isTableValue } from "../templates/table-value.ts";
import { fieldById } from "../templates/template-fields.ts";
import { suggestedCommand } from "./command-suggestion.ts";
import { withPause } from "./engine-pause.ts";
import { readSubmitReply } from "./submit-confirmation.ts";
import { readCancelReply } from "./cancel-confirmation.ts";
import { answerAsked } from "./engine-asked-answer.ts";
import { withUnchangedSubmission } from "./unchanged-since-submit.ts";
import { withMovedHere } from "./moved-here.ts";
import { APPEND_WAIT_MS, onAppendCommand, onItemsAsked } from "./engine-append.ts";

export function step(template: Template, state: ConversationState, input: ReportInput, now: Date): StepResult {
  const stepped = withUnchangedSubmission(template, input, finishStep(template, stepAppending(template, state, input, now)));
  return withMovedHere(input, now, withLastTable(template, now, withConfirmer(state, input, withPause(template, state, input, dropLeftHeldAnswer(state, stepped)))));
}

/**
 * A table or a list answered alone is remembered for the rows or items that may follow it
 * (engine-table-rows.ts, engine-list-items.ts); any other answer forgets it.
 */
function withLastTable(template: Template, now: Date, result: StepResult): StepResult {
  const saved = result.effects.filter((e) => e.type === "save-answer");
  const { state } = result;
  if (saved.length === 0 && state.phase !== "submitted" && state.phase !== "idle") return result;
  const { lastTable: _last, ...rest } = state;
  const one = saved.length === 1 ? saved[0]! : undefined;
  const table = one && (isTableValue(one.value) || (one.value !== null && fieldById(template, one.fieldId)?.type === "bullet-list")) ? one.fieldId : undefined;
  return { ...result, state: table ? { ...rest, lastTable: { fieldId: table, at: now.getTime() } } : rest };
}

/** In a group, a confirmation asked for remembers who asked (only they confirm a cancellation); it goes with the confirmation. */
function withConfirmer(before: ConversationState, input: ReportInput, result: StepResult): StepResult {
  const { state } = result;
  const confirming = state.phase === "confirm-cancel" || state.phase === "confirm-submit";
  // Asked again by another member (their own /huy), the confirmation is theirs.
  const asked = input.message.kind === "command" && (input.message.command === "cancel" || input.message.command === "submit");
  if (confirming && (state.phase !== before.phase || asked) && input.sender) return { ...result, state: { ...state, confirmBy: { id: input.sender.id, name: input.sender.name } } };
  if (confirming || !state.confirmBy) return result;
  const { confirmBy: _confirmBy, ...rest } = state;
  return { ...result, state: rest };
}

/**
 * After "/them N" alone the next text of the member who typed it is the items to add
 * (engine-append.ts); anything else they send (a command, a photo, an edited message), or nothing
 * within APPEND_WAIT_MS, drops the wait. A colleague's message goes its own way and the wait stays:
 * their "Chiều nay họp hội đồng nhé" was stored as an activity.
 */
function stepAppending(template: Template, state: ConversationState, input: ReportInput, now: Date): StepResult {
  const waiting = state.appendTo;
  if (!waiting) return stepOnce(template, state, input, now);
  const { appendTo: _dropped, ...rest } = state;
  if (waiting.at !== undefined && now.getTime() - waiting.at > APPEND_WAIT_MS) return stepOnce(template, rest, input, now);
  if (waiting.by !== undefined && input.sender !== undefined && input.sender.id !== waiting.by) return stepOnce(template, state, input, now);
  if (input.message.kind === "text") return onItemsAsked(template, state, input, input.message.text, now) ?? stepOnce(template, state, input, now);
  return stepOnce(template, rest, input, now);
}

function stepOnce(template: Template, state: ConversationState, input: ReportInput, now: Date): StepResult {
  const { message } = input;
  const same = (...replies: OutboundMessage[]): StepResult => ({ state, replies, effects: [] });
  if (message.kind === "unknown-command") return same(say(vi.report.unknownCommand(message.name, suggestedCommand(message.name, message.argument))), ...promptAfterHelp(template, state, input));
  if (message.kind === "edit") return onEdit(template, state, message, now, input.timeZone);
  if (message.kind === "photo" || message.kind === "file-refused") {
    return onPhoto(template, state, message, () => currentPrompt(template, state, input), (s, preface, after) => advance(template, s, preface, after));
  }
  if (message.kind === "word" || message.kind === "word-refused") return onWord(template, state, message, input);
  if (message.kind === "text") {
    const current = currentQuestionId(state);
    // A press or reply on the question's own message while another member's answer is held for it
    // answers the question itself: the held answer is set aside.
    if (state.heldAnswer && input.repliedTo === state.fieldId) return withHeldAnswerSetAside(state, (unheld) => onText(template, unheld, message.text, input, now));
    // A reply to an older question (privacy-mode groups answer by replying) is not an answer to this one.
    if (input.repliedTo !== undefined && input.repliedTo !== current) return same(...oldQuestionReplies(template, state, input, input.repliedTo));
    // "sáng thứ 7 vừa rồi" right after a date was answered: asked whether it corrects the date (date-follow-up.ts).
    return onAskedCorrection(template, state, message.text, input, now) ?? onDateFollowUp(template, state, message.text, input, now) ?? onNamedSlip(template, state, message.text, input) ?? onText(template, state, message.text, input, now);
  }
  // "/them 7 …": items added to a list or a table, as /sua 7 would store the whole of it (engine-append.ts).
  if (message.command === "edit" && message.append) return onAppendCommand(template, state, input, message, now);
  const answerText = (s: ConversationState, text: string, i: ReportInput) => onText(template, s, text, i, now);
  // "câu 10 là 1.520 đúng không ạ": asked, not corrected (asked-correction.ts).
  const asked = message.command === "edit" ? onAskedCorrection(template, state, message.argument, input, now, true) : undefined;
  if (asked) return asked;
  // "câu 9 là 290, câu 10 là 1.520", and one alone: a refusal keeps the question asked (correctionsInWords).
  const several = message.command === "edit" ? correctionsInWords(message.argument) : undefined;
  // Each "câu N" as the bot numbers the questions now, said so where that number may still change.
  if (several) return withNumberingNote(template, state, several.map((c) => c.number), onSeveralCorrections(template, state, input, several, (s, c) => onTypedEdit(template, s, input, message, c, answerText, now), answerText));
  const edit = message.command === "edit" ? editArgument(message.argument) : undefined;
  if (edit) return withNumberingNote(template, state, edit.answer === undefined ? [] : [edit.number], onTypedEdit(template, state, input, message, edit, answerText, now));
  return onCommand(template, state, input, message);
}

/** A Word file's answers: the question being asked stays asked unless the file answered it. */
function onWord(template: Template, state: ConversationState, message: WordInput, input: ReportInput): StepResult {
  // A file refused changes nothing; the question asked is asked again, as after a refused photo
  // (the refusal alone left the clerk not knowing what came next).
  if (message.kind === "word-refused") return { state, replies: [say(wordRefusal(template, message.reason)), ...(state.phase === "asking" ? currentPrompt(template, state, input) : [])], effects: [] };
  const started = greetingText(template, state, input);
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
  const table = continuedTable(template, state, text, now);
  if (table) return onFollowingRows(template, state, table, text, input);
  const list = continuedList(template, state, text, now, input.sender);
  if (list) return onFollowingItems(template, state, list, text, input);
  switch (state.phase) {
    case "idle":
      if (state.lastYearOffer) return onOfferReply(template, state, text, input, (s, notes) => startReport(template, s, input, notes));
      // "câu 10: 450" before the report is started: not stored, and said so (it passed in silence).
      const label = labelledAnswer(template, state, text);
      return same(say(label ? vi.report.labelBeforeStart(label.number) : vi.report.idleHint));
    case "complete":
    case "submitted":
      return same(...returnNote(input), ...currentPrompt(template, state, input));
    case "confirm-submit":
    case "confirm-cancel": {
      const cancelling = state.phase === "confirm-cancel";
      const submitReply = cancelling ? undefined : readSubmitReply(text);
      // At /huy a yes must say nothing else ("ok để em xem đã" is asked again): it deletes answers.
      const answer = submitReply ?? readCancelReply(text);
      const asker = state.confirmBy;
      const other = asker !== undefined && input.sender !== undefined && input.sender.id !== asker.id;
      // Another member's bare "ok" may be said to someone else in the chat: they are asked to say "Có".
      if (other && submitReply?.ok && submitReply.value && !submitReply.explicit) return same(say(vi.report.confirmSubmitPlainly(input.sender!.name, asker.name)));
      // Another member's message is no answer of theirs to store, and their "Có" (an "ok" to the
      // group) deletes nobody's report: only the member who typed /huy confirms it.
      if (other && !answer.ok) return same(say(vi.report.waitForConfirmation(asker.name, cancelling)));
      if (other && cancelling && answer.ok && answer.value) return same(say(vi.report.onlyAskerCancels(asker.name)));
      if (!answer.ok) return same(...currentPrompt(template, state, input));
      if (cancelling) {
        if (!answer.value) return resumeFrom(template, state, input, other ? vi.report.cancelAbortedBy(input.sender!.name, asker.name) : (template.phrases?.cancelAborted ?? vi.report.cancelAborted));
        if (state.submittedVersion > 0) return discardCorrections(template, state, input);
        return { state: { ...INITIAL_STATE }, replies: [say(template.phrases?.cancelled ?? vi.report.cancelled(input.campaignNumber, input.reportTitle, input.otherCampaigns))], effects: [{ type: "clear-answers" }] };
      }
      if (!answer.value) return resumeFrom(template, state, input, template.phrases?.submitCancelled ?? vi.report.submitCancelled);
      const submitted = submit(template, state, input, now);
      // Another member's Có submits (it can be corrected and sent again): said, for the one who asked.
      return other ? { ...submitted, replies: [say(vi.report.confirmedInstead(input.sender!.name, asker.name)), ...submitted.replies] } : submitted;
    }
    case "asking": {
      const field = listFields(template).find((p) => p.field.id === state.fieldId)?.field;
      if (!field) return advance(template, state, []);
      if (field.type === "photo") return onPhotoText(field, state, text, (s, preface, after) => advance(template, s, preface, after));
      const answer = (s: ConversationState, typed: string, author = input.sender) => answerAsked(template, s, field, typed, { ...input, sender: author }, now);
      const answered = onHeldAnswer(template, state, text, input, now, answer) ?? holdIfCrossed(template, state, text, input, now, answer(state, text));
      return withLateAnswerNote(template, state, text, input, now, answered);
    }
  }
}
