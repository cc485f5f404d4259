/**
 * A stored answer as a spreadsheet cell for /xuat: numbers stay numbers (a percent as a fraction
 * shown with %), a date is a real date cell, choices are joined, a list is one line per item.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { withDocumentItemMarks } from "../documents/written-text.ts";
import { listLines } from "../templates/list-items.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import type { Field } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";

/** How a cell is shown; the workbook keeps one shared style per kind (exceljs caches styles by object). */
export type CellKind = "text" | "wrap" | "integer" | "decimal" | "percent" | "percent-fraction" | "date" | "moment" | "header" | "total";

export interface ExportCell {
  value: string | number | Date;
  kind: CellKind;
}

export function answerCell(field: Field, value: AnswerValue): ExportCell {
  switch (field.type) {
    case "integer":
      return { value: Number(value), kind: "integer" };
    case "decimal":
      return { value: Number(value), kind: "decimal" };
    case "percent": {
      // Stored as typed (95,5 → 95.5); the sheet holds 0.955 so it sorts and computes like any percentage.
      const number = Number(value);
      return { value: number / 100, kind: Number.isInteger(number) ? "percent" : "percent-fraction" };
    }
    case "date":
      // An ISO calendar day: midnight UTC reads as that day in a cell, which has no time zone.
      return { value: new Date(`${String(value)}T00:00:00Z`), kind: "date" };
    case "yes-no":
      return { value: value === true ? vi.answer.yes : vi.answer.no, kind: "text" };
    case "multiple-choice":
      return { value: [value].flat().join("; "), kind: "wrap" };
    case "bullet-list":
      // One line per item, sub-items "+ " under it; a lone string (an older row) is shown as it is.
      return { value: listLines(value, "", "+ ").join("\n"), kind: "wrap" };
    case "paragraph":
      // "•\t" items pasted from Word: marked "- " as the unit's document prints them.
      return { value: withDocumentItemMarks(String(value)), kind: "wrap" };
    case "table":
      // Readable here, one row per line; the table's own sheet holds its typed cells.
      return { value: formatAnswer(field, value), kind: "wrap" };
    case "photo":
      // The photos themselves are in the unit's document; the sheet says how many.
      return { value: vi.photo.count([value].flat().length), kind: "text" };
    default:
      return { value: String(value), kind: "text" };
  }
}

/** Summed in the "Tổng cộng" row; a sum of percentages means nothing, so those are left out. */
export function isSummed(field: Field): boolean {
  return field.type === "integer" || field.type === "decimal";
}

/** Column width in characters: figures narrow, free text wide enough to read a sentence. */
export function columnWidth(field: Field): number {
  switch (field.type) {
    case "integer":
    case "decimal":
    case "percent":
      return 14;
    case "date":
    case "time":
    case "yes-no":
      return 12;
    case "short-text":
    case "single-choice":
      return 28;
    default:
      return 48;
  }
}
