/**
 * One parser per field type: what the user typed → a stored value, or a Vietnamese reason to ask again.
 * Values are plain JSON: text → string, list → its items (see list-items.ts), numbers → number,
 * date → "YYYY-MM-DD", single choice → the option text, multiple choice → option texts, yes/no → boolean,
 * table → { rows }. Texts are kept as typed, punctuation and ellipses included: the document adds a
 * mark only where none is.
 */
import { formatShortDate, readVietnameseDate } from "../vietnamese/vietnamese-dates.ts";
import { readRelativeDay } from "../vietnamese/relative-day.ts";
import { vi } from "../sentences/vi.ts";
import { parseMultipleChoice, parseSingleChoice } from "./parse-choice.ts";
import { parseYesNo } from "./parse-yes-no.ts";
import { parseFigure } from "./parse-figure.ts";
import { parseTime } from "./parse-time.ts";
import { saysBareNo, saysDefault } from "./says-none.ts";
import { saysNotKnown } from "./says-not-known.ts";
import { talkIn } from "./sounds-like-talk.ts";
import { acknowledgesOnly, isCasualTalk } from "./casual-talk.ts";
import { estimateAlone } from "./estimate-words.ts";
import { BARE_YES_MAX, HAS_CONTENT, figureOrDateAlone, isBareYes, withoutClosing, withoutCourtesy } from "./answer-shapes.ts";
import { type StoredListItem, storeListItems } from "./list-items.ts";
import { parseListLines } from "./parse-list-lines.ts";
import { withoutQuestionHeading } from "./question-heading-line.ts";
import { parseTable } from "./table-parser.ts";
import type { TableValue } from "./table-value.ts";
import { isFreeFormField, isTextField } from "./template-fields.ts";
import { withoutWordNumbering } from "./word-numbering.ts";
import type { Field } from "./template-schema.ts";

/**
 * A list's items (plain strings, or an item with sub-items); multiple choice stores plain strings;
 * number[]: a photo question's photo ids.
 */
export type AnswerValue = string | number | boolean | StoredListItem[] | TableValue | number[];
/**
 * `yearGuessed`: a date typed without its year, which took today's nearest (to be said back);
 * `relativeDay`: the words that named the day ("hôm nay"), to be said back with the date read;
 * `numberWords`: number words typed without tone marks ("hai muoi"), said back with the figure read.
 */
export type ParsedAnswer = { ok: true; value: AnswerValue; yearGuessed?: true; relativeDay?: string; numberWords?: string } | { ok: false; error: string };

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

/** The longest a figure, a date, a time, a yes or no (with the words around them) or a choice is typed; texts and tables have their own limits. */
function longestAnswer(field: Field): number | undefined {
  if (field.type === "single-choice" || field.type === "multiple-choice") return Math.max(1_000, 2 * field.options.join("; ").length);
  return isFreeFormField(field) ? undefined : 500;
}

/** Whether the text picks one of a choice question's options: then it is that answer, whatever command word it also is ("Đã nộp", "Giữ nguyên"). */
export function isChoiceOption(field: Field, text: string): boolean {
  return (field.type === "single-choice" || field.type === "multiple-choice") && parseAnswer(field, text).ok;
}

/**
 * `today` (ISO): where a date typed without its year takes it from; without it, such a date is refused.
 * `askedNumber`: the question's number as the clerk sees it, where it is the question asked: for
 * talkIn's reply, and for a refusal that says how to correct it later.
 */
export function parseAnswer(field: Field, input: string, today?: string, askedNumber?: number): ParsedAnswer {
  const text = input.trim();
  if (text === "") return fail(vi.parse.empty);
  // Longer than any answer of its kind: refused unread, so no pattern of the parsers below ever
  // reads 4,000 characters (a chat message's length) where a figure or a choice is asked.
  const longest = longestAnswer(field);
  if (longest !== undefined && text.length > longest) return fail(vi.parse.tooLongFor(longest));
  // "." or "..." typed to get past a question would be printed in the report as its text.
  if (isTextField(field) && !HAS_CONTENT.test(text)) return fail(vi.parse.noContent(!field.required));
  // "em không biết", "chưa biết ghi gì": stored, it was printed ("Em không biết."); at a figure it
  // was told only "type a number". Not at a yes/no, which refuses it as neither Có nor Không.
  if (field.type !== "yes-no" && saysNotKnown(text) && !namesAnOption(field, text)) return fail(vi.parse.notKnown(text, !field.required, askedNumber));
  // A required text answered "không" or "ko": printed as it is, the report would read "- không.".
  // (A paragraph or a list: a short answer such as a name is no sentence, and a table's cells are
  // required short texts where "Không" may be the value.)
  if ((field.type === "paragraph" || field.type === "bullet-list") && field.required && saysBareNo(text)) return fail(vi.parse.requiredNotNone);
  // "mặc định" where nothing is by default: stored, it would be printed as the answer.
  if (isTextField(field) && field.required && saysDefault(text)) return fail(vi.parse.noDefault);
  // "làm sao để gửi?", "cái này điền gì ạ?", "chào cả nhà, …", "mai em bổ sung sau nhé": a question
  // to the bot, a word to the group, stored as the text it would be printed in the report (or, where
  // a figure or a choice is asked, answered "type a number", "Em không hiểu câu này" read as "no").
  // Not a table's whole text, whose cells come here one by one: unless it is one line with no cell
  // separator ("chị Hoa ơi câu 1 chị ghi mấy buổi thế ạ" was refused as a row of one cell).
  const talkable = field.type !== "table" || isLineWithoutCells(text);
  const talk = talkable ? talkIn(text, askedNumber) : undefined;
  if (talk) return fail(talk);
  // "ok", "dạ có": a reply to someone. (A bare "Có" may be a short answer's value, as a table's
  // cell: only a paragraph or a list refuses it.)
  if ((field.type === "paragraph" || field.type === "bullet-list") && text.length <= BARE_YES_MAX && isBareYes(text)) return fail(vi.parse.noContentIn(text, !field.required));
  // "ok chị", "đợi em chút", "em đi họp đã", "Cô hiệu trưởng bảo để hoàn thành tốt em nhé": the
  // group's talk, printed in the report as its text ("- Ok chị."). Not where it is an answer: a yes
  // ("ok", "dạ") where Có or Không is asked, an option named so.
  if (talkable && field.type !== "yes-no" && !namesAnOption(field, text) && isCasualTalk(text)) return fail(vi.parse.casualTalk);
  // A bare "ok" or "dạ" where a short text is asked (a plan's number, a name): said to someone, it
  // was stored as the text ("Kế hoạch: ok"). Where a figure, a date or a choice is asked, "tks",
  // "ok", "dạ" alone are talk too, not a wrong answer ("Vui lòng nhập tỉ lệ phần trăm"): an
  // option named so stays that option.
  if (field.type === "short-text" && acknowledgesOnly(text)) return fail(vi.parse.casualTalk);
  if (TALK_ALONE.has(field.type) && (acknowledgesOnly(text) || (text.length <= BARE_YES_MAX && isBareYes(text))) && !namesAnOption(field, text)) return fail(vi.parse.casualTalk);
  // "40", "1.250", "95%": a figure alone, printed as an activity or a paragraph of the report.
  const alone = figureOrDateAlone(field, text);
  if (alone === "figure") return fail(vi.parse.figureForText(text));
  // "2/10/2026", "ngày 3/10": a date alone, printed as an activity; in a group, most often a second
  // member's late answer to the date question just before (engine-late-answer.ts says so).
  if (alone === "date") return fail(vi.parse.dateForText(text));
  // "dạ khoảng 20 buổi ạ" at a list: a figure meant for a figure question, printed as an item.
  const estimate = field.type === "paragraph" || field.type === "bullet-list" ? estimateAlone(text) : undefined;
  if (estimate) return fail(vi.parse.estimateForText(estimate.typed));
  switch (field.type) {
    case "short-text":
      if (text.includes("\n")) return fail(vi.parse.oneLine);
      return checkLength(withoutCourtesy(withoutWordNumbering(text)), field.minLength, field.maxLength ?? DEFAULT_SHORT_TEXT_MAX);
    case "paragraph":
      return checkLength(withoutCourtesy(text), field.minLength, field.maxLength ?? DEFAULT_PARAGRAPH_MAX);
    case "bullet-list":
      // Untrimmed: the indentation of the lines tells sub-items apart.
      return parseList(withoutQuestionHeading(input, field.prompt), field, askedNumber);
    case "integer":
    case "decimal":
    case "percent":
      return parseFigure(withoutClosing(text), field);
    case "date":
      return parseDate(withoutClosing(text), field, today);
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

/** An option of a choice question, read as the question reads it (isChoiceOption would come back here). */
const namesAnOption = (field: Field, text: string) =>
  (field.type === "single-choice" && parseSingleChoice(text, field.options).ok) || (field.type === "multiple-choice" && parseMultipleChoice(text, field).ok);

/** Questions whose answer no acknowledgement can be: a bare "ok" there is said to someone. */
const TALK_ALONE = new Set<Field["type"]>(["integer", "decimal", "percent", "date", "time", "single-choice", "multiple-choice"]);

function fail(error: string): ParsedAnswer {
  return { ok: false, error };
}

function checkLength(text: string, min: number | undefined, max: number): ParsedAnswer {
  if (text.length > max) return fail(vi.parse.tooLong(max));
  if (min !== undefined && text.length < min) return fail(vi.parse.tooShort(min));
  return { ok: true, value: text };
}

function parseList(text: string, field: Extract<Field, { type: "bullet-list" }>, number: number | undefined): ParsedAnswer {
  // One line with ";" between its parts ("Hội sách; thi kể chuyện; đọc sách"): a phone's way of
  // typing a list, whose items end in ";" in the reports themselves.
  const lines = !/\n/.test(text.trim()) && text.includes(";") ? text.split(";").join("\n") : text;
  const items = parseListLines(lines);
  if (items.length === 0) return fail(vi.parse.empty);
  // "- em không biết": a list mark before it, printed as an item all the same.
  const notKnown = items.find((item) => saysNotKnown(item.text));
  if (notKnown) return fail(vi.parse.notKnown(notKnown.text, !field.required, number));
  if (field.minItems !== undefined && items.length < field.minItems) return fail(vi.parse.tooFewItems(field.minItems));
  if (field.maxItems !== undefined && items.length > field.maxItems) return fail(vi.parse.tooManyItems(field.maxItems));
  const max = field.maxLength ?? DEFAULT_SHORT_TEXT_MAX * 2;
  const tooLong = items.findIndex((item) => [item.text, ...item.sub].some((text) => text.length > max));
  if (tooLong >= 0) return fail(vi.parse.itemTooLong(tooLong + 1, max));
  return { ok: true, value: storeListItems(items) };
}

function parseDate(text: string, field: Extract<Field, { type: "date" }>, today: string | undefined): ParsedAnswer {
  // "hôm nay", "hôm qua": counted from today, as the clerk's chat shows it.
  const relative = today === undefined ? undefined : readRelativeDay(text, today);
  const date: ReturnType<typeof readVietnameseDate> = relative ? { ok: true, iso: relative.iso } : readVietnameseDate(text, today);
  if (!date.ok) {
    if (date.reason === "wrong-weekday") return fail(vi.parse.wrongWeekday(text.trim().slice(0, 40), date.weekday));
    if (date.reason === "no-such-day") return fail(vi.parse.noSuchDay(date.month, date.year, date.days));
    return fail(date.reason === "no-year" ? vi.parse.dateNeedsYear : date.reason === "words-around" ? vi.parse.dateOnly : vi.parse.notADate);
  }
  const { iso } = date;
  if (field.min && iso < field.min) return fail(vi.parse.dateBefore(formatShortDate(field.min)));
  if (field.max && iso > field.max) return fail(vi.parse.dateAfter(formatShortDate(field.max)));
  return { ok: true, value: iso, ...(date.yearGuessed ? { yearGuessed: true as const } : {}), ...(relative ? { relativeDay: relative.words } : {}) };
}

/** One line with no tab, ";" nor "|": a table's text that is no row of several cells, so may be talk. */
const isLineWithoutCells = (text: string): boolean => !/[\n\t;|]/.test(text);
