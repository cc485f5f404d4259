/**
 * Reads a figure question's answer from the text under its heading, conservatively: a wrong figure
 * in an official report is worse than a question asked. A number is a candidate only when
 *  - it is a count, not a date, a document number or part of one ("27/9/2023", "số 77/KH"),
 *  - it has the question's kind: "%" for a percent question, none for a count,
 *  - the word right after it (its measure: "6 buổi", "290 cán bộ") is a word of the question, and
 *  - the words around it in its sentence (up to the next number) hold at least two of the
 *    question's own word pairs ("tổ chức", "buổi tập", "tập huấn"), or one when its measure is the
 *    unit the question names in brackets ("350 cuốn" to "… (cuốn)?").
 * The figure is filled only when every candidate in the section states the same value; candidates
 * measured in what the question counts (its first word, "Số buổi …", or its unit) are taken alone
 * when there are any ("6 buổi … với 290 lượt": 290 to the question counting "lượt").
 * Pure.
 */
import { type AnswerValue, parseAnswer } from "../templates/answer-parsers.ts";
import type { Field } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { WordParagraph } from "./word-paragraph.ts";

/** Words that carry no meaning of their own in a question or beside a number. */
const STOP = new Set(["so", "da", "cac", "nhung", "bao", "nhieu", "duoc", "cua", "va", "la", "co", "khong", "nao", "gi", "cho", "nay", "do", "mot", "tong", "trong", "tai", "ve", "voi", "su", "tren"]);
/** Words each side of a number that still speak of it. */
const WINDOW = 8;
const MIN_SHARED_PAIRS = 2;

type Token = { kind: "word"; text: string } | { kind: "number"; text: string; percent: boolean; isReference: boolean };

/** A paragraph's sentences, as the figures are looked for (and taken out) one sentence at a time. */
export const sentencesOf = (paragraph: WordParagraph) => paragraph.text.split(/(?<=[.;!?])\s+/);

/** The figure, and the sentences that state only it (they are not also the narrative's: it would print twice). */
export function findFigure(field: Extract<Field, { type: "integer" | "decimal" | "percent" }>, paragraphs: readonly WordParagraph[]): { value: AnswerValue; from: Set<string> } | undefined {
  const question = contentWords(tokenize(field.prompt));
  const questionWords = new Set(question);
  const questionPairs = new Set(pairs(question));
  const { counted, unit } = countedWords(field.prompt);
  const values = new Set<number>();
  /** Figures measured in what the question counts ("290 lượt" to "số lượt …", "350 cuốn" to "… (cuốn)?"). */
  const countedValues = new Set<number>();
  const from = new Set<string>();
  for (const sentence of paragraphs.flatMap(sentencesOf)) {
    const tokens = tokenize(sentence);
    tokens.forEach((token, i) => {
      if (token.kind !== "number" || token.isReference || token.percent !== (field.type === "percent")) return;
      const before = contentWords(takeUntilNumber(tokens.slice(0, i).reverse())).slice(0, WINDOW).reverse();
      const after = contentWords(takeUntilNumber(tokens.slice(i + 1))).slice(0, WINDOW);
      const measure = tokens[i + 1];
      if (measure?.kind !== "word" || !questionWords.has(measure.text)) return;
      const shared = new Set([...pairs(before), ...pairs(after)].filter((p) => questionPairs.has(p)));
      const isCounted = counted.has(measure.text);
      // Measured in the unit the question names ("350 cuốn" to "… (cuốn)?"), one pair of its words
      // beside the figure is enough ("6 buổi sinh hoạt dưới cờ" is no training session: two there).
      if (shared.size < (unit.has(measure.text) ? 1 : MIN_SHARED_PAIRS)) return;
      const parsed = parseAnswer(field, token.text);
      if (!parsed.ok || typeof parsed.value !== "number") return;
      values.add(parsed.value);
      if (isCounted) countedValues.add(parsed.value);
      if (onlySaysFigure(tokens, questionWords)) from.add(sentence);
    });
  }
  // "6 buổi … với 290 lượt cán bộ": both figures speak of the training; the one measured in what
  // the question counts is its answer.
  const found = countedValues.size > 0 ? countedValues : values;
  return found.size === 1 ? { value: [...found][0]!, from } : undefined;
}

/**
 * What a figure question counts: its first word of meaning ("Số buổi …" buổi, "Tổng số lượt …"
 * lượt) and the unit it names in brackets ("… (cuốn)?").
 */
function countedWords(prompt: string): { counted: Set<string>; unit: Set<string> } {
  const [first] = contentWords(tokenize(prompt));
  const bracketed = /\(([^)]*)\)\s*\??\s*$/u.exec(prompt)?.[1];
  const unit = new Set(bracketed ? contentWords(tokenize(bracketed)) : []);
  return { counted: new Set([...(first ? [first] : []), ...unit]), unit };
}

/** Words beyond the question's own a sentence may have and still say only its figure. */
const MAX_OTHER_WORDS = 3;

/**
 * Whether a sentence says no more than the figure: one number, and at most a few words the question
 * does not have. Only such a sentence leaves the narrative ("6 buổi tập huấn về kỹ năng số cho 45
 * giáo viên" says more, and stays).
 */
function onlySaysFigure(tokens: Token[], questionWords: ReadonlySet<string>): boolean {
  const numbers = tokens.filter((t) => t.kind === "number" && !t.isReference).length;
  return numbers === 1 && contentWords(tokens).filter((word) => !questionWords.has(word)).length <= MAX_OTHER_WORDS;
}

/** Folded words and numbers; a number touching "/" or right after "số" is a reference, not a count. */
function tokenize(text: string): Token[] {
  const folded = foldVietnamese(text);
  const tokens: Token[] = [];
  for (const m of folded.matchAll(/(\d+(?:[.,]\d+)*)(\s*%)?|[a-z]+/g)) {
    const word = m[0];
    if (m[1] === undefined) {
      tokens.push({ kind: "word", text: word });
      continue;
    }
    const start = m.index;
    const end = start + m[1].length;
    const touchesSlash = folded[start - 1] === "/" || folded[end] === "/" || folded[start - 1] === "-" || folded[end] === "-";
    const previous = tokens.at(-1);
    const isReference = touchesSlash || (previous?.kind === "word" && previous.text === "so");
    tokens.push({ kind: "number", text: m[1], percent: m[2] !== undefined, isReference });
  }
  return tokens;
}

function takeUntilNumber(tokens: Token[]): Token[] {
  const stop = tokens.findIndex((t) => t.kind === "number");
  return stop < 0 ? tokens : tokens.slice(0, stop);
}

function contentWords(tokens: Token[]): string[] {
  return tokens.filter((t): t is Extract<Token, { kind: "word" }> => t.kind === "word" && !STOP.has(t.text)).map((t) => t.text);
}

function pairs(words: readonly string[]): string[] {
  return words.slice(1).map((w, i) => `${words[i]} ${w}`);
}
