/**
 * Answers pasted from a Word report, each line under its heading: "15. Bài học kinh nghiệm: …"
 * sent with question 14's items was stored as its third item, and question 15 was asked as if
 * nothing had been said. A line that opens with a later question's heading (its number before it
 * or not) is refused, naming that question, as a paste of several answers is at a one-line
 * question; a line opening with the asked question's own heading loses it ("Bài học kinh nghiệm:"
 * at the lessons). Pure; read before the answer's parser (typed-answer.ts).
 */
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import type { PlacedField } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** A line's numbering before its heading ("15.", "II.2.", "2)", "a)", "-", "•"), then the rest of the line. */
const NUMBERED_LINE = /^(\s*(?:(?:[IVX]+\.)?\d{1,2}[.)]|[a-zđ]\)|[-–•*+])?\s*)([\s\S]*)$/iu;
/** Questions whose answer is written, where a heading line can be pasted with it. */
const WRITTEN = new Set<Field["type"]>(["short-text", "paragraph", "bullet-list"]);
/** A heading of one word ("Kết quả") opens ordinary lines too ("Kết quả: 3 lớp đạt giải"). */
const MIN_HEADING_WORDS = 2;

export type OtherQuestionLine = { kind: "other"; line: string; number: number; field: Field } | { kind: "own"; text: string } | undefined;

/**
 * The first line that opens with a later visible question's heading, with that question's number;
 * else the text with the asked question's own heading taken off its lines (when any had it).
 */
export function findOtherQuestionLine(template: Template, field: Field, text: string, answers: Answers): OtherQuestionLine {
  // A heading is followed by ":": a text without one has none (most answers, read at once).
  if (!WRITTEN.has(field.type) || !text.includes(":")) return undefined;
  const visible = visibleFields(template, answers);
  const here = visible.findIndex((p) => p.field.id === field.id);
  const asked = visible[here];
  if (!asked) return undefined;
  // Each question's heading, once and folded: every line of the answer is compared with the later ones.
  const headings = visible.map(headingOf);
  const own = headings[here];
  let changed = false;
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    // Nor has a line without one.
    if (!line.includes(":")) {
      lines.push(line);
      continue;
    }
    const [, numbering = "", rest = ""] = NUMBERED_LINE.exec(line) ?? [];
    const read = readLine(rest);
    const ownRest = own === undefined ? undefined : afterHeading(read, own);
    if (ownRest !== undefined) {
      changed = true;
      // A heading line alone ("Bài học kinh nghiệm:") is no part of the answer.
      if (ownRest !== "") lines.push(`${numbering}${capitalized(ownRest)}`);
      continue;
    }
    // A later written question only: the paste runs on from the question asked, and a section's
    // heading names the first question of it that takes such lines (not its yes or no).
    const other = visible.findIndex((p, i) => i > here && WRITTEN.has(p.field.type) && headings[i] !== own && headings[i] !== undefined && afterHeading(read, headings[i]) !== undefined);
    if (other >= 0) return { kind: "other", line: line.trim(), number: other + 1, field: visible[other]!.field };
    lines.push(line);
  }
  return changed ? { kind: "own", text: lines.join("\n") } : undefined;
}

/** The refusal for a line of another question's answer, asking for this question's lines alone. */
export function otherQuestionRefusal(found: Extract<OtherQuestionLine, { kind: "other" }>, askedNumber: number): string {
  return vi.parse.lineForOtherQuestion(found.line, found.number, barePrompt(found.field.prompt), askedNumber);
}

/** The heading that names the question in the document (its own point's, else its section's), folded; none for a closing question. */
function headingOf(placed: PlacedField): string | undefined {
  const heading = placed.field.documentHeading ?? placed.sectionPath.at(-1);
  // "Tồn tại, hạn chế (nếu có)": the words before the parenthesis are what a clerk types.
  const words = heading?.replace(/\s*\([^)]*\)\s*$/u, "").trim();
  return words && words.split(/\s+/).length >= MIN_HEADING_WORDS ? foldVietnamese(words.normalize("NFC")) : undefined;
}

/** A line with single spaces, and folded: a position in the folded line is then the same in the line. */
function readLine(line: string): { text: string; folded: string } {
  const text = line.normalize("NFC").replace(/\s+/gu, " ");
  return { text, folded: foldVietnamese(text) };
}

/** What follows the folded `name` and its ":" at the start of the line; undefined when the line does not open so. */
function afterHeading({ text, folded }: { text: string; folded: string }, name: string): string | undefined {
  if (!folded.startsWith(name)) return undefined;
  const after = /^\s*:\s*/u.exec(text.slice(name.length));
  return after ? text.slice(name.length + after[0].length).trim() : undefined;
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
