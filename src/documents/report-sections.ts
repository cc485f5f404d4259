/**
 * The numbered body of a report: sections I./1./a) with their paragraphs, "- " items and "+ "
 * sub-items. A section with nothing to say is left out (the numbering closes up; a point left alone
 * at its level is not numbered) unless the template gives its `whenEmpty` wording; a `runIn` section
 * prints "1. Heading: text" on one line; a field's `documentHeading` is a point of its own, numbered
 * with the section's sub-sections.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { headingLabel } from "../templates/heading-label.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { readListItems } from "../templates/list-items.ts";
import { columnField, isTableValue, tableGrid, type TableGrid } from "../templates/table-value.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import type { Field, Section } from "../templates/template-schema.ts";
import { formatDocumentValue } from "./format-document-value.ts";
import { listSaysNothing } from "./none-answer.ts";
import { averageWording } from "./average-units.ts";
import { noDataSentence } from "./no-data-sentence.ts";
import { type ShareBase, withShareBase } from "./share-base.ts";
import { asWritten, capitalized, ENDS_PUNCTUATED, listBlocks, punctuate, REQUEST_LEAD, withoutRequestWord } from "./written-text.ts";

export type Block =
  /** `runIn`: the text printed after the heading on its own line ("" when only a colon follows it). */
  | { kind: "heading"; level: 1 | 2 | 3; label: string; text: string; runIn?: string }
  | { kind: "paragraph"; text: string }
  | { kind: "item"; text: string }
  | { kind: "subitem"; text: string }
  /** A table answer: its cells as printed, and `text` its rows as lines (as the chat's review shows them). */
  | { kind: "table"; grid: TableGrid; text: string }
  /** A photo of a `photo` answer: its bytes, pixel size (for the scaling) and caption (`text`). */
  | { kind: "photo"; photo: DocumentPhoto; text: string };

/** A stored photo as the document needs it; the bytes travel to the render worker with the content. */
export interface DocumentPhoto {
  content: Uint8Array;
  type: "jpg" | "png";
  width: number;
  height: number;
  caption?: string;
}

/** The text for `{id}`; undefined when `id` names no field (the braces stay), null when its answer is missing. */
export type AnswerText = (id: string) => string | null | undefined;

export interface SectionInput {
  /** A field's answer when it is shown and given, else undefined. */
  valueOf: (field: Field) => AnswerValue | undefined;
  answerText: AnswerText;
  /** A stored photo by id (a `photo` answer lists ids). */
  photo: (id: number) => DocumentPhoto | undefined;
  /** Of how many units a computed share is, where the context knows (the ward's draft). */
  shareBase?: (field: Field) => ShareBase | undefined;
}

/** `{value}`, `{field_id}` or `{unitName}` inside a field's documentText. */
const PLACEHOLDER = /\{([a-z][a-zA-Z0-9_]*)\}/g;

export function renderSections(sections: readonly Section[], level: number, input: SectionInput): Block[] {
  const headings: Block[] = [];
  const blocks = sectionList(sections, level, input, headings);
  unnumberLone(headings);
  return blocks;
}

/** `headings`: the points already placed at this level (the parent's headed fields); each section placed adds its own. */
function sectionList(sections: readonly Section[], level: number, input: SectionInput, headings: Block[]): Block[] {
  const blocks: Block[] = [];
  for (const section of sections) {
    const inner = renderSectionBody(section, level, input);
    const body: Block[] =
      inner.length > 0 ? [...(section.intro ? [paragraph(section.intro)] : []), ...inner] : section.whenEmpty ? [paragraph(section.whenEmpty)] : [];
    if (body.length === 0) continue;
    const heading = headingBlock(level, headings.length, level === 1 ? section.heading.toUpperCase() : section.heading);
    const placed = section.runIn ? runIn(heading, body) : [heading, ...body];
    headings.push(placed[0]!);
    blocks.push(...placed);
  }
  return blocks;
}

/** The section's own fields, then its sub-sections; headed fields and sub-sections share one numbering. */
function renderSectionBody(section: Section, level: number, input: SectionInput): Block[] {
  const blocks: Block[] = [];
  const headings: Block[] = [];
  for (const field of section.fields) {
    const content = renderField(field, input.valueOf(field), input);
    if (content.length === 0) continue;
    if (field.documentHeading) {
      const heading = headingBlock(level + 1, headings.length, field.documentHeading);
      headings.push(heading);
      blocks.push(heading);
    }
    blocks.push(...content);
  }
  blocks.push(...sectionList(section.sections, level + 1, input, headings));
  unnumberLone(headings);
  return blocks;
}

/**
 * A point alone at its level is not numbered: "II. ĐÁNH GIÁ CHUNG" over a lone "1. Ưu điểm" (the
 * other points skipped) announced a "2." that never came. Its heading stays, as its title.
 */
function unnumberLone(headings: Block[]): void {
  const [only] = headings;
  if (headings.length === 1 && only?.kind === "heading") only.label = "";
}

function headingBlock(level: number, index: number, text: string): Block {
  return { kind: "heading", level: Math.min(level, 3) as 1 | 2 | 3, label: headingLabel(level, index), text };
}

const paragraph = (text: string): Block => ({ kind: "paragraph", text });

/** "1. Heading: text": the first paragraph joins the heading; anything else follows below it. */
function runIn(heading: Block, body: Block[]): Block[] {
  if (heading.kind !== "heading") return [heading, ...body];
  const text = heading.text.replace(/\s*:\s*$/, "");
  const [first, ...rest] = body;
  if (first?.kind === "paragraph") return [{ ...heading, text, runIn: first.text }, ...rest];
  return [{ ...heading, text, runIn: "" }, ...body];
}

function renderField(field: Field, value: AnswerValue | undefined, { answerText, photo, shareBase }: SectionInput): Block[] {
  if (value === undefined) {
    const noData = noDataSentence(field);
    return noData ? [paragraph(noData)] : [];
  }
  // Kept out of the document, a figure may still say its zero: the sentence that names it is another
  // question's, asked only above zero (the ward's training sessions, then their participants).
  if (field.inDocument === false && !(value === 0 && "documentTextIfZero" in field && field.documentTextIfZero)) return [];
  if (field.type === "photo" && Array.isArray(value)) {
    const found = value.flatMap((id): Block[] => {
      const p = typeof id === "number" ? photo(id) : undefined;
      return p ? [{ kind: "photo", photo: p, text: p.caption ?? "" }] : [];
    });
    // A documentText leads the photos ("Một số hình ảnh hoạt động:"); {value} is their count.
    const lead = field.documentText && found.length > 0 ? fillSentence(field.documentText, String(found.length), answerText)?.trim() : undefined;
    return [...(lead ? [paragraph(lead)] : []), ...found];
  }
  if (field.type === "table") {
    if (!isTableValue(value) || value.rows.length === 0) return [];
    // A documentText leads the table ("Các hoạt động đã tổ chức:"); the table itself stands for {value}.
    const lead = field.documentText ? fillSentence(field.documentText, "", answerText)?.trim() : undefined;
    const grid = tableGrid(field, value, (column, cell) => formatAnswer(columnField(column), cell), vi.table.total);
    return [...(lead ? [paragraph(lead)] : []), { kind: "table", grid, text: formatAnswer(field, value) }];
  }
  if (field.type === "bullet-list" && Array.isArray(value)) {
    // "Không có." alone reads as a sentence of its own: under "… trân trọng đề nghị:" it read "- Không có.".
    const items = readListItems(value);
    if (items.every((item) => item.sub.length === 0) && listSaysNothing(items.map((item) => item.text))) return [paragraph(punctuate(capitalized(items[0]!.text.trim()), "."))];
    // A documentText leads the list ("Các hoạt động đã tổ chức:"); the list itself stands for {value}.
    const lead = field.documentText ? fillSentence(field.documentText, "", answerText)?.trim() : undefined;
    return [...(lead ? [paragraph(lead)] : []), ...listBlocks(value, lead && REQUEST_LEAD.test(lead) ? withoutRequestWord : undefined)];
  }
  const text = formatDocumentValue(field, value);
  // A figure of 0 may read in words of its own ("" leaves it out).
  const zero = value === 0 && "documentTextIfZero" in field ? field.documentTextIfZero : undefined;
  const documentText = field.documentText && averageWording(field, field.documentText, answerText);
  const sentence = zero !== undefined ? fillSentence(zero, text, answerText) : documentText ? fillSentence(documentText, text, answerText) : withoutSentence(field, text);
  if (sentence === undefined) return [];
  return withShareBase(sentence, shareBase?.(field))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => (SUB_ITEM_LINE.test(line) ? { kind: "subitem", text: line } : paragraph(line)));
}

/** A paragraph's "+ " line is a sub-item, set in as the seeds set theirs; "+84 …" is text. */
const SUB_ITEM_LINE = /^\+\s+\S/u;

/**
 * An answer its template gives no sentence: a text is its own; a figure, a date, a yes or a choice
 * alone ("có", "6") says nothing of what it answers, so its question says it ("Số buổi tập huấn
 * đã tổ chức: 6."), as an operator's template with no documentText would otherwise print.
 */
function withoutSentence(field: Field, text: string): string {
  if (field.type === "paragraph") return asWritten(text);
  if (field.type === "short-text") return text;
  return `${barePrompt(field.prompt)}: ${text}${ENDS_PUNCTUATED.test(text) ? "" : "."}`;
}

/**
 * A documentText with its answers filled in; undefined when it names an answer that is not there, so
 * a sentence never prints a placeholder or a figure the unit skipped.
 */
function fillSentence(documentText: string, value: string, answerText: AnswerText): string | undefined {
  let missing = false;
  const filled = documentText.replace(PLACEHOLDER, (match, id: string) => {
    const text = id === "value" ? value : answerText(id);
    if (text === null) missing = true;
    return text ?? match;
  });
  return missing ? undefined : filled;
}
