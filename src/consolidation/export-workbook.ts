/**
 * Writes the /xuat spreadsheet (.xlsx): "Tổng hợp", one row per unit and a "Tổng cộng" row,
 * "Chi tiết", one row per answer, and a sheet per table question, one row per table row; frozen
 * headers, widths, autofilters. exceljs's streaming writer:
 * over 3,000 units its in-memory workbook took about 11 s and 500 MB in a trial, this about 2 s and 40 MB.
 * Written on the main thread, a few milliseconds at a turn of the event loop (the writer is loaded in
 * steps too: load-workbook-writer.ts): a worker thread would add its own heap and a copy of the data
 * (the export's extra memory went from about 90 MB to 200 MB), and no turn is long enough to hold a
 * webhook back noticeably.
 */
import { PassThrough } from "node:stream";
import type ExcelJS from "exceljs";
import { createPacer } from "../pace.ts";
import { vi } from "../sentences/vi.ts";
import { columnField, isSummedColumn } from "../templates/table-value.ts";
import { type CellKind, columnWidth, type ExportCell, isSummed } from "./export-cells.ts";
import type { ExportData } from "./export-data.ts";
import type { ExportTable } from "./export-tables.ts";
import { loadWorkbookWriter } from "./load-workbook-writer.ts";

/**
 * One style object per kind, shared by every cell of that kind: exceljs caches a style's id by
 * object identity, and serializing a fresh style per cell was the writer's largest cost in a profile.
 */
const STYLES: Record<CellKind, Partial<ExcelJS.Style>> = {
  text: { alignment: { vertical: "top" } },
  wrap: { alignment: { vertical: "top", wrapText: true } },
  integer: { numFmt: "#,##0", alignment: { vertical: "top" } },
  decimal: { numFmt: "#,##0.0##", alignment: { vertical: "top" } },
  percent: { numFmt: "0%", alignment: { vertical: "top" } },
  "percent-fraction": { numFmt: "0.0#%", alignment: { vertical: "top" } },
  date: { numFmt: "dd/mm/yyyy", alignment: { vertical: "top" } },
  moment: { numFmt: "dd/mm/yyyy hh:mm", alignment: { vertical: "top" } },
  header: { font: { bold: true }, alignment: { vertical: "top", wrapText: true }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7EEF7" } } },
  total: { font: { bold: true } },
};
/** The "Tổng cộng" sums, bold, in their column's number format. */
const TOTAL_STYLES = {
  integer: { ...STYLES.integer, font: { bold: true } },
  decimal: { ...STYLES.decimal, font: { bold: true } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** Header rows hold whole questions: tall enough for about four wrapped lines. */
const HEADER_HEIGHT = 64;
const SUMMARY_WIDTHS = [16, 36, 26, 24, 17, 10];
const DETAIL_WIDTHS = [36, 7, 60, 48, 24, 17];

type Sheet = ExcelJS.Worksheet;

type Pace = () => Promise<void>;

/** `pace` is awaited after each row (export-file.ts passes the one its reading used). */
export async function renderExportWorkbook(data: ExportData, pace: Pace = createPacer()): Promise<Buffer> {
  const WorkbookWriter = await loadWorkbookWriter();
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  // Shared strings would make the file smaller but keep every string in memory until the end.
  const workbook = new WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  await writeSummary(workbook.addWorksheet(vi.export.summarySheet, { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] }), data, pace);
  await writeDetails(workbook.addWorksheet(vi.export.detailSheet, { views: [{ state: "frozen", ySplit: 1 }] }), data, pace);
  for (const table of data.tables) await writeTable(workbook.addWorksheet(table.sheetName, { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] }), table, pace);
  await workbook.commit();
  return Buffer.concat(chunks);
}

async function writeSummary(sheet: Sheet, data: ExportData, pace: Pace): Promise<void> {
  const { questions, units } = data;
  sheet.columns = [...SUMMARY_WIDTHS, ...questions.map((q) => columnWidth(q.field))].map((width) => ({ width }));
  const first = vi.export.summaryColumns.length;
  addHeader(sheet, [...vi.export.summaryColumns, ...questions.map((q) => vi.export.questionColumn(q.field.prompt))]);
  for (const unit of units) {
    await pace();
    const row = sheet.addRow([unit.code, unit.name, unit.state, unit.submittedBy, unit.submittedAt, unit.version]);
    for (let i = 1; i <= 4; i++) row.getCell(i).style = textStyle(row.getCell(i).value);
    row.getCell(5).style = STYLES.moment;
    row.getCell(6).style = STYLES.text;
    unit.cells.forEach((cell, i) => cell && setCell(row.getCell(first + i + 1), cell));
    row.commit();
  }
  const lastUnitRow = units.length + 1;
  const total = sheet.addRow([vi.export.total]);
  total.getCell(1).style = STYLES.total;
  questions.forEach((question, i) => {
    if (!isSummed(question.field)) return;
    const column = first + i + 1;
    const sum = units.reduce((acc, unit) => acc + ((unit.cells[i]?.value as number | undefined) ?? 0), 0);
    setTotal(total.getCell(column), lastUnitRow, sum, question.field.type === "integer");
  });
  total.commit();
  // The filter stops above "Tổng cộng", so sorting never moves the total into the units.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastUnitRow, column: first + questions.length } };
  sheet.commit();
}

async function writeDetails(sheet: Sheet, data: ExportData, pace: Pace): Promise<void> {
  sheet.columns = DETAIL_WIDTHS.map((width) => ({ width }));
  addHeader(sheet, vi.export.detailColumns);
  for (const detail of data.details) {
    await pace();
    const row = sheet.addRow([detail.unitName, detail.number, detail.prompt, null, detail.answeredBy, detail.answeredAt]);
    row.getCell(1).style = textStyle(detail.unitName);
    row.getCell(2).style = STYLES.text;
    row.getCell(3).style = textStyle(detail.prompt, "wrap");
    setCell(row.getCell(4), detail.answer);
    row.getCell(5).style = textStyle(detail.answeredBy);
    row.getCell(6).style = STYLES.moment;
    row.commit();
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: data.details.length + 1, column: vi.export.detailColumns.length } };
  sheet.commit();
}

/** A table question's sheet: the unit, then the table's columns typed; a "Tổng cộng" row as on Tổng hợp. */
async function writeTable(sheet: Sheet, table: ExportTable, pace: Pace): Promise<void> {
  const unitColumns = vi.table.sheetUnitColumns.length;
  sheet.columns = [...SUMMARY_WIDTHS.slice(0, unitColumns), ...table.columns.map((column) => columnWidth(columnField(column)))].map((width) => ({ width }));
  addHeader(sheet, [...vi.table.sheetUnitColumns, ...table.columns.map((column) => column.title)]);
  for (const line of table.rows) {
    await pace();
    const row = sheet.addRow([line.code, line.name]);
    row.getCell(1).style = textStyle(line.code);
    row.getCell(2).style = textStyle(line.name);
    line.cells.forEach((cell, i) => cell && setCell(row.getCell(unitColumns + i + 1), cell));
    row.commit();
  }
  const lastRow = table.rows.length + 1;
  const total = sheet.addRow([vi.export.total]);
  total.getCell(1).style = STYLES.total;
  table.columns.forEach((column, i) => {
    if (!isSummedColumn(column)) return;
    const sum = table.rows.reduce((acc, line) => acc + ((line.cells[i]?.value as number | undefined) ?? 0), 0);
    setTotal(total.getCell(unitColumns + i + 1), lastRow, sum, column.type === "integer");
  });
  total.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: unitColumns + table.columns.length } };
  sheet.commit();
}

/**
 * A "Tổng cộng" cell over rows 2..lastRow of its column. SUBTOTAL 109 sums only the rows a filter
 * leaves visible, so the total follows the autofilter; the cached result shows before Excel recalculates.
 */
function setTotal(cell: ExcelJS.Cell, lastRow: number, sum: number, integer: boolean): void {
  const letter = columnLetter(Number(cell.col));
  cell.value = lastRow > 1 ? { formula: `SUBTOTAL(109,${letter}2:${letter}${lastRow})`, result: Number(sum.toFixed(9)) } : 0;
  cell.style = integer ? TOTAL_STYLES.integer : TOTAL_STYLES.decimal;
}

function addHeader(sheet: Sheet, titles: readonly string[]): void {
  const row = sheet.addRow([...titles]);
  row.height = HEADER_HEIGHT;
  row.eachCell((cell) => (cell.style = STYLES.header));
  row.commit();
}

function setCell(cell: ExcelJS.Cell, content: ExportCell): void {
  cell.value = content.value;
  // A typed answer or a member's name that reads as a formula ("=HYPERLINK(…)", "+cmd|…", "@SUM")
  // is stored as text, never evaluated; in the text format ("@") it stays text once an officer
  // edits the cell too (in the General format Enter turned it into a live formula).
  cell.style = content.kind === "text" || content.kind === "wrap" ? textStyle(content.value, content.kind) : STYLES[content.kind];
}

/** A text cell's style: in the text format when its text reads as a formula. */
function textStyle(value: unknown, kind: "text" | "wrap" = "text"): Partial<ExcelJS.Style> {
  return typeof value === "string" && FORMULA_START.test(value) ? AS_TEXT[kind] : STYLES[kind];
}

/** What a spreadsheet reads as the start of a formula when typed into a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;
const AS_TEXT = { text: { ...STYLES.text, numFmt: "@" }, wrap: { ...STYLES.wrap, numFmt: "@" } };

/** 1 → A, 27 → AA: the formula needs the column's letters. */
function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
