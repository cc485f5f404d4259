/**
 * An answer as it reads inside a sentence of the document: figures the Vietnamese way (1.250;
 * 12,5%), dates dd/mm/yyyy, yes/no as "có"/"không" (lower case, mid-sentence), choices joined.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { Field } from "../templates/template-schema.ts";
import { formatShortDate } from "../text/vietnamese-dates.ts";
import { formatVietnameseNumber } from "../text/vietnamese-numbers.ts";

export function formatDocumentValue(field: Field, value: AnswerValue): string {
  switch (field.type) {
    case "integer":
    case "decimal":
      return formatVietnameseNumber(Number(value));
    case "percent":
      return `${formatVietnameseNumber(Number(value))}%`;
    case "date":
      return formatShortDate(String(value));
    case "yes-no":
      return value === true ? "có" : "không";
    case "multiple-choice":
    case "bullet-list":
      return (value as string[]).map(lowerFirst).join("; ");
    case "single-choice":
      return field.documentText ? lowerFirst(String(value)) : String(value);
    default:
      return String(value);
  }
}

/** "Hoàn thành tốt" → "hoàn thành tốt" for use mid-sentence; acronyms ("UBND") stay as they are. */
function lowerFirst(text: string): string {
  const [first = "", second = ""] = text;
  return second && second === second.toUpperCase() && /\p{L}/u.test(second) ? text : first.toLowerCase() + text.slice(1);
}
