/**
 * A table answered a row per message, as a phone invites ("mỗi dòng một khối"): the first row was
 * stored as the whole table, and the next one taken as the next question's answer (a paragraph
 * stored "khoi 7 | 280 | 5,5 | 98"), or, after the last question, passed in silence. Rows that
 * follow a table's answer within a few minutes, shaped as its rows (table-parser.ts, readsAsRows),
 * join it; the whole table again with more rows replaces it.
 */
import { parseAnswer } from "../templates/answer-parsers.ts";
import { DEFAULT_MAX_ROWS, readsAsRows } from "../templates/table-parser.ts";
import { isTableValue, type TableField } from "../templates/table-value.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { currentPrompt } from "./engine-prompts.ts";
import { say } from "./engine-moves.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { numberOfField } from "./report-navigation.ts";

/** How long after a table's answer its rows may follow. */
export const FOLLOWING_ROWS_MS = 10 * 60_000;

/** The table whose rows the text continues, if it does (not the question asked: that one reads it itself). */
export function continuedTable(template: Template, state: ConversationState, text: string, now: Date): TableField | undefined {
  const last = state.lastTable;
  if (!last || now.getTime() - last.at > FOLLOWING_ROWS_MS || (state.phase !== "asking" && state.phase !== "complete")) return undefined;
  if (state.phase === "asking" && state.fieldId === last.fieldId) return undefined;
  const field = fieldById(template, last.fieldId);
  if (field?.type !== "table" || !isTableValue(state.answers[field.id])) return undefined;
  // The question asked now is a table too, and the text its answer: it goes there.
  const asked = state.phase === "asking" && state.fieldId ? fieldById(template, state.fieldId) : undefined;
  if (asked?.type === "table" && parseAnswer(asked, text).ok) return undefined;
  return readsAsRows(field, text) ? field : undefined;
}

/** Adds the rows to the table (or replaces it, sent again whole with more), then asks what was asked. */
export function onFollowingRows(template: Template, state: ConversationState, field: TableField, text: string, input: ReportInput): StepResult {
  const held = state.answers[field.id];
  const before = isTableValue(held) ? held.rows : [];
  const max = field.maxRows ?? DEFAULT_MAX_ROWS;
  const number = numberOfField(template, state.answers, field.id);
  const parsed = parseAnswer({ ...field, minRows: undefined, maxRows: max }, text);
  const prompt = currentPrompt(template, state, input);
  if (!parsed.ok || !isTableValue(parsed.value)) {
    const error = parsed.ok ? vi.parse.empty : parsed.error.replace(vi.table.sendAgain, vi.table.sendRowsAgain);
    return { state, replies: [say(`${vi.table.rowsRefused(number)}\n${error}`), ...prompt], effects: [] };
  }
  const sent = parsed.value.rows;
  const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
  const resent = sent.length > before.length && before.every((row, i) => same(row, sent[i]!));
  const rows = resent ? sent : [...before, ...sent];
  if (rows.length > max) return { state, replies: [say(`${vi.table.rowsRefused(number)}\n${vi.table.tooManyRows(max, rows.length)}`), ...prompt], effects: [] };
  const value = { rows };
  const next: ConversationState = { ...state, answers: { ...state.answers, [field.id]: value } };
  const added = resent ? sent.length - before.length : sent.length;
  return { state: next, replies: [say(vi.table.rowsAdded(added, number, rows.length)), ...currentPrompt(template, next, input)], effects: [{ type: "save-answer", fieldId: field.id, value }] };
}
