/**
 * Turns the paragraphs under a matched heading into answers for that section's narrative
 * questions: body paragraphs fill its paragraph question, items (Word bullets or typed "- ", "+",
 * "1+" lines) its list question. A section with only a list takes its paragraphs as items too; one
 * with only a paragraph question takes the items as lines. Each value goes through the field's own
 * parser, exactly as if the clerk had typed it, so limits hold; a value the parser refuses is left
 * for the question to ask. Two questions of one kind in a section would need a guess: neither is filled.
 */
import { type AnswerValue, parseAnswer } from "../templates/answer-parsers.ts";
import type { Field, Section } from "../templates/template-schema.ts";
import type { WordParagraph } from "./word-paragraph.ts";

/** A typed list marker at the start of a paragraph (as parse-list-lines.ts reads them: "1.200 ..." is a figure). */
const TYPED_ITEM = /^\s*(?:[-+•*–]|\d{1,2}\s*[.)+](?!\d)|[a-zđ]\))\s*/u;

export function sectionAnswers(section: Section, found: readonly WordParagraph[]): Map<string, AnswerValue> {
  const paragraphs = withWrappedLinesJoined(found);
  const answers = new Map<string, AnswerValue>();
  const textFields = section.fields.filter((f) => f.type === "paragraph");
  const listFields = section.fields.filter((f) => f.type === "bullet-list");
  const textField = textFields.length === 1 ? textFields[0] : undefined;
  const listField = listFields.length === 1 ? listFields[0] : undefined;
  const isItem = (p: WordParagraph) => p.isListItem || TYPED_ITEM.test(p.text);
  if (textField && listField) {
    put(answers, textField, paragraphs.filter((p) => !isItem(p)).map((p) => p.text).join("\n"));
    put(answers, listField, listText(paragraphs.filter(isItem)));
  } else if (listField && textFields.length === 0) {
    put(answers, listField, listText(paragraphs));
  } else if (textField && listFields.length === 0) {
    put(answers, textField, paragraphs.map((p) => (p.isListItem ? `- ${p.text}` : p.text)).join("\n"));
  }
  return answers;
}

/**
 * One line per item for the list parser: a Word item indented by its level, a typed item as typed
 * (its "+" nests it), a plain paragraph as an item. A line ending in ":" introduces the items
 * below it ("* Các hoạt động tiêu biểu:"): it is not an item itself. The ";" that ends an item is
 * the list's punctuation, not its text: the report puts it back by the item's place. A "." may end
 * the item's own sentence, and stays.
 */
function listText(paragraphs: readonly WordParagraph[]): string {
  return paragraphs
    .filter((p) => !p.text.trimEnd().endsWith(":"))
    .map((p) => ({ ...p, text: p.text.replace(LIST_MARK, "") }))
    .map((p) => (p.isListItem ? `${"  ".repeat(p.listLevel)}- ${p.text}` : TYPED_ITEM.test(p.text) ? p.text : `- ${p.text}`))
    .join("\n");
}

/**
 * A line broken by hand in the middle of a sentence ("- Trình độ CM nghiệp vụ, kiến thức pháp luật" /
 * "của CB, GV, NV được nâng cao."): a paragraph opening in lower case after one with no closing
 * mark goes on the one before, not an item of its own.
 */
function withWrappedLinesJoined(paragraphs: readonly WordParagraph[]): WordParagraph[] {
  const joined: WordParagraph[] = [];
  for (const paragraph of paragraphs) {
    const before = joined.at(-1);
    // An item of its own ("- kể chuyện" below "- hội sách") is never a continuation.
    const isItem = paragraph.isListItem || TYPED_ITEM.test(paragraph.text);
    // Only after a line long enough to have been broken: "Hội sách" / "thi kể chuyện" are two items.
    const continues = before !== undefined && !isItem && before.text.length >= WRAPPED_MIN && /^\p{Ll}/u.test(paragraph.text) && !/[.;:!?…]["'”»)]*$/u.test(before.text.trimEnd());
    if (continues) joined[joined.length - 1] = { ...before, text: `${before.text.trimEnd()} ${paragraph.text.trim()}` };
    else joined.push(paragraph);
  }
  return joined;
}

/** Shorter than this, a line was not broken by the page's width (a line of a page holds 80 or more). */
const WRAPPED_MIN = 40;

/** An item's closing ";" or ",". */
const LIST_MARK = /[;,]\s*$/u;

function put(answers: Map<string, AnswerValue>, field: Field | undefined, text: string): void {
  if (!field || text.trim() === "") return;
  const parsed = parseAnswer(field, text);
  if (parsed.ok) answers.set(field.id, parsed.value);
}
