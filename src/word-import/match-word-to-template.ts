/**
 * A Word file's paragraphs → the answers they give to a template's questions, by field id: any
 * question's own printed sentence (a report the bot made), the narrative ones from the paragraphs and
 * items under each matched heading, a figure only where the text states it beside the question's
 * own words. Cheap (pure string work), so it runs in the
 * message's transaction, where the template is known; reading the file itself is done before, in
 * the render worker. Nothing here decides what is kept: the engine fills only unanswered questions.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { Template } from "../templates/template-schema.ts";
import { documentSentences } from "./document-sentences.ts";
import { findFigure, sentencesOf } from "./find-figure.ts";
import { sectionAnswers } from "./section-answers.ts";
import { splitSections } from "./split-sections.ts";
import type { WordParagraph } from "./word-paragraph.ts";

export interface WordMatch {
  /** Proposed answers by field id. */
  answers: Record<string, AnswerValue>;
  /** How many of the template's headings were found in the file. */
  matchedHeadings: number;
}

/**
 * A paragraph longer than a paragraph answer may be is left out, as it was refused before: matching
 * runs on the thread that answers every chat, and a paragraph of 64,000 characters of "1 " took 105
 * s there (finding figures grows with the square of a sentence's words). Cut, it would be imported
 * mid-sentence.
 */
const PARAGRAPH_MAX = 5_000;

export function matchWordToTemplate(template: Template, read: readonly WordParagraph[]): WordMatch {
  const answers: Record<string, AnswerValue> = {};
  const paragraphs = read.filter((p) => p.text.length <= PARAGRAPH_MAX);
  const sections = splitSections(template, paragraphs);
  for (const { section, paragraphs: found } of sections) {
    // The questions' own printed sentences first: exact, and none of them is narrative.
    const { rest: under, answers: printed } = documentSentences(template, section, found);
    const figures = new Map<string, AnswerValue>();
    const stated = new Set<string>();
    for (const field of section.fields) {
      if (field.type !== "integer" && field.type !== "decimal" && field.type !== "percent") continue;
      const figure = findFigure(field, under);
      if (figure === undefined) continue;
      figures.set(field.id, figure.value);
      for (const sentence of figure.from) stated.add(sentence);
    }
    // A sentence that gave a figure is that question's: in the narrative too, the report (whose
    // figure questions print their own sentence) would state it twice.
    for (const [fieldId, value] of [...sectionAnswers(section, withoutSentences(under, stated)), ...figures, ...printed]) answers[fieldId] = value;
  }
  return { answers, matchedHeadings: sections.length };
}

/** The paragraphs with those sentences taken out; a paragraph left empty goes. */
function withoutSentences(paragraphs: readonly WordParagraph[], taken: ReadonlySet<string>): WordParagraph[] {
  if (taken.size === 0) return [...paragraphs];
  return paragraphs.flatMap((p) => {
    const kept = sentencesOf(p).filter((sentence) => !taken.has(sentence));
    return kept.length === 0 ? [] : [{ ...p, text: kept.join(" ") }];
  });
}
