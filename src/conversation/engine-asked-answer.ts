/**
 * A typed answer to the question being asked, read after the step has found it is one (engine.ts):
 * a held figure confirmed, last year's draft kept, "Giữ", a late "có" to last year's offer, a
 * question left out, a group's "ok chị" at a yes/no question, then the answer itself, stored with
 * its notes or refused with the question asked again. Pure.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { isChoiceOption } from "../templates/answer-parsers.ts";
import { acknowledgesOnly, politeYes } from "../templates/casual-talk.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { answerAskedAbout } from "./answer-asked-about.ts";
import { choiceAsBeforeHint } from "./choice-as-before.ts";
import { withDateInPassing } from "./date-in-passing.ts";
import { changedNote, farDateNote, signerNote } from "./engine-answer-notes.ts";
import { chatterAtChoice, chatterAtFigure } from "./engine-chatter.ts";
import { answeredBy } from "./engine-crossed-answers.ts";
import { saysLeftOut } from "./engine-edited-message.ts";
import { isKeepWord, keptDraft, onFigure, onHeldFigure } from "./engine-last-year.ts";
import { advance, askField, saveAndAdvance, say } from "./engine-moves.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { onLateOfferReply } from "./late-offer-reply.ts";
import { previousQuestionHint } from "./previous-question-hint.ts";
import { itemAfterListHint } from "./item-after-list.ts";
import { rowAfterTableHint, TAKES_ANY_TEXT } from "./row-after-table.ts";
import { renderQuestion } from "./render-question.ts";
import { numberOfField } from "./report-navigation.ts";
import { readTypedAnswer } from "./typed-answer.ts";
import { clerkToday } from "../vietnamese/relative-day.ts";
import { formatAnswer } from "../templates/format-answer.ts";

/** A typed answer to the question asked (`field`): stored, held for a second look, or refused. */
export function answerAsked(template: Template, state: ConversationState, field: Field, text: string, input: ReportInput, now: Date): StepResult {
  const same = (...replies: OutboundMessage[]): StepResult => ({ state, replies, effects: [] });
  // A held figure confirmed stays its author's and its message's, whoever says "Có" (the author's
  // edit of the figure's message then corrects it).
  const figureBy = state.pendingFigure?.by;
  const theirs = (result: StepResult): StepResult => (figureBy ? answeredBy(result, field.id, figureBy) : result);
  const held = onHeldFigure(
    state,
    text,
    (s, value) => theirs(saveAndAdvance(template, s, field.id, value)),
    (s) => askField(template, s, field.id, [say(vi.lastYear.reEnter)]),
  );
  if (held) return held;
  // An option named "Giữ nguyên" is that option, not the answer offered back.
  const kept = isChoiceOption(field, text) ? undefined : keptDraft(state, field.id, text);
  // Its own answer from before it was hidden, kept, is said back: the clerk saw nothing happen.
  const keptEarlier = kept !== undefined && state.earlier?.[field.id] !== undefined ? [say(vi.report.earlierKept(numberOfField(template, state.answers, field.id), formatAnswer(field, kept)))] : [];
  if (kept !== undefined) return saveAndAdvance(template, state, field.id, kept, keptEarlier);
  // "Giữ" on a question asked again (/sua, /quaylai) keeps its answer; with nothing to keep it is
  // no answer either: stored, "Giữ" would be printed in the report. (An option named so is an answer.)
  if (isKeepWord(text) && !isChoiceOption(field, text)) {
    // At a choice (never copied from last year), what to type: last time's numbers, if any.
    if (state.answers[field.id] === undefined) return same(say(choiceAsBeforeHint(field, input.previous) ?? vi.report.nothingToKeep), renderQuestion(template, state.answers, field.id));
    return advance(template, state, [say(vi.report.answerKept(numberOfField(template, state.answers, field.id)))], field.id);
  }
  // "có" typed after last year's offer was answered (by another member's "ok"): the offer's late answer, never this text.
  const lateOffer = onLateOfferReply(template, state, field, text, input.previous);
  if (lateOffer) return lateOffer;
  // "ko" on a question that may be left out leaves it out: stored, it would be printed. Left out,
  // the recipients are the document's own ("Như trên", "Lưu: VT"), as the question's hint says;
  // "mặc định" typed there says the same. So does "ký trực tiếp" at the signer's authority.
  const recipients = field.id === template.closing.recipients;
  if (saysLeftOut(template, field, text)) return saveAndAdvance(template, state, field.id, null, [say(recipients ? vi.report.defaultRecipients(numberOfField(template, state.answers, field.id)) : vi.report.leftOut)]);
  // A group's "ok chị" at a yes/no question is no "Có" (casual-talk.ts); "vâng ạ" from the member
  // answering the report is (it was held as talk and the question asked again).
  const answering = !state.lastAnswer || state.lastAnswer.by === input.sender?.id;
  if (field.type === "yes-no" && input.sender && acknowledgesOnly(text) && !(answering && politeYes(text))) return same(say(vi.parse.casualTalk), renderQuestion(template, state.answers, field.id));
  // A row of a table answered earlier is no text answer ("- Khối 3 - 98" was stored as the recipients).
  const row = TAKES_ANY_TEXT.has(field.type) ? rowAfterTableHint(template, state.answers, field, text) : undefined;
  if (row) return same(say(row), renderQuestion(template, state.answers, field.id));
  // Today as the clerk's calendar shows it (the campaign's time zone): "hôm nay" typed at 6:30 in Hà Nội is not yesterday.
  const parsed = readTypedAnswer(template, field, text, numberOfField(template, state.answers, field.id), clerkToday(now, input.timeZone), state.answers);
  // "câu 8 ghi gì ạ" at question 11: question 8's answer said, the question asked again.
  const answerAbout = parsed.ok ? undefined : answerAskedAbout(template, state.answers, text, parsed.error);
  if (answerAbout) return same(say(answerAbout), renderQuestion(template, state.answers, field.id));
  if (!parsed.ok) return same(...(chatterAtFigure(template, state.answers, field, text) ?? chatterAtChoice(template, state.answers, field, text) ?? [say(previousQuestionHint(template, state.answers, field, text, clerkToday(now, input.timeZone)) ?? itemAfterListHint(template, state.answers, field, text) ?? rowAfterTableHint(template, state.answers, field, text) ?? answersSaid(parsed.error, state.answers)), renderQuestion(template, state.answers, field.id)]));
  const { value } = parsed;
  // "HIEU TRUONG" stored as "HIỆU TRƯỞNG": a first answer says so (a correction's note shows the value anyway).
  const restored = parsed.restored !== undefined && state.answers[field.id] === undefined ? [say(vi.report.signerLineRestored(parsed.restored))] : [];
  const changed = [...restored, ...changedNote(template, state, field, value), ...parsed.notes.map(say), ...signerNote(template, state, field, value)];
  if (typeof value === "number") return onFigure(template, state, field.id, value, input.previous, () => saveAndAdvance(template, state, field.id, value, changed), input.sender);
  const saved = saveAndAdvance(template, state, field.id, value, [...changed, ...farDateNote(template, state, field, value, now)]);
  if (field.type !== "yes-no" || value !== true) return saved;
  return withDateInPassing(template, field, saved, text, (s, dateField, date) => answerAsked(template, s, dateField, date, input, now));
}

/** A refusal as said to this report: "the answers given are kept" only where some are (the parser cannot tell). */
function answersSaid(error: string, answers: ConversationState["answers"]): string {
  return error === vi.parse.asksWhereAnswersAre && Object.keys(answers).length === 0 ? vi.parse.asksWhereNoAnswers : error;
}
