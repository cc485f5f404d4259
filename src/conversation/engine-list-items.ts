/**
 * A list answered an item per message ("- Tổ chức Lễ khai mạc…", then "- Tổ chức các sân chơi…"):
 * the first item was stored as the whole list and the report went on to the next question, which
 * refused the second ("Vui lòng nhập một số") and dropped it. Items that follow the list's answer
 * within a few minutes, each line opening with a list mark, join it when the question asked now
 * could not take them (a figure, a date, a choice; or every question answered): an item the list has
 * already (the same words, marks and case aside) is not added again.
 */
import { parseAnswer } from "../templates/answer-parsers.ts";
import { readListItems, storeListItems } from "../templates/list-items.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { currentPrompt } from "./engine-prompts.ts";
import { say } from "./engine-moves.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { CROSSING_WINDOW_MS } from "./engine-crossed-answers.ts";
import { FOLLOWING_ROWS_MS } from "./engine-table-rows.ts";
import { numberOfField } from "./report-navigation.ts";

type ListField = Extract<Field, { type: "bullet-list" }>;

/** Questions whose answer is never a list item: an item typed there is the last list's. */
export const TAKES_NO_ITEM = new Set<Field["type"]>(["integer", "decimal", "percent", "date", "time", "yes-no", "single-choice", "multiple-choice", "photo"]);

/** A list mark opening a line. */
const MARK = /^[ \t]*[-+•*][ \t]+/;
/** A line numbered "3) " or "3. ", and its number (compared with the list's next one). */
const NUMBERED = /^[ \t]*(\d+)[.)][ \t]+/;

/**
 * The items, when every line opens with a list mark, or with the list's next numbers
 * (`nextNumber`: "3) …" after two items), and has words after it ("- 12" may be a figure's
 * answer); read line by line, in one pass each.
 */
export function markedItems(text: string, nextNumber?: number): string[] | undefined {
  const lines = text.trim().split("\n");
  // Numbered on from the list ("3) …" after two items): marked as its own items were.
  const numbered = nextNumber !== undefined && lines.every((line, i) => NUMBERED.exec(line)?.[1] === String(nextNumber + i));
  if (!numbered && !lines.every((line) => MARK.test(line))) return undefined;
  const items = lines.map((line) => line.replace(numbered ? NUMBERED : MARK, ""));
  return items.every((item) => /\p{L}/u.test(item)) ? items : undefined;
}

/**
 * The list whose items the text continues, if it does: the question asked takes its own answer
 * first ("- Loa phát thanh" to a choice question after a list is that choice), a yes or a no is no
 * item. In a group, once every question is answered, only the member who answered the list
 * continues it ("- Chiều nay họp hội đồng nhé cả nhà" from another is the group's talk); while a
 * question that takes no item is asked, a colleague's item joins only if it crossed the list's
 * answer (within CROSSING_WINDOW_MS): refused there, it was lost ("Vui lòng nhập một số"), and the
 * list's own reply says where it went. Later, their marked line is their own talk (it was stored
 * as an item for as long as the answerer's own).
 */
export function continuedList(template: Template, state: ConversationState, text: string, now: Date, sender?: ReportInput["sender"]): ListField | undefined {
  const last = state.lastTable;
  if (!last || now.getTime() - last.at > FOLLOWING_ROWS_MS || (state.phase !== "asking" && state.phase !== "complete")) return undefined;
  if (state.phase === "asking" && state.fieldId === last.fieldId) return undefined;
  const field = fieldById(template, last.fieldId);
  if (field?.type !== "bullet-list" || state.answers[field.id] === undefined || state.answers[field.id] === null) return undefined;
  const answeredBy = state.lastAnswer?.fieldId === field.id ? state.lastAnswer.by : undefined;
  const another = sender !== undefined && answeredBy !== undefined && answeredBy !== sender.id;
  if (another && (state.phase === "complete" || now.getTime() - last.at > CROSSING_WINDOW_MS)) return undefined;
  const asked = state.phase === "asking" && state.fieldId ? fieldById(template, state.fieldId) : undefined;
  if (asked && !TAKES_NO_ITEM.has(asked.type)) return undefined;
  const items = text.length <= 4_000 ? markedItems(text, readListItems(state.answers[field.id]).length + 1) : undefined;
  if (!items || (asked && parseAnswer(asked, text).ok)) return undefined;
  return items.some((item) => parseYesNo(item).ok) ? undefined : field;
}

/** Adds the items to the list (those it has not), then asks what was asked. */
export function onFollowingItems(template: Template, state: ConversationState, field: ListField, text: string, input: ReportInput): StepResult {
  const items = readListItems(state.answers[field.id]);
  const number = numberOfField(template, state.answers, field.id);
  const prompt = currentPrompt(template, state, input);
  const parsed = parseAnswer(field, text, undefined, number);
  if (!parsed.ok) return { state, replies: [say(`${vi.list.itemsRefused(number, items.length)}\n${parsed.error}`), ...prompt], effects: [] };
  const folded = (item: string) => foldVietnamese(item).replace(/[\s.;,]+$/, "").trim();
  const have = new Set(items.map((item) => folded(item.text)));
  const added = readListItems(parsed.value).filter((item) => !have.has(folded(item.text)) && have.add(folded(item.text)));
  if (added.length === 0) return { state, replies: [say(vi.list.itemsAlreadyThere(number, items.length)), ...prompt], effects: [] };
  const all = [...items, ...added];
  if (field.maxItems !== undefined && all.length > field.maxItems) return { state, replies: [say(`${vi.list.itemsRefused(number, items.length)}\n${vi.list.tooManyItems(field.maxItems)}`), ...prompt], effects: [] };
  const value = storeListItems(all);
  const next: ConversationState = { ...state, answers: { ...state.answers, [field.id]: value } };
  return { state: next, replies: [say(vi.list.itemsAdded(added.length, number, all.length)), ...currentPrompt(template, next, input)], effects: [{ type: "save-answer", fieldId: field.id, value }] };
}
