/**
 * The /xuat sheets of table questions, pure: one sheet per table question, one line per row of each
 * unit's table, the unit's code and name first, then the row's cells typed as the column's type
 * (numbers as numbers, dates as dates), so an officer filters, sorts and sums them in Excel.
 */
import { columnField, isTableValue } from "../templates/table-value.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { TableColumn } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { answerCell, type ExportCell } from "./export-cells.ts";

export interface ExportTable {
  /** The question's field id, to add the units' rows to the right sheet. */
  fieldId: string;
  sheetName: string;
  columns: TableColumn[];
  rows: { code: string; name: string; cells: (ExportCell | undefined)[] }[];
}

/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

/**
 * "Câu 5. Các hoạt động đã tổ chức?" → "Câu 5. Các hoạt động đã tổ chứ…". The question's number
 * leads and survives the cut, so the names are unique and never those of Tổng hợp or Chi tiết.
 */
export function tableSheetName(number: number, prompt: string): string {
  const name = vi.table.sheetName(number, prompt.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim()).replace(/[\s.]+$/, "");
  return name.length <= SHEET_NAME_MAX ? name : `${name.slice(0, SHEET_NAME_MAX - 1).trimEnd()}…`;
}

export function emptyExportTable(fieldId: string, number: number, prompt: string, columns: TableColumn[]): ExportTable {
  return { fieldId, sheetName: tableSheetName(number, prompt), columns, rows: [] };
}

/** A unit's table answer as lines of its sheet; a cell the row lacks (a consolidated column) stays empty. */
export function addTableRows(table: ExportTable, unit: { code: string; name: string }, value: AnswerValue): void {
  if (!isTableValue(value)) return;
  for (const row of value.rows) {
    const cells = table.columns.map((column) => (row[column.id] === undefined ? undefined : answerCell(columnField(column), row[column.id]!)));
    table.rows.push({ code: unit.code, name: unit.name, cells });
  }
}
