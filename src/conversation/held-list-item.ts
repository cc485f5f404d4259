/**
 * The reply to "the answer to question 16, or one more item of question 14?" (a held line with a
 * `list`, engine-crossed-answers.ts). Adding a line to a list is chosen, never inferred: Thêm (or
 * its number, 2) adds it, Bỏ (3) drops it. A plain "Không" said neither, and it used to add the
 * line to the list unseen (the retest's "ko" put "em không biết" into question 7's activities), so
 * it is asked again with the line still held. Có (1) and any other text are onHeldAnswer's.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { answeredBy, type HeldAnswer, heldQuestionId, ITEM_OR_ANSWER_CHOICES } from "./engine-crossed-answers.ts";
import { onFollowingItems } from "./engine-list-items.ts";
import { authorOf, type ReportInput, type StepResult } from "./engine-types.ts";
import { numberOfField } from "./report-navigation.ts";

/** "Thêm", "thêm vào câu 14", "them a": what adds the held line to the list. */
const ADD = /^\s*(?:thêm|them)(?:\s+(?:vào|vao)(?:\s+(?:câu|cau)\s*\d+)?)?(?:\s+(?:ạ|a|nhé|nhe))?\s*[.!]?\s*$/iu;

/** "Bỏ", "bỏ tin này": what drops a held "không" (numbered 2, as Không is) or a held line (numbered 3). */
export const DROP = /^\s*(?:bỏ|bo)(?:\s+(?:tin|tin này|tin nay|đi|di))?\s*[.!]?\s*$/iu;

/** How a reply to the question reads: "add", "drop" (Bỏ or 3), or undefined (onHeldAnswer reads it). */
export function listItemChoice(text: string): "add" | "drop" | undefined {
  const typed = text.normalize("NFC");
  const number = /^\s*([23])[.)]?\s*$/.exec(typed)?.[1];
  if (number) return number === "2" ? "add" : "drop";
  return ADD.test(typed) ? "add" : DROP.test(typed) ? "drop" : undefined;
}

/** The held line added to its list, as its author's (`author`: who typed it). */
export function addHeldItem(template: Template, rest: ConversationState, held: HeldAnswer, input: ReportInput, author: NonNullable<ReportInput["sender"]>): StepResult | undefined {
  const list = held.list === undefined ? undefined : fieldById(template, held.list);
  if (list?.type !== "bullet-list") return undefined;
  return answeredBy(onFollowingItems(template, rest, list, held.text, { ...input, sender: author }), list.id, authorOf(author));
}

/** A "Không": nothing done, the line still held (a new object, so that the step keeps it), and the choice asked again. */
export function askItemOrAnswerAgain(template: Template, state: ConversationState, held: HeldAnswer): StepResult {
  const n = numberOfField(template, state.answers, held.fieldId);
  const listN = numberOfField(template, state.answers, held.list!);
  const asked: OutboundMessage = {
    kind: "text",
    text: vi.crossing.itemOrAnswerAgain(held.text, n, listN),
    choices: ITEM_OR_ANSWER_CHOICES,
    expectsReply: true,
    questionId: heldQuestionId(held.fieldId),
  };
  return { state: { ...state, heldAnswer: { ...held } }, replies: [asked], effects: [] };
}
