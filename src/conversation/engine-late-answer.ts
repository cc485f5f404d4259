/**
 * An answer meant for the question just answered, come after the report moved on and refused by
 * the question asked now: a second member's "95,5" to question 12 right after the first one's,
 * refused by the choice question 13 ("Vui lòng chọn một số từ 1 đến 3"), or an activity typed on
 * its own after the list's first one, refused by the figure question after it ("Vui lòng nhập một
 * số"). The refusal alone said nothing of question 12 or 7: its author believed the bot had
 * misread their answer, or that it was stored. So the refusal says first which question was just
 * answered, with what, and how to correct it; the same answer again is said to be there already.
 * Where a text is asked, only a figure or a date alone (refused there as no text) may be the last
 * figure or date question's answer; any other refusal of a text question is of the text itself.
 * Stored answers are not touched here (engine-crossed-answers.ts holds those). Pure.
 */
import { parseAnswer } from "../templates/answer-parsers.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import { sameValue } from "../canonical-json.ts";
import type { ConversationState } from "./conversation-state.ts";
import { CROSSING_WINDOW_MS } from "./engine-crossed-answers.ts";
import { clerkToday } from "../vietnamese/relative-day.ts";
import { FOLLOWING_ROWS_MS } from "./engine-table-rows.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { nextToAsk, numberOfField } from "./report-navigation.ts";
import { saysLeftOut } from "./engine-edited-message.ts";

/** Text questions: what a member goes on typing after their answer, and what takes any text. */
const TYPED_ON = new Set<Field["type"]>(["short-text", "paragraph", "bullet-list"]);
/** The questions whose answer, typed alone where a text is asked, is refused as no text (answer-parsers.ts). */
const FIGURE_OR_DATE = new Set<Field["type"]>(["date", "integer", "decimal", "percent"]);

/**
 * `refused`: the step a text gave at the question asked. When it changed nothing and the text reads
 * as an answer to the question the last answer moved the report on from, sent soon after it (within
 * the crossing window from another member; within the list's window from the one who answered,
 * who types on), the refusal is told so first.
 */
export function withLateAnswerNote(template: Template, state: ConversationState, text: string, input: ReportInput, now: Date, refused: StepResult): StepResult {
  const { sender } = input;
  const last = state.lastAnswer;
  if (!sender || !last || refused.state !== state || refused.effects.length > 0 || state.phase !== "asking" || state.fieldId === undefined) return refused;
  const window = last.by === sender.id ? FOLLOWING_ROWS_MS : CROSSING_WINDOW_MS;
  const at = sender.at ?? now.getTime();
  if (last.fieldId === state.fieldId || at - last.at >= window || input.repliedTo === state.fieldId) return refused;
  if (nextToAsk(template, state.answers, last.fieldId)?.placed.field.id !== state.fieldId) return refused;
  const asked = fieldById(template, state.fieldId);
  const lastField = fieldById(template, last.fieldId);
  const stored = state.answers[last.fieldId];
  if (!asked || asked.type === "table" || !lastField || stored === undefined || text.length > 4_000) return refused;
  // A text question refuses what is no text of a report (talk, a bare "ok"): said for itself. But a
  // date or a figure alone, refused there, is the date or figure question's just before, come late
  // (a second member's "2/10/2026" at the activities' list was stored as an activity).
  const textAsked = TYPED_ON.has(asked.type);
  if (textAsked && !FIGURE_OR_DATE.has(lastField.type)) return refused;
  // Its own author goes on with a text (a list's second item); after their figure, a refused
  // figure is a slip at the question asked, not one more answer to the last.
  if (last.by === sender.id && !TYPED_ON.has(lastField.type)) return refused;
  // A date without its year ("3/10") takes today's, as the date question itself reads it.
  const read = saysLeftOut(template, lastField, text) ? { ok: true as const, value: null } : parseAnswer(lastField, text, clerkToday(now, input.timeZone));
  if (!read.ok) return refused;
  const n = numberOfField(template, state.answers, last.fieldId);
  const shown = stored === null ? vi.crossing.skipped : formatAnswer(lastField, stored);
  // Named, whoever answered: the reader themselves as "bạn" (it said "vừa được trả lời", by nobody).
  const by = last.by === sender.id ? vi.crossing.you : last.name;
  const [first, ...rest] = refused.replies;
  // The same answer again: nothing to correct, and the refusal's own words are beside the point.
  if (sameValue(read.value, stored)) return { ...refused, replies: [{ kind: "text", text: vi.crossing.alreadyAnswered(n, barePrompt(lastField.prompt), by, shown) }, ...rest] };
  const note = vi.crossing.meantForLast(n, barePrompt(lastField.prompt), by, shown);
  // The text refusal's own way out ("sửa câu <số của câu đó>") is the note's now, with the number.
  if (textAsked) return { ...refused, replies: [{ kind: "text", text: `${note}\n${vi.crossing.textAsked(text)}` }, ...rest] };
  return { ...refused, replies: first?.kind === "text" ? [{ ...first, text: `${note}\n${first.text}` }, ...rest] : [{ kind: "text", text: note }, ...refused.replies] };
}
