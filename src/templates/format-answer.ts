/**
 * A stored answer as people read it: numbers the Vietnamese way (1.250; 12,5%), dates dd/mm/yyyy,
 * yes/no as Có/Không, lists one item per line ("- item", sub-items indented "+ sub"). Used by the
 * review in the chat.
 */
import { formatShortDate } from "../vietnamese/vietnamese-dates.ts";
import { formatVietnameseNumber } from "../vietnamese/vietnamese-numbers.ts";
import { vi } from "../sentences/vi.ts";
import type { AnswerValue } from "./answer-parsers.ts";
import { listLines } from "./list-items.ts";
import type { Field } from "./template-schema.ts";

export function formatAnswer(field: Field, value: AnswerValue): string {
  switch (field.type) {
    case "integer":
    case "decimal":
      return formatVietnameseNumber(Number(value));
    case "percent":
      return `${formatVietnameseNumber(Number(value))}%`;
    case "date":
      return formatShortDate(String(value));
    case "yes-no":
      return value === true ? vi.answer.yes : vi.answer.no;
    case "bullet-list":
      return listLines(value, "- ", "   + ").join("\n");
    case "multiple-choice":
      return (value as string[]).join("; ");
    default:
      return String(value);
  }
}
