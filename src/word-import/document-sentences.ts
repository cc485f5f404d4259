/**
 * The sentences a report of this template prints for its questions, found again in a Word file: a
 * report made by the bot itself (last year's, re-sent), or one typed from it. Each question's
 * documentText ("Đơn vị {value} tổ chức Lễ khai mạc Tuần lễ.", a list's lead "Các hoạt động đã tổ
 * chức trong Tuần lễ:") is read back as a pattern, its answers where its placeholders stand. Such a
 * paragraph is that question's, never an item of the section's list or a line of its narrative:
 * there the report would print it a second time. Letter case and spacing may differ. Pure.
 */
import { type AnswerValue, longestPrinted, parseAnswer } from "../templates/answer-parsers.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Field, Section, Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { WordParagraph } from "./word-paragraph.ts";

/** `{value}`, `{field_id}` or `{unitName}`, as report-sections.ts fills them. */
const PLACEHOLDER = /\{([a-z][a-z0-9_]*|unitName)\}/g;
/** The longest unit name read in `{unitName}` ("Ủy ban nhân dân phường …" and more). */
const UNIT_NAME_LONGEST = 200;
/** A typed list marker the documentText or the paragraph may start with. */
const LEADING_MARKER = /^\s*[-+•*–]\s*/u;

interface SentencePattern {
  regex: RegExp;
  /** The field id each capture group answers, in order. */
  answers: string[];
  /**
   * The longest paragraph the sentence can be: its words and its answers at their longest. Longer
   * ones are not tried, since a pattern with two slots backtracks, in time quadratic in the text.
   */
  longest: number;
  /** The answer a sentence without a slot stands for: 0, for a figure's `documentTextIfZero`. */
  fixed?: { fieldId: string; value: AnswerValue };
}

export interface DocumentSentences {
  /** The paragraphs that are none of the questions' sentences. */
  rest: WordParagraph[];
  /** Answers read from the sentences, by field id. A sentence is taken only when its field's parser takes every answer in it. */
  answers: Map<string, AnswerValue>;
}

export function documentSentences(template: Template, section: Section, paragraphs: readonly WordParagraph[]): DocumentSentences {
  const fields = new Map(listFields(template).map((p) => [p.field.id, p.field]));
  const patterns = section.fields.flatMap((field) => [
    ...(field.documentText ? [patternOf(field, field.documentText, fields)] : []),
    ...("documentTextIfZero" in field && field.documentTextIfZero ? [{ ...patternOf(field, field.documentTextIfZero, fields), fixed: { fieldId: field.id, value: 0 } }] : []),
  ]);
  const answers = new Map<string, AnswerValue>();
  if (patterns.length === 0) return { rest: [...paragraphs], answers };
  const rest = paragraphs.filter((paragraph) => {
    const text = comparable(paragraph.text);
    for (const pattern of patterns) {
      if (text.length > pattern.longest) continue;
      const match = pattern.regex.exec(text);
      if (!match) continue;
      const values = pattern.answers.map((fieldId, i) => {
        const field = fields.get(fieldId);
        return field && readValue(field, match[i + 1]!);
      });
      // "đóng góp hàng trăm cuốn sách" has the sentence's words, not its answer: the clerk's own line.
      if (values.some((value) => value === undefined)) continue;
      values.forEach((value, i) => answers.set(pattern.answers[i]!, value!));
      if (pattern.fixed) answers.set(pattern.fixed.fieldId, pattern.fixed.value);
      return false;
    }
    return true;
  });
  return { rest, answers };
}

function patternOf(field: Field, documentText: string, fields: Map<string, Field>): SentencePattern {
  // A list, a table or photos print only the text around {value}: their lead.
  const printed = field.type === "bullet-list" || field.type === "table" || field.type === "photo" ? documentText.replace("{value}", "") : documentText;
  const answers: string[] = [];
  let longest = 0;
  const source = comparable(printed)
    .split(PLACEHOLDER)
    .map((part, i) => {
      if (i % 2 === 0) {
        longest += part.length;
        return escape(part);
      }
      // The unit's name answers no question: read past, as the sentence's own words are.
      if (part === "unitName") {
        longest += UNIT_NAME_LONGEST;
        return "(?:.+?)";
      }
      const fieldId = part === "value" ? field.id : part;
      const answered = fields.get(fieldId);
      longest += answered ? longestPrinted(answered) : 0;
      answers.push(fieldId);
      return "(.+?)";
    })
    .join("");
  return { regex: new RegExp(`^${source}$`, "iu"), answers, longest };
}

/** Case is left to the regex; spacing, a list marker and the closing mark do not count. */
function comparable(text: string): string {
  return text.normalize("NFC").replace(LEADING_MARKER, "").replace(/\s+/g, " ").trim().replace(/[.;:]$/, "").trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The answer as the report printed it, through the field's parser; choices printed in lower case, several joined by "; ". */
function readValue(field: Field, printed: string): AnswerValue | undefined {
  let typed = printed.trim();
  if (field.type === "multiple-choice") {
    const numbers = typed.split(/;\s*/).map((label) => field.options.findIndex((o) => foldVietnamese(o) === foldVietnamese(label)) + 1);
    if (numbers.includes(0)) return undefined;
    typed = numbers.join(",");
  }
  const parsed = parseAnswer(field, typed);
  return parsed.ok ? parsed.value : undefined;
}
