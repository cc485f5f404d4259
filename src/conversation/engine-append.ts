/**
 * /them N (thêm): items added to question N's list, or rows to its table, without the whole answer
 * typed again ("/them 7 Thi kể chuyện về sách", the items on the lines after it, or "/them 7" alone
 * and the items in the next message). A clerk who remembered one more activity had to retype the
 * whole list with /sua 7. The whole new answer is stored as /sua stores one (engine-typed-edit.ts):
 * in one step, said back as a correction is, the report going back to the question it was on.
 */
import { type AnswerValue, parseAnswer } from "../templates/answer-parsers.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { readListItems, storeListItems } from "../templates/list-items.ts";
import { DEFAULT_MAX_ROWS } from "../templates/table-parser.ts";
import { isTableValue } from "../templates/table-value.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { onCommand, promptAfterHelp } from "./engine-commands.ts";
import { saveAndAdvance, say } from "./engine-moves.ts";
import { currentPrompt } from "./engine-prompts.ts";
import { onTypedEdit } from "./engine-typed-edit.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { fieldByNumber, numberOfField } from "./report-navigation.ts";
import type { UserInput } from "./user-input.ts";

type Command = Extract<UserInput, { kind: "command" }>;
type Growing = Extract<Field, { type: "bullet-list" | "table" }>;

/** "7 Thi kể chuyện", "câu 7: …", "7\n- …": the question's number and the items after it ("" when none). */
const APPEND_ARGUMENT = /^(?:c[âa]u\s*)?(\d{1,3})(?:\s*:\s*|\s+|$)([\s\S]*)$/iu;

/** How long after "/them 7" alone its asker's next message is still the items: a pause to find them, not the next morning. */
export const APPEND_WAIT_MS = 10 * 60_000;

/** "/them N …" (or "thêm câu N: …" typed): the items added, asked for, or why not. */
export function onAppendCommand(template: Template, state: ConversationState, input: ReportInput, message: Command, now: Date): StepResult {
  const { appendTo: _left, ...current } = state;
  // Before the report is started, or "/them 3, 5": what /sua says there, in /sua's words.
  if (current.phase === "idle") return onCommand(template, current, input, message);
  const parsed = APPEND_ARGUMENT.exec(message.argument.trim());
  if (!parsed) return { state: current, replies: [say(vi.append.needsNumber), ...promptAfterHelp(template, current, input)], effects: [] };
  const number = Number(parsed[1]);
  const named = fieldByNumber(template, current.answers, number);
  if (!named) return onCommand(template, current, input, { ...message, argument: String(number) });
  const field = named.field;
  if (field.type !== "bullet-list" && field.type !== "table") return { state: current, replies: [say(vi.append.onlyListsAndTables(number)), ...currentPrompt(template, current, input)], effects: [] };
  const items = parsed[2]!.trim();
  if (items === "") return askItems(template, current, field, input, now);
  return appendItems(template, current, input, message, field, items, now);
}

/** The message after "/them N" alone: the items for the question it named (a command instead drops the wait). */
export function onItemsAsked(template: Template, state: ConversationState, input: ReportInput, text: string, now: Date): StepResult | undefined {
  const waiting = state.appendTo;
  if (!waiting) return undefined;
  const number = numberOfField(template, state.answers, waiting.fieldId);
  return onAppendCommand(template, state, input, { kind: "command", command: "edit", argument: `${number} ${text}`, append: true }, now);
}

/**
 * "/them 7" alone: what the question holds and what to send; the question asked stays asked. Who
 * asked, and when: only their next message is the items (engine.ts), not a colleague's talk.
 */
function askItems(template: Template, state: ConversationState, field: Growing, input: ReportInput, now: Date): StepResult {
  const number = numberOfField(template, state.answers, field.id);
  const held = state.answers[field.id];
  const shown = held === undefined || held === null ? undefined : formatAnswer(field, held);
  return { state: { ...state, appendTo: { fieldId: field.id, by: input.sender?.id, at: now.getTime() } }, replies: [say(vi.append.askItems(number, field.prompt, field.type === "table", shown))], effects: [] };
}

function appendItems(template: Template, state: ConversationState, input: ReportInput, message: Command, field: Growing, items: string, now: Date): StepResult {
  const number = numberOfField(template, state.answers, field.id);
  const whole = grownAnswer(field, state.answers[field.id], items);
  // Refused, nothing changes and the question the clerk was on stays asked: asked question 7 instead,
  // their next message would have replaced the whole list.
  if (!whole.ok) return { state, replies: [say(`${vi.append.refused(number, field.type === "table")}\n${whole.error}`), ...currentPrompt(template, state, input)], effects: [] };
  // Said as what was added and how many there are now: "Đã sửa câu 7: …" cut the whole list at 120
  // characters, the item just added often past the cut.
  const added = say(vi.append.added(number, field.type === "table", whole.added, whole.total, formatAnswer(field, whole.addedValue)));
  const store = (s: ConversationState): StepResult => saveAndAdvance(template, s, field.id, whole.value, [added]);
  // The rest is /sua N with the whole new answer: its checks, its reply, and back to the question asked.
  const { append: _append, ...edit } = message;
  return onTypedEdit(template, state, input, edit, { number, answer: items }, store, now);
}

/** The answer as it stands with the items added, checked against the question's own limits. */
type Grown = { ok: true; value: AnswerValue; addedValue: AnswerValue; added: number; total: number } | { ok: false; error: string };

/** `addedValue`: the items or rows added alone, as the answer holds them; `added`, `total`: how many, then in all. */
function grownAnswer(field: Growing, held: AnswerValue | null | undefined, items: string): Grown {
  if (field.type === "bullet-list") {
    // The added items are read as a list of their own; the question's bounds apply to the whole list.
    const added = parseAnswer({ ...field, minItems: undefined, maxItems: undefined }, items);
    if (!added.ok) return added;
    const all = [...readListItems(held ?? undefined), ...readListItems(added.value)];
    if (field.maxItems !== undefined && all.length > field.maxItems) return { ok: false, error: vi.list.tooManyItems(field.maxItems) };
    if (field.minItems !== undefined && all.length < field.minItems) return { ok: false, error: vi.parse.tooFewItems(field.minItems) };
    return { ok: true, value: storeListItems(all), addedValue: added.value, added: readListItems(added.value).length, total: all.length };
  }
  const max = field.maxRows ?? DEFAULT_MAX_ROWS;
  const added = parseAnswer({ ...field, minRows: undefined, maxRows: max }, items);
  if (!added.ok) return added;
  if (!isTableValue(added.value)) return { ok: false, error: vi.parse.empty };
  const rows = [...(isTableValue(held) ? held.rows : []), ...added.value.rows];
  if (rows.length > max) return { ok: false, error: vi.table.tooManyRows(max, rows.length) };
  if (field.minRows !== undefined && rows.length < field.minRows) return { ok: false, error: vi.table.tooFewRows(field.minRows, rows.length) };
  return { ok: true, value: { rows }, addedValue: added.value, added: added.value.rows.length, total: rows.length };
}
