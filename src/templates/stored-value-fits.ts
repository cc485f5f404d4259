/**
 * Whether a stored answer is still one of its question's type: an operator may change a question's
 * type in a template while an answer to it is stored (a paragraph kept for a question now an
 * integer printed "NaN" in the ward's submitted report, and /xem counted it answered).
 */
import type { AnswerValue } from "./answer-parsers.ts";
import { isTableValue } from "./table-value.ts";
import type { Field } from "./template-schema.ts";

export function storedValueFits(field: Field, value: AnswerValue | null): boolean {
  // A question skipped stays skipped, whatever its type.
  if (value === null) return true;
  switch (field.type) {
    case "integer":
    case "decimal":
    case "percent":
      return typeof value === "number" && Number.isFinite(value);
    case "yes-no":
      return typeof value === "boolean";
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case "short-text":
    case "paragraph":
    case "time":
    case "single-choice":
      return typeof value === "string";
    case "multiple-choice":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "bullet-list":
      return Array.isArray(value) && value.every((v) => typeof v === "string" || (typeof v === "object" && v !== null && "text" in v));
    case "photo":
      return Array.isArray(value) && value.every((v) => typeof v === "number");
    case "table":
      return isTableValue(value);
  }
}
