/**
 * A Word file's paragraphs → the answers they give to a template's questions, by field id: the
 * narrative ones from the paragraphs and items under each matched heading, a figure only where the
 * text states it beside the question's own words. Cheap (pure string work), so it runs in the
 * message's transaction, where the template is known; reading the file itself is done before, in
 * the render worker. Nothing here decides what is kept: the engine fills only unanswered questions.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { Template } from "../templates/template-schema.ts";
import { findFigure } from "./find-figure.ts";
import { sectionAnswers } from "./section-answers.ts";
import { splitSections } from "./split-sections.ts";
import type { WordParagraph } from "./word-paragraph.ts";

export interface WordMatch {
  /** Proposed answers by field id. */
  answers: Record<string, AnswerValue>;
  /** How many of the template's headings were found in the file. */
  matchedHeadings: number;
}

export function matchWordToTemplate(template: Template, paragraphs: readonly WordParagraph[]): WordMatch {
  const answers: Record<string, AnswerValue> = {};
  const sections = splitSections(template, paragraphs);
  for (const { section, paragraphs: under } of sections) {
    for (const [fieldId, value] of sectionAnswers(section, under)) answers[fieldId] = value;
    for (const field of section.fields) {
      if (field.type !== "integer" && field.type !== "decimal" && field.type !== "percent") continue;
      const figure = findFigure(field, under);
      if (figure !== undefined) answers[field.id] = figure;
    }
  }
  return { answers, matchedHeadings: sections.length };
}
