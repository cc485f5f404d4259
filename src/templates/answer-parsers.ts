/**
 * One parser per field type: what the user typed → a stored value, or a Vietnamese reason to ask again.
 * Values are plain JSON: text → string, list → its items (see list-items.ts), numbers → number,
 * date → "YYYY-MM-DD", single choice → the option text, multiple choice → option texts, yes/no → boolean,
 * table → { rows }. Texts are kept as typed, punctuation and ellipses included: the document adds a
 * mark only where none is.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { formatShortDate, readVietnameseDate } from "../vietnamese/vietnamese-dates.ts";
import { isAllNumberWords } from "../vietnamese/number-words.ts";
import { formatVietnameseNumber, parseVietnameseNumber } from "../vietnamese/vietnamese-numbers.ts";
import { vi } from "../sentences/vi.ts";
import { figureInWords, saysShare } from "./figure-in-words.ts";
import { parseYesNo } from "./parse-yes-no.ts";
import { saysNone } from "./says-none.ts";
import { type StoredListItem, storeListItems } from "./list-items.ts";
import { parseListLines } from "./parse-list-lines.ts";
import { parseTable } from "./table-parser.ts";
import type { TableValue } from "./table-value.ts";
import type { Field } from "./template-schema.ts";

/**
 * A list's items (plain strings, or an item with sub-items); multiple choice stores plain strings;
 * number[]: a photo question's photo ids.
 */
export type AnswerValue = string | number | boolean | StoredListItem[] | TableValue | number[];
export type ParsedAnswer = { ok: true; value: AnswerValue } | { ok: false; error: string };

const DEFAULT_SHORT_TEXT_MAX = 300;
const DEFAULT_PARAGRAPH_MAX = 5000;

/**
 * The longest an answer to this field can print in a sentence, for a reader that finds answers in
 * printed text: what is longer is not this field's (and reading it could take time quadratic in it).
 */
export function longestPrinted(field: Field): number {
  if (field.type === "paragraph") return field.maxLength ?? DEFAULT_PARAGRAPH_MAX;
  if (field.type === "short-text") return field.maxLength ?? DEFAULT_SHORT_TEXT_MAX;
  if (field.type === "multiple-choice") return field.options.join("; ").length;
  if (field.type === "single-choice") return Math.max(...field.options.map((o) => o.length));
  // A list or a table named inside another question's sentence prints all of itself.
  if (field.type === "bullet-list" || field.type === "table") return DEFAULT_PARAGRAPH_MAX;
  // A figure ("1.234.567,5"), a date ("ngày 02 tháng 10 năm 2026"), a yes or no: a few words.
  return 40;
}

/** Whether the text picks one of a choice question's options: then it is that answer, whatever command word it also is ("Đã nộp", "Giữ nguyên"). */
export function isChoiceOption(field: Field, text: string): boolean {
  return (field.type === "single-choice" || field.type === "multiple-choice") && parseAnswer(field, text).ok;
}

export function parseAnswer(field: Field, input: string): ParsedAnswer {
  const text = input.trim();
  if (text === "") return fail(vi.parse.empty);
  // "." or "..." typed to get past a question would be printed in the report as its text.
  if (IS_TEXT[field.type] && !HAS_CONTENT.test(text)) return fail(vi.parse.noContent);
  switch (field.type) {
    case "short-text":
      if (text.includes("\n")) return fail(vi.parse.oneLine);
      return checkLength(text, field.minLength, field.maxLength ?? DEFAULT_SHORT_TEXT_MAX);
    case "paragraph":
      return checkLength(text, field.minLength, field.maxLength ?? DEFAULT_PARAGRAPH_MAX);
    case "bullet-list":
      // Untrimmed: the indentation of the lines tells sub-items apart.
      return parseList(input, field);
    case "integer":
    case "decimal":
    case "percent":
      return parseNumber(text, field);
    case "date":
      return parseDate(text, field);
    case "time":
      return parseTime(text);
    case "single-choice":
      return parseSingleChoice(text, field.options);
    case "multiple-choice":
      return parseMultipleChoice(text, field);
    case "yes-no":
      return parseYesNo(text);
    case "table":
      // Input, not the trimmed text: a pasted row may start with an empty cell's tab.
      return parseTable(field, input, parseAnswer);
    case "photo":
      // Photos come as files, never as typed text (the engine reads "Xong" before this).
      return fail(vi.photo.textInstead);
  }
}

const IS_TEXT: Partial<Record<Field["type"], true>> = { "short-text": true, paragraph: true, "bullet-list": true };
/** A letter or a digit: what any real text answer has. */
const HAS_CONTENT = /[\p{L}\p{N}]/u;

function fail(error: string): ParsedAnswer {
  return { ok: false, error };
}

function checkLength(text: string, min: number | undefined, max: number): ParsedAnswer {
  if (text.length > max) return fail(vi.parse.tooLong(max));
  if (min !== undefined && text.length < min) return fail(vi.parse.tooShort(min));
  return { ok: true, value: text };
}

function parseList(text: string, field: Extract<Field, { type: "bullet-list" }>): ParsedAnswer {
  // One line with ";" between its parts ("Hội sách; thi kể chuyện; đọc sách"): a phone's way of
  // typing a list, whose items end in ";" in the reports themselves.
  const lines = !/\n/.test(text.trim()) && text.includes(";") ? text.split(";").join("\n") : text;
  const items = parseListLines(lines);
  if (items.length === 0) return fail(vi.parse.empty);
  if (field.minItems !== undefined && items.length < field.minItems) return fail(vi.parse.tooFewItems(field.minItems));
  if (field.maxItems !== undefined && items.length > field.maxItems) return fail(vi.parse.tooManyItems(field.maxItems));
  const max = field.maxLength ?? DEFAULT_SHORT_TEXT_MAX * 2;
  const tooLong = items.findIndex((item) => [item.text, ...item.sub].some((text) => text.length > max));
  if (tooLong >= 0) return fail(vi.parse.itemTooLong(tooLong + 1, max));
  return { ok: true, value: storeListItems(items) };
}

function parseNumber(text: string, field: Extract<Field, { type: "integer" | "decimal" | "percent" }>): ParsedAnswer {
  // No figure typed: perhaps one in words ("sáu buổi").
  const inWords = /\d/.test(text) ? undefined : figureInWords(text, field);
  const parsed = inWords !== undefined ? ({ ok: true, value: inWords } as const) : parseVietnameseNumber(text, { integer: field.type === "integer" });
  // "1,200" or "1,000 học sinh" on an English keyboard means a thousand and more: a whole number
  // never has a decimal comma, and read as one "1,000" would be stored as 1.
  const grouped = field.type === "integer" ? /^\d{1,3}(?:,\d{3})+(?=\s|$)/.exec(text.trim())?.[0] : undefined;
  if (grouped) return fail(vi.parse.commaIsDecimal(grouped.replaceAll(",", ""), grouped.replaceAll(",", ".")));
  // "không", "chưa có": there is none. Said how to write that, instead of "type a number".
  if (!parsed.ok && saysNone(text)) return fail(field.required ? vi.parse.noneIsZero : vi.parse.noneIsZeroOrSkip);
  // "khoảng 200 người", "hơn 2 triệu đồng": words before the figure, which the report cannot print
  // (nor store: "khoảng" and "hơn" change it); the figure alone is asked for, read as it was typed.
  const fromFigure = /^[^\d%]*\p{L}[^\d%]*(\d[^%]*)$/u.exec(text)?.[1];
  const figure = !parsed.ok && parsed.reason !== "not-an-integer" && fromFigure ? parseVietnameseNumber(fromFigure, { integer: field.type === "integer" }) : undefined;
  if (figure?.ok) return fail(vi.parse.onlyTheFigure(formatVietnameseNumber(figure.value)));
  // "một trăm hai" (120 or 102?), "hai ba": a figure meant, in words not read as one.
  if (!parsed.ok && inWords === undefined && !/\d/.test(text) && isAllNumberWords(text)) return fail(vi.parse.numberWordsUnclear(text.trim().slice(0, 40)));
  if (!parsed.ok) return fail(parsed.reason === "not-an-integer" ? vi.parse.notAnInteger : field.type === "percent" ? vi.parse.notAPercent : vi.parse.notANumber);
  // "95%" to a count: a share where a number of people or books was asked, not that number.
  if (field.type !== "percent" && (text.includes("%") || saysShare(text))) return fail(vi.parse.percentForCount);
  const min = field.min ?? (field.type === "percent" ? 0 : undefined);
  const max = field.max ?? (field.type === "percent" ? 100 : undefined);
  if (min !== undefined && parsed.value < min) return fail(vi.parse.belowMin(formatVietnameseNumber(min)));
  if (max !== undefined && parsed.value > max) return fail(vi.parse.aboveMax(formatVietnameseNumber(max)));
  return { ok: true, value: parsed.value };
}

function parseDate(text: string, field: Extract<Field, { type: "date" }>): ParsedAnswer {
  const date = readVietnameseDate(text);
  if (!date.ok) return fail(date.reason === "no-year" ? vi.parse.dateNeedsYear : date.reason === "no-such-day" ? vi.parse.noSuchDay(date.month, date.year, date.days) : vi.parse.notADate);
  const { iso } = date;
  if (field.min && iso < field.min) return fail(vi.parse.dateBefore(formatShortDate(field.min)));
  if (field.max && iso > field.max) return fail(vi.parse.dateAfter(formatShortDate(field.max)));
  return { ok: true, value: iso };
}

/** "17:00", "17h", "17h30", "8 giờ", "5h chiều", "8 giờ tối" → "HH:mm" (24-hour clock). */
function parseTime(text: string): ParsedAnswer {
  const match = /^(\d{1,2})\s*(?:[:h.]|gio)?\s*(\d{2})?\s*(?:phut)?\s*(sang|trua|chieu|toi|dem)?$/.exec(foldVietnamese(text.trim()));
  const typed = Number(match?.[1]);
  const hours = match ? hourOfDay(typed, match[3]) : undefined;
  const minutes = Number(match?.[2] ?? 0);
  if (hours === undefined || hours > 23 || minutes > 59) return fail(vi.parse.notATime);
  return { ok: true, value: `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}` };
}

/**
 * The hour a clock time with its part of the day means: "5h chiều" 17, "1h trưa" 13, "9h đêm" 21,
 * "17h chiều" 17 as said. Undefined where it is no time or could be two: "17h sáng", "12h tối" (noon
 * or midnight?).
 */
function hourOfDay(typed: number, part: string | undefined): number | undefined {
  switch (part) {
    case undefined:
      return typed;
    case "sang":
      return typed <= 12 ? typed : undefined;
    case "trua":
      return typed >= 10 && typed <= 12 ? typed : typed >= 1 && typed <= 2 ? typed + 12 : typed >= 13 && typed <= 14 ? typed : undefined;
    case "chieu":
      return typed >= 1 && typed <= 11 ? typed + 12 : typed >= 12 && typed <= 23 ? typed : undefined;
    default:
      // tối, đêm: 6-11 in the evening; "1h đêm" is 01:00; 12 is refused.
      return typed >= 6 && typed <= 11 ? typed + 12 : typed >= 18 && typed <= 23 ? typed : part === "dem" && typed <= 4 ? typed : undefined;
  }
}

/**
 * A choice by its number ("2", "2.", "2)") or its text, ignoring case and diacritics. The text is
 * matched whole first: an option may itself end in ")" ("… (cấp phường, xã)"), as a tapped button
 * or the web form sends it; then without a final "." or ")" typed after it.
 */
function matchOption(token: string, options: readonly string[]): string | undefined {
  const trimmed = token.trim();
  const number = /^(\d+)[.)]?$/.exec(trimmed);
  if (number) return options[Number(number[1]) - 1];
  const find = (text: string) => options.find((option) => foldVietnamese(option) === foldVietnamese(text));
  return find(trimmed) ?? find(trimmed.replace(/[.)]$/, "")) ?? optionWithWords(trimmed.replace(/[.)]$/, ""), options);
}

/** Words that turn an option around: "hoàn thành đúng hạn" is not "Không hoàn thành đúng hạn". */
const REVERSING = new Set(["khong", "chua", "duoi", "tren", "it", "nhieu", "hon", "ngoai", "tru", "kem"]);

/**
 * The one option whose text holds these words ("băng rôn" → "Băng rôn, khẩu hiệu"; "tốt" → "Hoàn
 * thành tốt"), unless the words it adds could reverse them ("100 người" is not "Dưới 100 người").
 */
function optionWithWords(text: string, options: readonly string[]): string | undefined {
  const typed = foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (typed.length < 3) return undefined;
  const holding = options.filter((option) => {
    const words = foldVietnamese(option).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (!` ${words} `.includes(` ${typed} `)) return false;
    const added = ` ${words} `.replace(` ${typed} `, " ").split(" ");
    return !added.some((word) => REVERSING.has(word));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

/** "tất cả": every option of a multiple choice. */
const ALL_OPTIONS = new Set(["tat ca", "tat ca cac muc", "all"]);

function parseSingleChoice(text: string, options: readonly string[]): ParsedAnswer {
  const option = matchOption(text, options);
  return option === undefined ? fail(vi.parse.unknownChoice(options.length)) : { ok: true, value: option };
}

/** "1-3", "1 đến 3": the option numbers from the first to the last. */
const NUMBER_RANGE = /(\d+)\s*(?:-|–|—|\s(?:đến|den|tới|toi)\s)\s*(\d+)/giu;

/** Ranges of option numbers written out; one that is not a range of options stays as typed (and is refused). */
function expandRanges(text: string, count: number): string {
  return text.replace(NUMBER_RANGE, (typed, first: string, last: string) => {
    const from = Number(first);
    const to = Number(last);
    if (from < 1 || from >= to || to > count) return typed;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i).join(",");
  });
}

function parseMultipleChoice(text: string, field: Extract<Field, { type: "multiple-choice" }>): ParsedAnswer {
  // The whole text may be one option that itself contains a comma ("Băng rôn, khẩu hiệu, áp phích").
  const whole = matchOption(text, field.options);
  if (whole === undefined && ALL_OPTIONS.has(foldVietnamese(text).replace(/[.!]+$/, ""))) return parseMultipleChoice(field.options.map((_, i) => i + 1).join(","), field);
  // Separated by commas, semicolons, lines, "và", or dots between numbers ("1.2.4"); "1-3" is 1, 2, 3.
  const tokens = whole !== undefined ? [text] : expandRanges(text, field.options.length).split(/[,;\n]|\s+(?=\d)|(?<=\d)\.(?=\d)|\s+(?:và|va)\s+/iu).filter((t) => t.trim() !== "");
  const chosen: string[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const option = matchOption(token, field.options);
    if (option === undefined) unknown.push(token.trim());
    else if (!chosen.includes(option)) chosen.push(option);
  }
  if (unknown.length > 0) return fail(vi.parse.unknownChoices(unknown.join(", "), field.options.length));
  if (chosen.length === 0) return fail(vi.parse.empty);
  if (field.minItems !== undefined && chosen.length < field.minItems) return fail(vi.parse.tooFewItems(field.minItems));
  if (field.maxItems !== undefined && chosen.length > field.maxItems) return fail(vi.parse.tooManyItems(field.maxItems));
  // Keep the template's order so the review and the document read the same every time.
  return { ok: true, value: field.options.filter((option) => chosen.includes(option)) };
}
