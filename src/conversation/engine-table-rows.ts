/**
 * A table answered a row per message, as a phone invites ("mỗi dòng một khối"): the first row was
 * stored as the whole table, and the next one taken as the next question's answer (a paragraph
 * stored "khoi 7 | 280 | 5,5 | 98"), or, after the last question, passed in silence. Rows that
 * follow a table's answer within a few minutes, shaped as its rows (table-parser.ts, readsAsRows),
 * join it: a row the table has (its texts and dates the same) replaces it, a row it has as sent is
 * not added again (the whole table sent twice on a bad connection doubled its totals).
 */
import { parseAnswer } from "../templates/answer-parsers.ts";
import { DEFAULT_MAX_ROWS, parseTable, readsAsRows } from "../templates/table-parser.ts";
import { isTableValue, type TableField, type TableRow } from "../templates/table-value.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { sameValue } from "../canonical-json.ts";
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
  // The question asked now is a table too: the text is its answer (or that answer's errors), never
  // another table's rows (it overwrote a row of the table before).
  const asked = state.phase === "asking" && state.fieldId ? fieldById(template, state.fieldId) : undefined;
  if (asked?.type === "table") return undefined;
  return readsAsRows(field, text) ? field : undefined;
}

/** Adds the rows to the table (each replacing the row it corrects), then asks what was asked. */
export function onFollowingRows(template: Template, state: ConversationState, field: TableField, text: string, input: ReportInput): StepResult {
  const held = state.answers[field.id];
  const rows = isTableValue(held) ? [...held.rows] : [];
  const kept = rows.length;
  const max = field.maxRows ?? DEFAULT_MAX_ROWS;
  const number = numberOfField(template, state.answers, field.id);
  const prompt = currentPrompt(template, state, input);
  const refused = (why: string): StepResult => ({ state, replies: [say(`${vi.table.rowsRefused(number, kept)}\n${why}`), ...prompt], effects: [] });
  const parsed = parseTable({ ...field, minRows: undefined, maxRows: max }, text, parseAnswer, { rejected: vi.table.rowsRejected, sendAgain: vi.table.sendRowsAgain });
  if (!parsed.ok || !isTableValue(parsed.value)) return refused(parsed.ok ? vi.parse.empty : parsed.error);
  // A row is the one it corrects when its texts and dates are that row's; without such columns, only
  // the same row is (compared key-sorted: PostgreSQL's jsonb gives a row's keys in another order).
  const keyed = field.columns.filter((column) => column.type === "text" || column.type === "date");
  const key = (row: TableRow) => JSON.stringify(keyed.map((column) => foldVietnamese(String(row[column.id] ?? "")).trim()));
  let added = 0;
  let changed = 0;
  for (const row of parsed.value.rows) {
    const at = rows.findIndex((old) => (keyed.length > 0 ? key(old) === key(row) : sameValue(old, row)));
    if (at === -1) {
      rows.push(row);
      added++;
    } else if (!sameValue(rows[at]!, row)) {
      // Its texts as first typed ("hoi sach" corrects "Hội sách" without unmarking it).
      const old = rows[at]!;
      rows[at] = { ...row, ...Object.fromEntries(keyed.flatMap((column) => (old[column.id] === undefined ? [] : [[column.id, old[column.id]!]]))) };
      if (!sameValue(rows[at]!, old)) changed++;
    }
  }
  if (added + changed === 0) return { state, replies: [say(vi.table.rowsAlreadyThere(number, rows.length)), ...prompt], effects: [] };
  if (rows.length > max) return refused(vi.table.tooManyRows(max, rows.length));
  const value = { rows };
  const next: ConversationState = { ...state, answers: { ...state.answers, [field.id]: value } };
  return { state: next, replies: [say(vi.table.rowsAdded(added, changed, number, rows.length)), ...currentPrompt(template, next, input)], effects: [{ type: "save-answer", fieldId: field.id, value }] };
}
