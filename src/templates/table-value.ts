/**
 * A table answer as stored and as read: one record per row, keyed by column id (so a template that
 * reorders its columns still reads older answers), cells typed as the field of the same type would
 * store them: text → string, integer/decimal/percent → number, date → "YYYY-MM-DD". A missing key is
 * an empty cell (a consolidated table whose column the units' template lacks).
 */
import type { AnswerValue } from "./answer-parsers.ts";
import type { Field, TableColumn } from "./template-schema.ts";

export type TableCell = string | number;
export type TableRow = Record<string, TableCell>;
export interface TableValue {
  rows: TableRow[];
}
export type TableField = Extract<Field, { type: "table" }>;

/** A stored answer is a table when it is the object above; every other answer is a scalar or a list. */
export function isTableValue(value: AnswerValue | null | undefined): value is TableValue {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Array.isArray((value as Partial<TableValue>).rows);
}

/**
 * The field a column's cells are read, printed and exported as: one set of rules for "12,5" or
 * "02/10/2026" whether it is a whole answer or a cell.
 */
export function columnField(column: TableColumn): Field {
  const base = { id: column.id, prompt: column.title, required: true };
  return column.type === "text" ? { ...base, type: "short-text" } : { ...base, type: column.type };
}

/** Only whole numbers and decimals add up; a sum of percentages or dates means nothing. */
export const isSummedColumn = (column: TableColumn) => (column.type === "integer" || column.type === "decimal") && column.sum !== false;

/** The totals row's figures by column id: summed as typed (0,25 + 0,3 is 0,55), whole-number columns rounded. */
export function tableTotals(columns: readonly TableColumn[], rows: readonly TableRow[]): TableRow {
  const totals: TableRow = {};
  for (const column of columns.filter(isSummedColumn)) {
    const sum = rows.reduce((acc, row) => acc + (typeof row[column.id] === "number" ? (row[column.id] as number) : 0), 0);
    totals[column.id] = column.type === "integer" ? Math.round(sum) : Number(sum.toFixed(10));
  }
  return totals;
}

/**
 * Where the totals row's label goes: the first column that is not summed; -1 when every column is
 * summed (the label then leads the first cell: "Tổng cộng: 12").
 */
export function totalsLabelColumn(columns: readonly TableColumn[]): number {
  return columns.findIndex((column) => !isSummedColumn(column));
}

/** A table as the texts people read, header to totals; how a cell reads is the caller's (chat or document). */
export interface TableGrid {
  header: string[];
  /** Per column: figures are right-aligned in print. */
  numeric: boolean[];
  /** Per column, for the printed widths. */
  types: TableColumn["type"][];
  rows: string[][];
  /** Present when the template asks for a totals row. */
  totals?: string[];
}

export function tableGrid(field: TableField, value: TableValue, formatCell: (column: TableColumn, cell: TableCell) => string, totalsLabel: string): TableGrid {
  const { columns } = field;
  const show = (row: TableRow) => columns.map((column) => (row[column.id] === undefined ? "" : formatCell(column, row[column.id]!)));
  const grid: TableGrid = {
    header: columns.map((column) => column.title),
    numeric: columns.map((column) => column.type === "integer" || column.type === "decimal" || column.type === "percent"),
    types: columns.map((column) => column.type),
    rows: value.rows.map(show),
  };
  if (!field.totals) return grid;
  const totals = show(tableTotals(columns, value.rows));
  const at = totalsLabelColumn(columns);
  if (at >= 0) totals[at] = totalsLabel;
  else totals[0] = `${totalsLabel}: ${totals[0]}`;
  return { ...grid, totals };
}
