/**
 * Answers to choice questions: one option (single choice) or several (multiple choice), by number
 * or by text, as clerks type them ("2", "1, 3 và 5", "1-3", "tất cả", "băng rôn"). Part of
 * answer-parsers.ts.
 */
import { vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { ParsedAnswer } from "./answer-parsers.ts";
import type { Field } from "./template-schema.ts";
import { optionsFitting } from "./choice-candidates.ts";
import { numbersAmidCourtesy } from "./courtesy-around-choice.ts";

const fail = (error: string): ParsedAnswer => ({ ok: false, error });

/**
 * A choice by its number ("2", "2.", "2)") or its text, ignoring case and diacritics. The text is
 * matched whole first: an option may itself end in ")" ("… (cấp phường, xã)"), as a tapped button
 * or the web form sends it; then without a final "." or ")" typed after it; then by its words; with
 * `inSentence` (a single choice), as named in a short sentence.
 */
function matchOption(token: string, options: readonly string[], inSentence = false): string | undefined {
  const trimmed = token.trim();
  const number = /^(\d+)[.)]?$/.exec(trimmed);
  if (number) return options[Number(number[1]) - 1];
  const find = (text: string) => options.find((option) => foldVietnamese(option) === foldVietnamese(text));
  const bare = trimmed.replace(/[.)]$/, "");
  return find(trimmed) ?? find(bare) ?? optionWithWords(bare, options) ?? abbreviatedOption(bare, options) ?? (inSentence ? optionInSentence(bare, options) : undefined);
}

/**
 * The one option typed with some of its words shortened to their initials, as clerks write them:
 * "ht tot" is "Hoàn thành tốt", "cht" "Chưa hoàn thành", "mxh" "Mạng xã hội". Every word of the
 * option is typed, whole or in an initials word of two or more; nothing else is.
 */
function abbreviatedOption(text: string, options: readonly string[]): string | undefined {
  const typed = wordsOf(text).split(" ").filter(Boolean);
  // Initials alone take three letters at least: "dc" (được), "cc", "ok" are chat words, not "Đã có".
  if (typed.length === 0 || (typed.length === 1 && typed[0]!.length < 3)) return undefined;
  const matching = options.filter((option) => coversByInitials(typed, wordsOf(option).split(" ").filter(Boolean)));
  return matching.length === 1 ? matching[0] : undefined;
}

function coversByInitials(typed: readonly string[], words: readonly string[]): boolean {
  const [first, ...rest] = typed;
  if (first === undefined) return words.length === 0;
  if (words[0] === first && coversByInitials(rest, words.slice(1))) return true;
  // An initials word stands for as many words as it has letters (two at least).
  const count = first.length;
  return count >= 2 && count <= words.length && words.slice(0, count).map((w) => w[0]).join("") === first && coversByInitials(rest, words.slice(count));
}

const wordsOf = (text: string) => foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * The words a clerk puts around an option ("đơn vị tự đánh giá hoàn thành tốt kế hoạch ạ"), folded.
 * Only these: any other word may change what the option says ("ko", "xuất sắc", "của phường").
 */
const AROUND_AN_OPTION = new Set(["don", "vi", "truong", "chung", "toi", "em", "minh", "tu", "danh", "gia", "muc", "do", "la", "dat", "duoc", "da", "ke", "hoach", "nam", "nay", "theo", "thi", "a", "nhe", "nha", "oi", "chon", "y"]);

/**
 * The option a short sentence names ("đơn vị tự đánh giá hoàn thành tốt ạ" → "Hoàn thành tốt"):
 * the longest one whose words it holds, when every other it holds lies inside that one ("Hoàn
 * thành" in "Hoàn thành tốt"), and every word around it is one that says nothing of its own
 * ("không hoàn thành tốt", "hoàn thành xuất sắc" are asked again). Options of one word ("Khác")
 * are not looked for in a sentence.
 */
function optionInSentence(text: string, options: readonly string[]): string | undefined {
  const typed = ` ${wordsOf(text)} `;
  const held = options.map((option) => ({ option, words: wordsOf(option) })).filter(({ words }) => words.includes(" ") && typed.includes(` ${words} `));
  const longest = held.sort((a, b) => b.words.length - a.words.length)[0];
  if (!longest || held.some(({ words }) => !` ${longest.words} `.includes(` ${words} `))) return undefined;
  const around = typed.replace(` ${longest.words} `, " ").trim().split(" ").filter(Boolean);
  return around.every((word) => AROUND_AN_OPTION.has(word)) ? longest.option : undefined;
}

/** Words that turn an option around: "hoàn thành đúng hạn" is not "Không hoàn thành đúng hạn". */
const REVERSING = new Set(["khong", "chua", "duoi", "tren", "it", "nhieu", "hon", "ngoai", "tru", "kem"]);

/**
 * The one option whose text holds these words ("băng rôn" → "Băng rôn, khẩu hiệu"; "tốt" → "Hoàn
 * thành tốt"), unless the words it adds could reverse them ("100 người" is not "Dưới 100 người").
 */
function optionWithWords(text: string, options: readonly string[]): string | undefined {
  const typed = wordsOf(text);
  if (typed.length < 3) return undefined;
  const holding = options.filter((option) => {
    const words = wordsOf(option);
    if (!` ${words} `.includes(` ${typed} `)) return false;
    const added = ` ${words} `.replace(` ${typed} `, " ").split(" ");
    return !added.some((word) => REVERSING.has(word));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

/** "tất cả": every option of a multiple choice. */
const ALL_OPTIONS = new Set(["tat ca", "tat ca cac muc", "all"]);

export function parseSingleChoice(text: string, options: readonly string[]): ParsedAnswer {
  // One option only: a sentence naming one is that one (a multiple choice's may name several).
  // A closing "ạ" (typed "a" too: "ht tot a") is taken off when the option is not read with it.
  const option = matchOption(text, options, true) ?? (CLOSING_WORD.test(text) ? matchOption(text.replace(CLOSING_WORD, ""), options, true) : undefined) ?? courteousNumber(text, options);
  if (option !== undefined) return { ok: true, value: option };
  // "ht": "Hoàn thành" and "Hoàn thành tốt" both fit; said so, with their numbers.
  const fitting = optionsFitting(text, options);
  return fail(fitting.length > 0 ? vi.parse.severalOptionsFit(text.replace(CLOSING_WORD, "").trim(), fitting.map((n) => `${n}. ${options[n - 1]}`)) : vi.parse.unknownChoice(options.length));
}

/** "1-3", "1 đến 3": the option numbers from the first to the last. */
const NUMBER_RANGE = /(?<!\d)(\d+)\s*(?:-|–|—|\s(?:đến|den|tới|toi)\s)\s*(\d+)/giu;

/** Ranges of option numbers written out; one that is not a range of options stays as typed (and is refused). */
function expandRanges(text: string, count: number): string {
  return text.replace(NUMBER_RANGE, (typed, first: string, last: string) => {
    const from = Number(first);
    const to = Number(last);
    if (from < 1 || from >= to || to > count) return typed;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i).join(",");
  });
}

/** "ạ", "nhé", "nha" closing a message, with its full stop. */
const COURTESY_END = /(?<!\s)(?:\s+(?:ạ|nhé|nhe|nha)\.?)+\s*$/iu;
/** "ạ" typed without its mark: "1,4,5 a", "bang ron, mang xa hoi a". Taken off only where the options are not read with it. */
const UNMARKED_COURTESY_END = /(?<!\s)\s+a\.?\s*$/iu;
/** Any closing word said to the bot, with or without its mark. */
const CLOSING_WORD = /(?<!\s)(?:\s+(?:ạ|a|nhé|nhe|nha)\.?)+\s*$/iu;

/** "dạ chào chị ạ, 1": the one option numbered, greetings and courtesy taken off. */
function courteousNumber(text: string, options: readonly string[]): string | undefined {
  const numbers = numbersAmidCourtesy(text);
  return numbers === undefined ? undefined : matchOption(numbers, options);
}

export function parseMultipleChoice(typed: string, field: Extract<Field, { type: "multiple-choice" }>): ParsedAnswer {
  const parsed = multipleChoice(typed, field);
  // "dạ chào chị ạ, 1, 3": the numbers, greetings and courtesy taken off.
  const numbers = parsed.ok ? undefined : numbersAmidCourtesy(typed);
  const courteous = numbers === undefined ? undefined : multipleChoice(numbers, field);
  if (courteous?.ok) return courteous;
  if (parsed.ok || !UNMARKED_COURTESY_END.test(typed)) return parsed;
  const without = multipleChoice(typed.replace(UNMARKED_COURTESY_END, ""), field);
  return without.ok ? without : parsed;
}

function multipleChoice(typed: string, field: Extract<Field, { type: "multiple-choice" }>): ParsedAnswer {
  // "… và trang thông tin điện tử ạ": the courtesy closes the message, not the last option.
  const text = matchOption(typed, field.options) === undefined ? typed.replace(COURTESY_END, "") : typed;
  // The whole text may be one option that itself contains a comma ("Băng rôn, khẩu hiệu, áp phích").
  const whole = matchOption(text, field.options);
  if (whole === undefined && ALL_OPTIONS.has(foldVietnamese(text).replace(/[.!]+$/, ""))) return multipleChoice(field.options.map((_, i) => i + 1).join(","), field);
  // Separated by commas, semicolons, lines, "và", or dots between numbers ("1.2.4"); "1-3" is 1, 2, 3.
  const tokens = whole !== undefined ? [text] : expandRanges(text, field.options.length).split(/[,;\n]|(?<!\s)\s+(?=\d)|(?<=\d)\.(?=\d)|(?<!\s)\s+(?:và|va)\s+/iu).filter((t) => t.trim() !== "");
  const chosen: string[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const option = matchOption(token, field.options);
    if (option === undefined) unknown.push(token.trim());
    else if (!chosen.includes(option)) chosen.push(option);
  }
  const fitting = unknown.length === 1 && tokens.length === 1 ? optionsFitting(unknown[0]!, field.options) : [];
  if (fitting.length > 0) return fail(vi.parse.severalOptionsFit(unknown[0]!, fitting.map((n) => `${n}. ${field.options[n - 1]}`)));
  if (unknown.length > 0) return fail(vi.parse.unknownChoices(unknown.join(", "), field.options.length));
  if (chosen.length === 0) return fail(vi.parse.empty);
  if (field.minItems !== undefined && chosen.length < field.minItems) return fail(vi.parse.tooFewItems(field.minItems));
  if (field.maxItems !== undefined && chosen.length > field.maxItems) return fail(vi.parse.tooManyItems(field.maxItems));
  // Keep the template's order so the review and the document read the same every time.
  return { ok: true, value: field.options.filter((option) => chosen.includes(option)) };
}
