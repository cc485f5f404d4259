/**
 * A stored answer as people read it: numbers the Vietnamese way (1.250; 12,5%), dates dd/mm/yyyy,
 * yes/no as Có/Không, lists one item per line ("- item", sub-items indented "+ sub"), a table one
 * row per line. Used by the review in the chat, the web page and the export.
 */
import { formatShortDate } from "../vietnamese/vietnamese-dates.ts";
import { formatVietnameseNumber } from "../vietnamese/vietnamese-numbers.ts";
import { vi } from "../sentences/vi.ts";
import type { AnswerValue } from "./answer-parsers.ts";
import { listLines, listTexts } from "./list-items.ts";
import { signerAsPrinted } from "../documents/signer-lines.ts";
import { columnField, isTableValue, tableGrid } from "./table-value.ts";
import type { Field, Template } from "./template-schema.ts";
import type { Answers } from "./field-visibility.ts";

/** A photo's caption by its id, for listing a photo answer (the answer holds only the ids). */
export type PhotoCaptions = Readonly<Record<number, string | undefined>>;

/**
 * A given answer as read: a question skipped (stored as null) reads "(bỏ qua)", but the recipients
 * left out are the document's default ones, said as such (`template`: whose closing names them).
 * `answers`: the report's others, for the signer's authority, which the position completes.
 */
export function formatGivenAnswer(field: Field, value: AnswerValue | null, captions?: PhotoCaptions, template?: Pick<Template, "closing">, answers?: Answers): string {
  if (value === null) return field.id === template?.closing.recipients ? vi.answer.defaultRecipients : vi.answer.skipped;
  // The signer's lines as the document prints them ("hiệu trưởng" typed is "HIỆU TRƯỞNG" there).
  const lines = typeof value === "string" ? [value] : Array.isArray(value) && value.every((item) => typeof item !== "number") ? listTexts(value) : undefined;
  const position = template?.closing.signerPosition === undefined ? undefined : answers?.[template.closing.signerPosition];
  const printed = template && lines ? signerAsPrinted(template.closing, field.id, lines, typeof position === "string" ? position : "") : undefined;
  return printed ?? formatAnswer(field, value, captions);
}

export function formatAnswer(field: Field, value: AnswerValue, captions?: PhotoCaptions): string {
  switch (field.type) {
    case "photo": {
      const ids = (value as number[]) ?? [];
      if (!captions) return vi.photo.count(ids.length);
      return [`${vi.photo.count(ids.length)}:`, ...ids.map((id, i) => vi.photo.item(i + 1, captions[id]))].join("\n");
    }
    case "integer":
    case "decimal":
      return figureOrAsStored(value, "");
    case "percent":
      return figureOrAsStored(value, "%");
    case "date":
      return formatShortDate(String(value));
    case "yes-no":
      return value === true ? vi.answer.yes : vi.answer.no;
    case "bullet-list":
      return listLines(value, "- ", "   + ").join("\n");
    case "multiple-choice":
      return (value as string[]).join("; ");
    case "table": {
      if (!isTableValue(value)) return String(value);
      // Header, rows and totals joined by " | ": what the review shows can be pasted back as the answer.
      const grid = tableGrid(field, value, (column, cell) => formatAnswer(columnField(column), cell), vi.table.total);
      return [grid.header, ...grid.rows, ...(grid.totals ? [grid.totals] : [])].map((cells) => cells.join(vi.table.cellSeparator)).join("\n");
    }
    default:
      return String(value);
  }
}

/**
 * A figure the Vietnamese way; anything else as it was stored (an answer kept from before its
 * question became a figure): never "NaN", which reached a submitted report that way.
 */
function figureOrAsStored(value: AnswerValue, unit: string): string {
  const figure = typeof value === "number" ? value : typeof value === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isFinite(figure)) return `${formatVietnameseNumber(figure)}${unit}`;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? vi.answer.yes : vi.answer.no;
  return Array.isArray(value) ? listLines(value, "- ", "   + ").join("\n") : "";
}
