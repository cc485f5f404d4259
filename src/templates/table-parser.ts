/**
 * Reads a table answer: one row per line; cells split by tab when the line has one (a paste from
 * Excel or Google Sheets), else by ";" or "|". Each cell is read by the parser of its column's type,
 * so "1.250", "12,5" and "02/10/2026" mean what they mean as whole answers. Every problem is named
 * by row and column and all of them are returned together: the clerk fixes the table in one go.
 * Rows are counted without the empty lines and without a pasted header row, as the document shows them.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { isAllNumberWords } from "../vietnamese/number-words.ts";
import { vi } from "../sentences/vi.ts";
import type { ParsedAnswer } from "./answer-parsers.ts";
import type { Field, TableColumn } from "./template-schema.ts";
import { columnField, type TableField, type TableRow } from "./table-value.ts";

/** How one cell is read; answer-parsers passes its own parseAnswer (this module cannot import it back). */
export type ReadCell = (field: Field, text: string) => ParsedAnswer;

/** A table larger than this belongs in a spreadsheet attached to the report, not in a chat answer. */
export const DEFAULT_MAX_ROWS = 200;
/** More errors than this would bury the first ones; the rest are counted. */
const MAX_LISTED_ERRORS = 15;
/**
 * A Markdown table's rule line ("|---|:--:|"): not a row. Its marks only, one of them a dash (one
 * pattern with the dash between two runs of the same marks cost the square of a line of dashes).
 */
const isRuleLine = (line: string) => /^[\s|:+-]*$/.test(line) && line.includes("-");

/** How a refusal is worded: the whole table's (sent again whole), or rows sent after it (engine-table-rows.ts). */
export interface TableWording {
  rejected: (errors: number) => string;
  sendAgain: string;
}
const WHOLE_TABLE: TableWording = { rejected: vi.table.rejected, sendAgain: vi.table.sendAgain };

export function parseTable(field: TableField, text: string, readCell: ReadCell, wording: TableWording = WHOLE_TABLE): ParsedAnswer {
  const { columns } = field;
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !isRuleLine(line))
    .map((line) => splitCells(line, columns.length));
  if (lines[0] && isHeader(lines[0], columns)) lines.shift();
  if (lines.length === 0) return { ok: false, error: vi.parse.empty };

  const errors: string[] = [];
  const rows: TableRow[] = [];
  lines.forEach((cells, i) => {
    const number = i + 1;
    if (cells.length !== columns.length) {
      errors.push(vi.table.cellCount(number, cells.length, columns.map((c) => c.title)));
      return;
    }
    const row: TableRow = {};
    columns.forEach((column, j) => {
      const cell = cells[j]!;
      if (cell === "") return errors.push(vi.table.emptyCell(number, column.title));
      const parsed = readCell(columnField(column), cell);
      if (parsed.ok) row[column.id] = parsed.value as string | number;
      else errors.push(cellError(number, column.title, cell, parsed.error));
    });
    rows.push(row);
  });
  const max = field.maxRows ?? DEFAULT_MAX_ROWS;
  if (lines.length > max) errors.unshift(vi.table.tooManyRows(max, lines.length));
  if (field.minRows !== undefined && lines.length < field.minRows) errors.unshift(vi.table.tooFewRows(field.minRows, lines.length));
  if (errors.length > 0) return { ok: false, error: listErrors(errors, wording) };
  return { ok: true, value: { rows } };
}

/**
 * Whether every line of the text is a row of this table by its shape: split by a tab, ";" or "|"
 * into as many cells as it has columns (a table of two columns or more: one column would take any
 * line), each figure or date column's cell a bare figure or date, or a figure in words only
 * ("một trăm tám mươi", which the table's own answer reads: such a row was refused by the date
 * question asked, and lost). Clauses split by ";" ("… bổ sung 10 bình; tập huấn cho 15 giáo viên",
 * "Thiếu phòng học; 2 lớp học ghép") are no row. Whether the cells read is parseTable's to say.
 */
const BARE_FIGURE = /^[-+]?\d[\d.,/ ]*%?$/;

export function readsAsRows(field: TableField, text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "" && !isRuleLine(line));
  const { columns } = field;
  const shaped = (line: string) => {
    const cells = splitCells(line, columns.length);
    const bare = (column: TableColumn, cell: string) => BARE_FIGURE.test(cell) || (column.type !== "date" && isAllNumberWords(cell));
    return cells.length === columns.length && columns.every((column, i) => column.type === "text" || bare(column, cells[i]!));
  };
  return columns.length >= 2 && lines.length > 0 && lines.every((line) => /[\t;|]/.test(line) && shaped(line));
}

/**
 * The cells of one line, trimmed. The outer bars of "| a | b |" and separators after the last column
 * ("Hội sách; 2;", a trailing tab from a wider selection) are not cells of their own.
 */
export function splitCells(line: string, columnCount: number): string[] {
  // A pasted row keeps its leading tab: the first cell may be empty.
  let inner = line.includes("\t") ? trimSpaces(line) : line.trim();
  if (!line.includes("\t") && inner.length > 1 && inner.startsWith("|") && inner.endsWith("|")) inner = inner.slice(1, -1);
  const cells = inner.split(line.includes("\t") ? "\t" : /[;|]/).map((cell) => cell.trim());
  while (cells.length > columnCount && cells.at(-1) === "") cells.pop();
  return cells;
}

/** Spaces and carriage returns off both ends, not tabs (a pasted row's empty first cell); by scanning, not a pattern tried at every space. */
function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === " " || line[start] === "\r")) start++;
  while (end > start && (line[end - 1] === " " || line[end - 1] === "\r")) end--;
  return line.slice(start, end);
}

/** A pasted header row: its cells are the column titles, ignoring case, spacing and diacritics. */
function isHeader(cells: string[], columns: readonly TableColumn[]): boolean {
  return cells.length === columns.length && columns.every((column, i) => foldVietnamese(cells[i]!) === foldVietnamese(column.title));
}

/** The usual mistakes read short after the cell ("«mười» không phải là số."); other rules are quoted whole. */
const SHORT_REASONS = new Map<string, string>([
  [vi.parse.notANumber, vi.table.notANumber],
  [vi.parse.notAnInteger, vi.table.notAnInteger],
  [vi.parse.notADate, vi.table.notADate],
]);
/** A cell is quoted back so the clerk finds it; a long text is cut. */
const QUOTED_CELL_MAX = 40;

function cellError(row: number, title: string, cell: string, error: string): string {
  const quoted = cell.length > QUOTED_CELL_MAX ? `${cell.slice(0, QUOTED_CELL_MAX - 1)}…` : cell;
  const short = SHORT_REASONS.get(error);
  return short ? vi.table.badCell(row, title, quoted, short) : vi.table.cellRule(row, title, quoted, error);
}

function listErrors(errors: string[], wording: TableWording): string {
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map((error) => `- ${error}`);
  if (errors.length > MAX_LISTED_ERRORS) listed.push(vi.table.moreErrors(errors.length - MAX_LISTED_ERRORS));
  return [wording.rejected(errors.length), ...listed, wording.sendAgain].join("\n");
}
