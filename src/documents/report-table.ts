/**
 * A table answer in the document: a bordered table as wide as the text, Times New Roman at the body
 * size, a bold header row repeated on every page, figures right-aligned and text left, and a bold
 * "Tổng cộng" row when the template asks for one. DXA widths on the table, its grid and every cell,
 * as nd30-format.md §2.4 says (LibreOffice and Google Docs ignore percentages).
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { TableGrid } from "../templates/table-value.ts";
import { run, TEXT_WIDTH } from "./nd30-layout.ts";

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
/** 1.5 mm inside each side of a cell, so figures do not touch the lines. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 85, right: 85 };
const CELL_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;
/** Text columns hold sentences, a date ten characters, figures a few digits: their shares of the width. */
const WEIGHTS = { text: 2, date: 1.3, integer: 1, decimal: 1, percent: 1 } as const;

export function reportTable(grid: TableGrid): Table {
  const widths = columnWidths(grid.types);
  const row = (cells: string[], options: { bold: boolean; header: boolean }) =>
    new TableRow({
      tableHeader: options.header,
      cantSplit: true,
      children: cells.map((text, i) => {
        const alignment = options.header ? AlignmentType.CENTER : grid.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT;
        return new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          margins: CELL_MARGINS,
          verticalAlign: options.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
          children: [new Paragraph({ alignment, spacing: CELL_SPACING, children: [run(text, { bold: options.bold })] })],
        });
      }),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      row(grid.header, { bold: true, header: true }),
      ...grid.rows.map((cells) => row(cells, { bold: false, header: false })),
      ...(grid.totals ? [row(grid.totals, { bold: true, header: false })] : []),
    ],
  });
}

/**
 * A thin paragraph after every table: Word joins two tables with nothing between them into one (the
 * signature table would otherwise grow out of a report's last table).
 */
export function afterTable(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, run: { size: 2 }, children: [] });
}

/** Widths in twips by weight, summing exactly to the text width (the last column takes the rounding). */
function columnWidths(types: readonly TableGrid["types"][number][]): number[] {
  const weights = types.map((type) => WEIGHTS[type]);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}
