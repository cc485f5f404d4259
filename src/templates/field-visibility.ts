/**
 * Which questions apply given the answers so far. A field with `showIf` is asked (and printed) only
 * when the earlier answer matches; numbering "Câu k/n" counts the visible fields only.
 */
import type { AnswerValue } from "./answer-parsers.ts";
import { readListItems } from "./list-items.ts";
import { listFields, type PlacedField } from "./template-fields.ts";
import type { Condition, Template } from "./template-schema.ts";

/** Stored answers by field id; null marks an optional question the unit chose to skip. */
export type Answers = Record<string, AnswerValue | null>;

export function isConditionMet(condition: Condition, answers: Answers): boolean {
  const value = answers[condition.field];
  if (condition.answered !== undefined) return (value !== undefined && value !== null) === condition.answered;
  if (value === undefined || value === null) return false;
  if (condition.equals !== undefined) return matches(value, condition.equals);
  if (condition.notEquals !== undefined) return !matches(value, condition.notEquals);
  if (condition.in !== undefined) return condition.in.some((option) => matches(value, option));
  if (condition.greaterThan !== undefined) return typeof value === "number" && value > condition.greaterThan;
  return true;
}

function matches(value: AnswerValue, expected: string | number | boolean): boolean {
  // A list matches by its items' texts (an item with sub-items is stored as an object).
  // A trailing separator the writer typed ("Hội sách;") does not keep the item from matching.
  return Array.isArray(value) ? readListItems(value).some((item) => item.text.replace(/[;,.]\s*$/u, "") === String(expected)) : value === expected;
}

/**
 * The fields that apply now, in asking order. Conditions only look back, so one pass suffices; an
 * answer to a field that is hidden itself (a stale answer) does not make later fields visible.
 */
export function visibleFields(template: Template, answers: Answers): PlacedField[] {
  const effective: Answers = {};
  const visible: PlacedField[] = [];
  for (const placed of listFields(template)) {
    const { field } = placed;
    if (field.showIf && !isConditionMet(field.showIf, effective)) continue;
    visible.push(placed);
    const value = answers[field.id];
    if (value !== undefined) effective[field.id] = value;
  }
  return visible;
}
