/**
 * The building blocks of a Decree 30/2020 (Phụ lục I) document with the `docx` package: page set-up,
 * paragraph styles, the short rules, and the two borderless tables (header; Nơi nhận ‖ signature).
 * Sizes follow the "14" profile of nd30-format.md: Quốc hiệu 13, Tiêu ngữ 14, body 14, Nơi nhận 12/11.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";

export const FONT = "Times New Roman";
/** Half-points, as docx wants them. */
export const SIZE = { body: 28, agency: 26, nationalTitle: 26, motto: 28, number: 26, recipientsLabel: 24, recipients: 22 } as const;
/** A4 portrait; margins top/bottom 20 mm, left 30 mm, right 15 mm (inside the decree's ranges). */
export const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850, header: 567 } as const;
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right; // 9355 twips = 165 mm
/** Column widths of the header and signature tables (the decree's form Mẫu 1.4 uses ≈ 6.5 + 10 cm). */
export const LEFT_COLUMN = 3685;
export const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
/** 1 cm first-line indent, 6 pt before each paragraph, 1.15 lines. */
const BODY_SPACING = { before: 120, after: 0, line: 276, lineRule: LineRuleType.AUTO } as const;
/**
 * Body text as one paragraph style: justified, first line indented 1 cm, 6 pt before, Times New
 * Roman 14. A style keeps each of thousands of paragraphs (a consolidated report) to one reference.
 */
export const BODY_STYLE = "Body";
export const BODY_PARAGRAPH_STYLE = {
  id: BODY_STYLE,
  name: "Body Text ND30",
  basedOn: "Normal",
  run: { font: FONT, size: SIZE.body },
  paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: BODY_SPACING },
};
const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text: text.normalize("NFC"), font: FONT, size: style.size ?? SIZE.body, bold: style.bold, italics: style.italics });
}

/** A centred line inside a header or signature cell. */
export function centred(text: string, style: RunStyle = {}, spacingBefore = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...TIGHT, before: spacingBefore }, children: [run(text, style)] });
}

/** Body text: justified, first line indented 1 cm, at least 6 pt between paragraphs. */
/** Body text options: `after` is plain text run in after a bold heading; `firstLine` overrides the style's indent (twips). */
export interface BodyParagraphOptions {
  bold?: boolean;
  keepNext?: boolean;
  italics?: boolean;
  after?: string;
  firstLine?: number;
}

export function bodyParagraph(text: string, options: BodyParagraphOptions = {}): Paragraph {
  const first = options.bold || options.italics ? new TextRun({ text: text.normalize("NFC"), bold: options.bold, italics: options.italics }) : new TextRun(text.normalize("NFC"));
  return new Paragraph({
    style: BODY_STYLE,
    keepNext: options.keepNext,
    keepLines: options.keepNext,
    ...(options.firstLine !== undefined ? { indent: { firstLine: options.firstLine } } : {}),
    children: options.after ? [first, new TextRun(options.after.normalize("NFC"))] : [first],
  });
}

/**
 * A short solid rule: an empty 4 pt paragraph with a bottom border, centred by equal indents in a
 * box `boxWidth` wide. Underlining would cut through the dots under ạ, ộ, ự.
 */
export function rule(length: number, boxWidth: number): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - length) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 } },
    run: { size: 2 },
    children: [],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });
}

/** A borderless two-column table with fixed DXA widths everywhere (LibreOffice ignores percentages). */
export function twoColumnTable(rows: [Paragraph[], Paragraph[]][], options: { cantSplit?: boolean } = {}): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      ([left, right]) => new TableRow({ cantSplit: options.cantSplit ?? true, children: [cell(LEFT_COLUMN, left), cell(RIGHT_COLUMN, right)] }),
    ),
  });
}
