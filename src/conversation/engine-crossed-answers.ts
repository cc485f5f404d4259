/**
 * Two members answering one question at once. In a group where the bot reads every message (Zalo
 * OA, Zalo Bot, Telegram with privacy mode off), a second "6" to question 8, sent by another member
 * just after the first one moved the report on, was stored as the answer to question 9: nothing in
 * it says which question it meant. So an answer from another member than the one who answered
 * last, within half a minute, that reads for the last question as the very answer it got, is held
 * and questioned once ("… là câu trả lời cho câu 9?") instead of stored; Có stores it, Không drops
 * it (a "1" or "2" is read as the numbered Có or Không, even when the held answer was that figure);
 * a held "không" is asked with Có/Bỏ, since its author's "không" again means that answer.
 * A different answer is stored as ever: members taking turns are not asked each time, and which of
 * two different figures was meant for which question cannot be told; but another option of the
 * last choice question typed where a text is asked is held too (picksAnotherOption), and so is a line
 * that may be one more item of a list whose answer the turns began by crossing (itemOfCrossedList),
 * asked with Có to store it, Thêm to add it to the list, Bỏ to drop it. Pure, like the rest of the
 * engine. The reply to the question about a held answer is engine-held-answer.ts.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { isChoiceOption, parseAnswer } from "../templates/answer-parsers.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { type Author, type ReportInput, type StepResult } from "./engine-types.ts";
import { nextToAsk, numberOfField, previousField } from "./report-navigation.ts";
import { saysLeftOut } from "./engine-edited-message.ts";

/** How long after one member's answer another's may still be the same answer to the same question: the time to type it. */
export const CROSSING_WINDOW_MS = 30_000;

export type HeldAnswer = NonNullable<ConversationState["heldAnswer"]>;

/**
 * The id the question about a held answer carries: not its question's own, so that a press of the
 * question's own button (or a reply to it) answers the question, and a late press of this one's is
 * an old question's.
 */
export const heldQuestionId = (fieldId: string) => `held:${fieldId}`;

/**
 * A held "không" (or "k", "ko"): asked with Có/Không, its author's "không" typed again, meaning the
 * answer, dropped it. Such a one is asked with Có/Bỏ instead, and any "no" stores it.
 */
export function heldNo(held: HeldAnswer): boolean {
  const read = parseYesNo(held.text);
  return read.ok && read.value === false;
}

/** The question while an answer is held: whose answer came just before, and Có/Không. */
/** The choices of "its answer, or one more item of the list?": Có, Thêm, Bỏ (held-list-item.ts reads them). */
export const ITEM_OR_ANSWER_CHOICES = [vi.yes, vi.crossing.add, vi.crossing.drop];

export function heldQuestion(template: Template, state: ConversationState, held: HeldAnswer): OutboundMessage {
  const last = state.lastAnswer;
  const lastField = last && fieldById(template, last.fieldId);
  const lastValue = last && state.answers[last.fieldId];
  const lastShown = lastField && lastValue !== undefined && (lastValue === null ? vi.crossing.skipped : formatAnswer(lastField, lastValue));
  const before = last && lastShown ? vi.crossing.justAnswered(last.name, numberOfField(template, state.answers, last.fieldId), lastShown) : undefined;
  const field = fieldById(template, held.fieldId);
  const n = numberOfField(template, state.answers, held.fieldId);
  const prompt = field ? barePrompt(field.prompt) : "";
  const list = held.list === undefined ? undefined : fieldById(template, held.list);
  const asked = list
    ? vi.crossing.isItForOrItem(held.name, held.text, n, prompt, numberOfField(template, state.answers, list.id), barePrompt(list.prompt))
    : heldNo(held)
      ? vi.crossing.isItForNo(held.name, held.text, n, prompt)
      : vi.crossing.isItFor(held.name, held.text, n, prompt);
  // Numbered on Zalo as every Có/Không is ("1. Có / 2. Không"): a typed 1 or 2 answers this question.
  const choices = list ? ITEM_OR_ANSWER_CHOICES : [vi.yes, heldNo(held) ? vi.crossing.drop : vi.no];
  return { kind: "text", text: [before, asked].filter(Boolean).join("\n"), choices, expectsReply: true, questionId: heldQuestionId(held.fieldId) };
}

/** `result` with its answer to `fieldId` stored as `by`'s. */
export function answeredBy(result: StepResult, fieldId: string, by: Author): StepResult {
  return { ...result, effects: result.effects.map((e) => (e.type === "save-answer" && e.fieldId === fieldId ? { ...e, by } : e)) };
}

/**
 * Another of the last choice question's options, typed where a text is asked ("Hoàn thành" after
 * "hoàn thành tốt" to the self-rating, then stored as the strengths): a choice answered, not a
 * text written, though not the same answer. (Two different figures stay apart: which was meant
 * for which question cannot be told.)
 */
function picksAnotherOption(last: Field, asked: Field | undefined, text: string): boolean {
  const isText = asked?.type === "paragraph" || asked?.type === "bullet-list" || asked?.type === "short-text";
  return isText && (last.type === "single-choice" || last.type === "multiple-choice") && text.length <= 80 && isChoiceOption(last, text);
}

/** Questions whose answer is written, where an item meant for a list is stored without a word against it. */
const TAKES_TEXT = new Set<Field["type"]>(["paragraph", "bullet-list", "short-text"]);

/**
 * The list whose item the text may be, just after a colleague's answer crossed the question after
 * it (`afterList`): Hoa's "- A" to the strengths, Minh's "- B" stored (and said) as the lessons, then
 * Hoa's "C" went to the limitations in silence. Only while that crossing answer is the last one and
 * the text is another member's than its author's: later in the run (a clerk answering on alone, a
 * few seconds apart) a line is the question's answer, and the list was answered questions ago (the
 * retest's "em không biết" at question 15 asked about as an item of question 7). One line, no yes
 * or no, where a text is asked; the list still answered.
 */
function itemOfCrossedList(template: Template, state: ConversationState, last: NonNullable<ConversationState["lastAnswer"]>, senderId: string, fieldId: string, text: string): string | undefined {
  const list = last.afterList === undefined ? undefined : fieldById(template, last.afterList);
  const asked = fieldById(template, fieldId);
  if (list?.type !== "bullet-list" || list.id === fieldId || !Array.isArray(state.answers[list.id]) || !asked || !TAKES_TEXT.has(asked.type)) return undefined;
  if (last.by === senderId || previousField(template, state.answers, last.fieldId)?.field.id !== list.id) return undefined;
  return text.trim().includes("\n") || parseYesNo(text).ok ? undefined : list.id;
}

/**
 * `answered`: the step the message gives as a plain answer. When it answers the question asked
 * (stored, or a figure held for a second look), in a group, from another member than the last
 * answer's, within the window, and the text is that last answer again, it is held instead.
 * Otherwise the step stands, and remembers who answered (in groups).
 */
export function holdIfCrossed(template: Template, state: ConversationState, text: string, input: ReportInput, now: Date, answered: StepResult): StepResult {
  const fieldId = state.fieldId;
  const { sender } = input;
  const saved = fieldId === undefined ? undefined : answered.effects.find((e) => e.type === "save-answer" && e.fieldId === fieldId);
  const doubted = answered.state.pendingFigure?.fieldId === fieldId && answered.state.pendingFigure !== state.pendingFigure;
  if (!sender || fieldId === undefined || (!saved && !doubted)) return answered;
  const last = state.lastAnswer;
  // By when the message was sent, not handled: a backlog handled at once is not "at once".
  const at = sender.at ?? now.getTime();
  // A reply to the question asked now says which question it meant; a held figure's Có is no answer of its own.
  // Only a question the last answer moved the report on to: one asked by "/sua 9" is meant by whoever answers it.
  const soon =
    last && !state.pendingFigure && last.by !== sender.id && last.fieldId !== fieldId && at - last.at < CROSSING_WINDOW_MS && input.repliedTo !== fieldId && nextToAsk(template, state.answers, last.fieldId)?.placed.field.id === fieldId;
  // Or another member's answer to the question "/baocao 2" asked as it moved the chat here (moved-here.ts).
  const moved = state.movedHere;
  const afterMove = !soon && moved !== undefined && moved.by !== sender.id && moved.fieldId === fieldId && at - moved.at < CROSSING_WINDOW_MS;
  // The last question's own answer again, read as that question reads it ("6 buổi" for 6; "không", or "chưa có ạ" at the recipients, for a question it left out).
  const lastField = soon ? fieldById(template, last.fieldId) : undefined;
  const again = lastField && (saysLeftOut(template, lastField, text) ? { ok: true as const, value: null } : parseAnswer(lastField, text));
  const same = again?.ok === true && JSON.stringify(again.value) === JSON.stringify(state.answers[last!.fieldId]);
  // Members taking turns hear the note once: the run goes on while each answer follows the last
  // within the window (it was said at every answer, one member's after the other's).
  const told = last?.noted === true && at - last.at < CROSSING_WINDOW_MS;
  // In a run that began by crossing a list's answer, a line stored for the question asked is asked about once.
  const list = told && saved && !state.pendingFigure && input.repliedTo !== fieldId ? itemOfCrossedList(template, state, last, sender.id, fieldId, text) : undefined;
  if (same || list || (lastField && picksAnotherOption(lastField, fieldById(template, fieldId), text))) {
    const heldAnswer = { fieldId, text, by: sender.id, name: sender.name, ...(sender.messageId === undefined ? {} : { messageId: sender.messageId }), ...(list ? { list } : {}) };
    return { state: { ...state, heldAnswer }, replies: [heldQuestion(template, state, heldAnswer)], effects: [] };
  }
  if (!saved) return answered;
  // Who answered is whose answer was stored: a figure confirmed by another member stays its author's.
  const by = saved.type === "save-answer" && saved.by ? saved.by : sender;
  const noted = told || ((soon || afterMove) && by.id === sender.id);
  // The list whose answer the run began by crossing, kept while the run goes on (itemOfCrossedList).
  const afterList = told ? last.afterList : noted && lastField?.type === "bullet-list" ? lastField.id : undefined;
  const { movedHere: _moved, ...after } = answered.state;
  const lastAnswer = { fieldId, by: by.id, name: by.name, at, ...(noted ? { noted: true as const } : {}), ...(afterList === undefined ? {} : { afterList }) };
  const stored = { ...answered, state: { ...after, lastAnswer } };
  // Another member's different answer just after: stored for the question asked, and said so (it
  // may have been meant to add to the last question; the next question alone did not say where it
  // went). Said on the reply's first message, not in one more: members taking turns would double the
  // messages a group gets, and its platform's limit (Zalo's per group) hold the rest back.
  const field = soon || afterMove ? fieldById(template, fieldId) : undefined;
  if (!field || by.id !== sender.id || told) return stored;
  // A question left out ("ko có ạ") is said left out, once: not "stored", then "left out".
  const skipped = saved.type === "save-answer" && saved.value === null;
  const n = numberOfField(template, state.answers, fieldId);
  // Just after "/baocao 2" moved the chat, the report is named: the answer (or the "không" that left
  // the question out) may be meant for the one left.
  const movedTo = afterMove ? (input.reportTitle ?? template.title) : undefined;
  const storedNote = movedTo !== undefined ? vi.crossing.storedAfterMove(n, barePrompt(field.prompt), movedTo) : vi.crossing.storedFor(n, barePrompt(field.prompt));
  const said = skipped ? vi.crossing.skippedFor(n, barePrompt(field.prompt), movedTo) : storedNote;
  const [first, ...rest] = stored.replies;
  // The engine's own "left out" message is said in the crossing's words instead, not after them.
  const replies: OutboundMessage[] =
    first?.kind !== "text" ? [{ kind: "text", text: said }, ...stored.replies] : skipped && first.text === vi.report.leftOut ? [{ ...first, text: said }, ...rest] : [{ ...first, text: `${said}\n${first.text}`.trimEnd() }, ...rest];
  return { ...stored, replies };
}
