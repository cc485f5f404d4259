/**
 * The message after an answer was held (engine-crossed-answers.ts): the reply to the question
 * about it (Có stores it as its author's, Không or Bỏ drops it; of a line that may be a list's item,
 * held-list-item.ts reads Thêm, Bỏ and Không; another answer replaces it), and
 * what sets it aside when the message is about something else. Pure, like the rest of the engine.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { answeredBy, type HeldAnswer, heldNo, holdIfCrossed } from "./engine-crossed-answers.ts";
import { authorOf, type ReportInput, type StepResult, storesAnswer } from "./engine-types.ts";
import { addHeldItem, askItemOrAnswerAgain, DROP, listItemChoice } from "./held-list-item.ts";
import { renderQuestion } from "./render-question.ts";
import { numberOfField } from "./report-navigation.ts";

/** The step a text gives as a plain answer to the question asked, typed by `author` (the sender by default). */
type Answer = (state: ConversationState, text: string, author?: ReportInput["sender"]) => StepResult;

const normalised = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();


/** "không, em trả lời câu 8 thôi": a no, then why; its figure is no answer to the held one's question. */
const LEADING_NO = /^\s*(?:không|khong|ko|hông)(?:\s+(?:phải|ạ))?\s*[,.!:;]/iu;

/**
 * The reply while an answer is held: Có (or the same text again) answers with it, as its author's;
 * Không drops it and asks the question again; anything else is read as the answer, unheld (the held
 * one said to be dropped when another member typed it).
 */
export function onHeldAnswer(template: Template, state: ConversationState, text: string, input: ReportInput, now: Date, answer: Answer): StepResult | undefined {
  const { heldAnswer: held, lastAnswer: _last, ...rest } = state;
  if (!held || held.fieldId !== state.fieldId) return undefined;
  // Có and Không answer the question asked about the held answer first, whatever it held ("không"
  // held, "Không" drops it); then the same text again confirms it.
  // "1" and "2" are the numbered Có and Không; other figures are answers (to a figure question).
  const choice = /^\s*([12])[.)]?\s*$/.exec(text)?.[1];
  const read = choice ? { ok: true as const, value: choice === "1" } : /\d/.test(text) ? (LEADING_NO.test(text.normalize("NFC")) ? { ok: true as const, value: false } : undefined) : parseYesNo(text);
  // A held "không": a "no" typed again is that answer again; only "Bỏ" (or 2) drops it.
  const reply = heldNo(held) && !choice ? (DROP.test(text.normalize("NFC")) ? { ok: true as const, value: false } : read?.ok && !read.value ? { ok: true as const, value: true } : read) : read;
  const same = !reply?.ok && normalised(text) === normalised(held.text);
  // Who typed the held answer: it is stored as theirs, whoever confirmed it.
  const author = { id: held.by, name: held.name, ...(held.messageId === undefined ? {} : { messageId: held.messageId }), ...(input.sender?.at === undefined ? {} : { at: input.sender.at }) };
  // Asked as one more item of a list (itemOfCrossedList): only Thêm adds it there; a Không is asked again.
  const itemChoice = held.list === undefined ? undefined : listItemChoice(text);
  if (itemChoice === "add") return addHeldItem(template, rest, held, input, author) ?? answer(rest, text);
  if (held.list !== undefined && itemChoice !== "drop" && reply?.ok && !reply.value) return askItemOrAnswerAgain(template, state, held);
  if (itemChoice === "drop" || (reply?.ok && !reply.value)) {
    const n = state.lastAnswer && numberOfField(template, state.answers, state.lastAnswer.fieldId);
    return { state: rest, replies: [{ kind: "text", text: vi.crossing.dropped(held.text, n) }, renderQuestion(template, state.answers, held.fieldId)], effects: [] };
  }
  // Without the last answer's author, the answer given now is never held again; it is stored (or
  // its figure questioned) as its author's, whoever confirmed it.
  if (same || reply?.ok) {
    const theirs = answeredBy(answer(rest, held.text, author), held.fieldId, authorOf(author));
    const result = holdIfCrossed(template, rest, held.text, { ...input, sender: author }, now, theirs);
    // Said once stored (a doubtful figure is questioned first): "Có" alone showed only the next question.
    if (!storesAnswer(result, held.fieldId)) return result;
    // Said to whoever confirmed it: its author is not named to themselves in the third person.
    const n = numberOfField(template, rest.answers, held.fieldId);
    const own = held.by === input.sender?.id;
    // A held "ko co y kien" leaves an optional question out: said skipped, in place of the engine's
    // own "left out" (it was said "stored", then "left out"). Not the recipients' default, also
    // stored as nothing: that one's own reply says the default is used.
    const leftOut = result.replies.findIndex((r) => r.kind === "text" && r.text === vi.report.leftOut);
    if (leftOut >= 0) {
      const skipped: OutboundMessage = { kind: "text", text: own ? vi.crossing.skippedOwn(held.text, n) : vi.crossing.skippedTheirs(held.name, held.text, n) };
      return { ...result, replies: result.replies.map((r, i) => (i === leftOut ? skipped : r)) };
    }
    const said = own ? vi.crossing.storedOwn(held.text, n) : vi.crossing.stored(held.name, n);
    return { ...result, replies: [{ kind: "text", text: said }, ...result.replies] };
  }
  // Another answer: the held one is dropped, said unless its own author typed the new one (a third
  // member's answer would otherwise leave the held one's author believing theirs waits for a Có).
  const answered = holdIfCrossed(template, rest, text, input, now, answer(rest, text));
  return held.by === input.sender?.id ? answered : { ...answered, replies: [droppedNotice(held), ...answered.replies] };
}

const droppedNotice = (held: HeldAnswer): OutboundMessage => ({ kind: "text", text: vi.crossing.droppedUnasked(held.name, held.text) });

/**
 * The step `run` gives once a held answer is set aside, before the message is read (a correction
 * naming its question, a press of the question's own button): said first, so that its author does
 * not answer what is no longer asked.
 */
export function withHeldAnswerSetAside(state: ConversationState, run: (unheld: ConversationState) => StepResult): StepResult {
  const { heldAnswer: held, ...rest } = state;
  if (!held) return run(state);
  const result = run(rest);
  return { ...result, replies: [droppedNotice(held), ...result.replies] };
}

/**
 * Every step ends here: a held answer lives for the next message only, which answers the question
 * about it. Anything else (a command, help, a late button) shows the plain question again, after
 * which a "Có" would confirm what was no longer asked about.
 */
export function dropLeftHeldAnswer(before: ConversationState, result: StepResult): StepResult {
  const { state } = result;
  const held = state.heldAnswer;
  const heldNow = held !== undefined && held !== before.heldAnswer;
  if (!held || (heldNow && state.phase === "asking" && state.fieldId === held.fieldId)) return result;
  const { heldAnswer: _held, ...rest } = state;
  // Said, so that its author does not answer the question about it: their "Có" would now answer
  // the question asked.
  return { ...result, state: rest, replies: [droppedNotice(held), ...result.replies] };
}
