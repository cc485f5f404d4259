/**
 * The engine's part for last year's report and for questioned figures, pure like the rest of it:
 * the offer at /baocao, "Giữ" on a drafted question, a figure held for "Có" before it is saved,
 * and finishStep, which every step passes through to show a draft under its question and to drop
 * drafts and a held figure once their question is answered or left.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { answersLater } from "../templates/sounds-like-talk.ts";
import { acknowledgesOnly } from "../templates/casual-talk.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { authorOf, type ReportInput, type StepResult } from "./engine-types.ts";
import { figureDoubts } from "./figure-doubts.ts";
import { draftsFrom, type PreviousReport } from "./last-year-drafts.ts";
import { TYPED_WORDS_MAX_LENGTH } from "./typed-words.ts";

/** The question id the offer carries, so a reply to it (privacy-mode groups) counts as its answer. */
export const LAST_YEAR_OFFER = "last-year-offer";

/** Words that keep a draft, folded ("Giữ", "giữ nguyên", "Giu lai."). */
const KEEP_WORDS = new Set([
  "giu",
  "giu lai",
  "giu nguyen",
  "keep",
  ..."nhu cu|nhu dot truoc|nhu nam truoc|nhu nam ngoai|nhu lan truoc|giong dot truoc|giong nam truoc".split("|").flatMap((same) => [same, `giu ${same}`, `giu nguyen ${same}`]),
]);

type PendingFigure = NonNullable<ConversationState["pendingFigure"]>;
type Start = (state: ConversationState, notes: OutboundMessage[]) => StepResult;

const say = (text: string): OutboundMessage => ({ kind: "text", text });

/** `previousTitle`: the report submitted last time; `reportTitle`: the one this chat is starting. */
export function offerMessage(previousTitle: string, reportTitle: string | undefined): OutboundMessage {
  return { kind: "text", text: vi.lastYear.offer(previousTitle, reportTitle), choices: [vi.yes, vi.no], expectsReply: true, questionId: LAST_YEAR_OFFER };
}

export function figureQuestion(pending: PendingFigure): OutboundMessage {
  return { kind: "text", text: [...pending.doubts, vi.lastYear.confirmHow].join("\n"), choices: [vi.yes, vi.no], typedChoices: true, expectsReply: true, questionId: pending.fieldId };
}

/** /baocao on a report not yet started: the offer, when last year's report has something to copy. */
export function offerLastYear(template: Template, state: ConversationState, previous: PreviousReport | undefined, reportTitle: string | undefined): StepResult | undefined {
  if (state.lastYearOffer) return { state, replies: [offerMessage(state.lastYearOffer.title, reportTitle)], effects: [] };
  if (!previous || state.submittedVersion > 0 || Object.keys(state.answers).length > 0) return undefined;
  if (Object.keys(draftsFrom(template, previous.answers)).length === 0) return undefined;
  return { state: { ...state, lastYearOffer: { title: previous.campaignTitle } }, replies: [offerMessage(previous.campaignTitle, reportTitle)], effects: [] };
}

/** The reply to the offer: Có starts with the drafts, Không starts empty, anything else asks again. */
export function onOfferReply(template: Template, state: ConversationState, text: string, input: Pick<ReportInput, "previous" | "reportTitle" | "sender" | "repliedTo">, start: Start): StepResult {
  const { previous } = input;
  const { lastYearOffer, ...rest } = state;
  // In a group, "ok", "dạ", "ok chị" may be said to someone else: a colleague's "ok" started the
  // report, and the clerk's "có" then went to question 1. A reply to the offer's own message is meant for it.
  if (input.sender && input.repliedTo !== LAST_YEAR_OFFER && acknowledgesOnly(text)) return { state, replies: [say(vi.parse.casualTalk), offerMessage(lastYearOffer?.title ?? "", input.reportTitle)], effects: [] };
  const answer = parseYesNo(text);
  // "để mai em làm tiếp": a pause, not a wrong yes or no (it was told "Có hoặc Không"). The offer is
  // put away, so the group's talk meanwhile is not asked for a yes or no; /baocao offers it again.
  if (!answer.ok && answersLater(text)) return { state: rest, replies: [say(vi.lastYear.paused)], effects: [] };
  if (!answer.ok) return { state, replies: [say(answer.error), offerMessage(lastYearOffer?.title ?? "", input.reportTitle)], effects: [] };
  // The previous report may have gone meanwhile (its campaign reopened): then there is nothing to copy.
  const drafts = answer.value && previous ? draftsFrom(template, previous.answers) : {};
  const count = Object.keys(drafts).length;
  if (count === 0) return start(rest, [say(vi.lastYear.startEmpty)]);
  return start({ ...rest, drafts }, [say(vi.lastYear.copied(count))]);
}

/** "Giữ", "giữ nguyên", "Giu lai.": keep what the question holds (a draft, or the answer it has). */
export function isKeepWord(text: string): boolean {
  if (text.trim().length > TYPED_WORDS_MAX_LENGTH) return false;
  return KEEP_WORDS.has(foldVietnamese(text).trim().replace(/[.!]+$/, "").replace(/(?: (?:a|nhe|nha))+$/, ""));
}

/** The draft "Giữ" keeps for the question asked now (its own earlier answer first), if that is what the user typed. */
export function keptDraft(state: ConversationState, fieldId: string, text: string): AnswerValue | undefined {
  const draft = state.earlier?.[fieldId] ?? state.drafts?.[fieldId];
  if (draft === undefined || state.answers[fieldId] !== undefined) return undefined;
  return isKeepWord(text) ? draft : undefined;
}

/** A figure for `fieldId`: saved, or held and questioned once when it looks wrong. */
export function onFigure(
  template: Template,
  state: ConversationState,
  fieldId: string,
  value: number,
  previous: PreviousReport | undefined,
  save: () => StepResult,
  author?: { id: string; name: string; messageId?: string },
): StepResult {
  const held = state.pendingFigure;
  // The same figure typed again after the question is a confirmation too.
  if (held?.fieldId === fieldId && held.value === value) return save();
  const doubts = figureDoubts(template, state.answers, fieldId, value, previous?.answers);
  if (doubts.length === 0) return save();
  const by = author && authorOf(author);
  const pendingFigure = { fieldId, value, doubts, ...(by ? { by } : {}) };
  return { state: { ...state, pendingFigure }, replies: [figureQuestion(pendingFigure)], effects: [] };
}

/**
 * The reply while a figure is held: Có saves it, Không asks the question again. Anything else
 * (a number above all: 1 and 2 mean Có/Không elsewhere, here they are figures) is read as the answer.
 */
export function onHeldFigure(
  state: ConversationState,
  text: string,
  save: (state: ConversationState, value: number) => StepResult,
  reask: (state: ConversationState) => StepResult,
): StepResult | undefined {
  const { pendingFigure: held, ...rest } = state;
  if (!held || held.fieldId !== state.fieldId || /\d/.test(text)) return undefined;
  const answer = parseYesNo(text);
  if (!answer.ok) return undefined;
  return answer.value ? save(rest, held.value) : reask(rest);
}

/** Every step ends here: drafts and a held figure live only until their question is answered or left. */
export function finishStep(template: Template, result: StepResult): StepResult {
  const saved = new Set(result.effects.flatMap((e) => (e.type === "save-answer" ? [e.fieldId] : [])));
  let { state } = result;
  const held = state.pendingFigure;
  if (held && (saved.has(held.fieldId) || state.phase !== "asking" || state.fieldId !== held.fieldId)) {
    const { pendingFigure: _held, ...rest } = state;
    state = rest;
  }
  for (const key of ["drafts", "earlier"] as const) {
    const drafts = state[key];
    if (!drafts || ![...saved].some((id) => id in drafts)) continue;
    const left = Object.fromEntries(Object.entries(drafts).filter(([id]) => !saved.has(id)));
    const { [key]: _drafts, ...rest } = state;
    state = Object.keys(left).length > 0 ? { ...rest, [key]: left } : rest;
  }
  return { ...result, state, replies: result.replies.map((reply) => withDraft(template, state, reply)) };
}

/** The question asked now, with its own earlier answer or last year's below it and a "Giữ" button. */
function withDraft(template: Template, state: ConversationState, reply: OutboundMessage): OutboundMessage {
  const fieldId = state.phase === "asking" ? state.fieldId : undefined;
  if (reply.kind !== "text" || !fieldId || reply.questionId !== fieldId || state.pendingFigure) return reply;
  const earlier = state.earlier?.[fieldId];
  const draft = earlier ?? state.drafts?.[fieldId];
  const field = fieldById(template, fieldId);
  if (draft === undefined || state.answers[fieldId] !== undefined || !field) return reply;
  const shown = formatAnswer(field, draft);
  const offer = earlier === undefined ? vi.lastYear.draft(shown) : field.type === "photo" ? vi.photo.earlierPhotos(shown) : vi.report.earlierAnswer(shown);
  // The question's own buttons stay (a yes/no asked again keeps Có and Không), "Giữ" after them.
  return { ...reply, text: `${reply.text}\n${offer}`, choices: [...(reply.choices ?? []), vi.lastYear.keep], typedChoices: true };
}
