/**
 * Last year's report as drafts for this one: the unit's text and list answers to questions that
 * still exist with the same kind of answer. Figures are never copied (they must be this year's);
 * choices, dates and yes/no neither, as they are rarely the same and quick to give.
 */
import { type AnswerValue, parseAnswer } from "../templates/answer-parsers.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";

/** The unit's latest submitted answers in its previous campaign of the same report type (template key). */
export interface PreviousReport {
  /** That campaign's title, as the offer names it. */
  campaignTitle: string;
  /** Its latest submitted version's answers by field id (ids of that template version). */
  answers: Answers;
}

/**
 * The drafts for `template`: a field id of another template version counts only where this version
 * has a question of that id whose answer the value still fits (a text too long for this version's
 * limit, or a paragraph's lines for what is now one line, is left out rather than offered wrongly).
 */
export function draftsFrom(template: Template, previous: Answers): Record<string, AnswerValue> {
  const drafts: Record<string, AnswerValue> = {};
  for (const { field } of listFields(template)) {
    const value = previous[field.id];
    if (value === undefined || value === null) continue;
    if ((field.type === "paragraph" || field.type === "short-text") && typeof value === "string") {
      const parsed = parseAnswer(field, value);
      if (parsed.ok) drafts[field.id] = parsed.value;
    } else if (field.type === "bullet-list" && Array.isArray(value) && value.length > 0 && value.every((item) => typeof item !== "number")) {
      if (field.maxItems === undefined || value.length <= field.maxItems) drafts[field.id] = value;
    }
  }
  return drafts;
}
