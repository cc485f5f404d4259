/**
 * A consolidated table (`from: { field, as: "sum" }` on a table field): the units' tables made one.
 * Rows whose text cells read the same, ignoring case, spacing and diacritics ("Hội sách" and
 * "hội  sach" are one activity, as a clerk typing without Telex means), are merged: their integer
 * and decimal cells are added up, and their date and percent cells kept only when all of them agree
 * (an invented date, or a mean of shares weighted by nothing, would mislead the reader). Every other
 * row is appended, in the order of the units. A table without text columns sums into one row.
 * Columns are matched by id, so the consolidated template may leave out columns (one the units'
 * table lacks is refused by the template check: counterpart-targets.ts); the text kept is the
 * first unit's spelling.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { isSummedColumn, isTableValue, type TableField, type TableRow, type TableValue } from "../templates/table-value.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

export function sumTables(target: TableField, values: readonly AnswerValue[]): TableValue | undefined {
  const { columns } = target;
  const keyColumns = columns.filter((column) => column.type === "text");
  const merged = new Map<string, TableRow>();
  for (const value of values) {
    if (!isTableValue(value)) continue;
    for (const row of value.rows) {
      const key = JSON.stringify(keyColumns.map((column) => foldVietnamese(String(row[column.id] ?? ""))));
      const into = merged.get(key);
      if (!into) merged.set(key, pick(target, row));
      else mergeRow(target, into, row);
    }
  }
  return merged.size === 0 ? undefined : { rows: [...merged.values()] };
}

/** The row's cells the target has columns for. */
function pick(target: TableField, row: TableRow): TableRow {
  const kept: TableRow = {};
  for (const column of target.columns) if (row[column.id] !== undefined) kept[column.id] = row[column.id]!;
  return kept;
}

function mergeRow(target: TableField, into: TableRow, row: TableRow): void {
  for (const column of target.columns) {
    const [a, b] = [into[column.id], row[column.id]];
    if (isSummedColumn(column)) {
      // A column no unit filled (the units' template lacks it) stays empty rather than showing 0.
      if (typeof a !== "number" && typeof b !== "number") continue;
      const sum = (typeof a === "number" ? a : 0) + (typeof b === "number" ? b : 0);
      // Summed as typed (0,25 + 0,3 is 0,55); only whole-number columns are rounded.
      into[column.id] = column.type === "integer" ? Math.round(sum) : Number(sum.toFixed(10));
    } else if (column.type !== "text" && a !== b) {
      delete into[column.id];
    }
  }
}
