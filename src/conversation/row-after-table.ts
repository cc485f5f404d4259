/**
 * A table's row typed late ("Khối 3; 98"), once another question has been answered since the table
 * (the rows that follow its own answer join it: engine-table-rows.ts). At a text or list question
 * it was stored as that question's answer in silence ("- Khối 3 - 98" among the recipients) and the
 * table kept its rows without it; at a figure or a date it was refused with that question's bare
 * reason. The refusal names the table it looks like a row of and how to add it, as
 * item-after-list.ts does for a list's item. Pure.
 */
import { readsAsRows, splitCells } from "../templates/table-parser.ts";
import { isTableValue, type TableField, type TableValue } from "../templates/table-value.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { barePrompt, vi } from "../sentences/vi.ts";

/** Questions whose answer is any text: a row is refused there before it is read as one (elsewhere it fails to read first). */
export const TAKES_ANY_TEXT = new Set<Field["type"]>(["short-text", "paragraph", "bullet-list"]);

/** The refusal naming the table the text is a row of; undefined when it is no row of an answered table (other than `field`). */
export function rowAfterTableHint(template: Template, answers: Answers, field: Field, text: string): string | undefined {
  if (field.type === "table" || text.length > 4_000) return undefined;
  const visible = visibleFields(template, answers);
  const here = visible.findIndex((p) => p.field.id === field.id);
  // The nearest table before the question asked first (a row comes after its table), then those after it (/sua back to an earlier question).
  const order = [...visible.slice(0, Math.max(here, 0)).reverse(), ...visible.slice(here + 1)];
  for (const placed of order) {
    const table = placed.field;
    const value = answers[table.id];
    if (table.type !== "table" || !isTableValue(value) || !looksLikeItsRows(table, value, text)) continue;
    const shown = text.trim().split(/\r?\n/).filter((line) => line.trim() !== "").map((line) => line.trim()).join(" / ");
    return vi.table.rowAfterTable(shown, here + 1, visible.indexOf(placed) + 1, barePrompt(table.prompt), value.rows.length);
  }
  return undefined;
}

/**
 * Conservative, for a text question may be answered "Ủy ban nhân dân phường; Phòng GD&ĐT": every
 * line split into the table's columns, each figure or date cell bare (readsAsRows), and either two
 * such cells or more (a shape no sentence has), or the first text cell opening with the same word
 * as that cell of a row the table has ("Khối 3" by "Khối 1"; not "Nguyễn Văn An; 0912345678").
 */
function looksLikeItsRows(table: TableField, value: TableValue, text: string): boolean {
  if (!readsAsRows(table, text)) return false;
  if (table.columns.filter((column) => column.type !== "text").length >= 2) return true;
  const at = table.columns.findIndex((column) => column.type === "text");
  if (at === -1) return false;
  const firstWord = (cell: string) => foldVietnamese(cell).trim().split(/\s+/)[0] ?? "";
  const known = new Set(value.rows.map((row) => firstWord(String(row[table.columns[at]!.id] ?? ""))).filter((word) => word !== ""));
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .every((line) => known.has(firstWord(splitCells(line, table.columns.length)[at] ?? "")));
}
