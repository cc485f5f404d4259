/**
 * A figure question's answer (integer, decimal, percent): the figure typed, in digits or in words,
 * or a Vietnamese reason to ask again where the words around it change it, say there is none, or
 * give two figures where one is asked.
 */
import { foldVietnamese, typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import { isAllNumberWords } from "../vietnamese/number-words.ts";
import { formatVietnameseNumber, parseVietnameseNumber } from "../vietnamese/vietnamese-numbers.ts";
import { vi } from "../sentences/vi.ts";
import type { ParsedAnswer } from "./answer-parsers.ts";
import { estimateWord } from "./estimate-words.ts";
import { figureInWords, saysShare } from "./figure-in-words.ts";
import { saysNone } from "./says-none.ts";
import type { Field } from "./template-schema.ts";

/**
 * Words before a figure that say nothing of it ("sl 120", "số lượng: 120", "được 120 cuốn", "Dạ 460
 * ạ", "vâng, tổng là 12"), folded.
 */
const NEUTRAL_LEAD = /^(?:(?:da|vang)(?:\s*,\s*|\s+|$))?(?:(?:sl|so luong|tong|tong so|tong cong|duoc|dc|co|la|gom|dat|tong la|tong so la)\s*:?)?$/;
/** "câu 8": the words before it name a question, and the figure is its number, folded. */
const NAMES_A_QUESTION = /(?:^|\s)cau\s*$/;
/** A "no" among the words of a number question's answer, folded. */
const NO_WORD = /(?:^|\s)(?:khong|ko|k|chua)(?:\s|$)/;
/** Longer than any answer a figure's words need ("2 buổi với 45 người tham gia"): a sentence, not read further. */
const SHORT_ANSWER = 80;
/** A figure not known yet, rather than none, folded. */
const NOT_KNOWN = /\bbiet\b|so lieu|tong hop|cap nhat|thong ke/;
/** A figure, a word, a figure: "2 buổi với 45 người". */
const TWO_FIGURES = /\d[\d.,]*\s+\p{L}[\s\S]*?\s\d/u;
/** Words that make one figure of two ("1 triệu 2", "2 nghìn 500"), folded. */
const MULTIPLIER_WORD = /(?:^|\s)(?:tram|nghin|ngan|trieu|ti|ty)(?:\s|$)/;

/** A figure with the letter o typed for a zero inside or after its digits ("29o", "3oo", "1o5"), a word's end after it. */
const LETTER_FOR_ZERO = /(?<![\p{L}\d])\d[\d.,]*[oO][\doO]*(?![\p{L}])/u;

export function parseFigure(text: string, field: Extract<Field, { type: "integer" | "decimal" | "percent" }>): ParsedAnswer {
  // "29o lượt" was stored as 29, the "o" read as the start of a word: a tenth of the figure meant.
  const zeroTypo = LETTER_FOR_ZERO.exec(text)?.[0];
  if (zeroTypo) return fail(vi.parse.letterForZero(zeroTypo));
  const noFigure = !/\d/.test(text);
  // No figure typed: perhaps one in words ("sáu buổi").
  const inWords = noFigure ? figureInWords(text, field) : undefined;
  const parsed = inWords !== undefined ? ({ ok: true, value: inWords } as const) : parseVietnameseNumber(text, { integer: field.type === "integer" });
  // "1,200" or "1,000 học sinh" on an English keyboard means a thousand and more: a whole number
  // never has a decimal comma, and read as one "1,000" would be stored as 1.
  const grouped = field.type === "integer" ? /^\d{1,3}(?:,\d{3})+(?=\s|$)/.exec(text.trim())?.[0] : undefined;
  if (grouped) return fail(vi.parse.commaIsDecimal(grouped.replaceAll(",", ""), grouped.replaceAll(",", ".")));
  // "không", "chưa có": there is none. Said how to write that, instead of "type a number".
  if (!parsed.ok && saysNone(text)) return fail(field.required ? vi.parse.noneIsZero : vi.parse.noneIsZeroOrSkip);
  // "khoảng 200 người", "hơn 2 triệu đồng": words before the figure, which the report cannot print
  // (nor store: "khoảng" and "hơn" change it); the figure alone is asked for, read as it was typed.
  const split = /^([^\d%]*)(\d[^%]*)$/u.exec(text);
  const fromFigure = split && /\p{L}/u.test(split[1]!) ? split[2] : undefined;
  // "sl 120", "số lượng: 120", "được 120 cuốn": words before the figure that say nothing of it.
  const lead = !parsed.ok && fromFigure && text.length <= SHORT_ANSWER ? foldVietnamese(text.slice(0, text.length - fromFigure.length)).trim() : undefined;
  if (lead !== undefined && NEUTRAL_LEAD.test(lead)) return parseFigure(fromFigure!, field);
  // "không, em trả lời câu 8 thôi": no figure offered back as "type 8".
  // "thư viện mở cửa cả thứ 7": a day of the week, no figure to offer back as "type 7".
  const namesQuestion = lead !== undefined && (NAMES_A_QUESTION.test(lead) || /(?:^|\s)thứ\s*$/iu.test(split![1]!.normalize("NFC")));
  const figure = !parsed.ok && parsed.reason !== "not-an-integer" && fromFigure && !namesQuestion ? parseVietnameseNumber(fromFigure, { integer: field.type === "integer" }) : undefined;
  if (figure?.ok) return fail(onlyTheFigure(text, formatVietnameseNumber(figure.value)));
  // "khoảng mười", "tầm hai trăm lượt": an estimate in words, named as why (as "khoảng 10" is).
  const estimated = !parsed.ok && noFigure && inWords === undefined ? estimateInWords(text, field) : undefined;
  if (estimated !== undefined) return fail(onlyTheFigure(text, formatVietnameseNumber(estimated)));
  // "một trăm hai" (120 or 102?), "hai ba": a figure meant, in words not read as one.
  if (!parsed.ok && noFigure && inWords === undefined && isAllNumberWords(text)) return fail(vi.parse.numberWordsUnclear(text.trim().slice(0, 40)));
  // "trường không tổ chức quyên góp": no figure, and a "no" in it. Said as for "không"; not when the
  // figure is only not known ("k biết", "không có số liệu"): 0 would then be a false answer.
  // Only a short text is folded: a paragraph typed to a number question is no figure either way.
  const folded = !parsed.ok && text.length <= SHORT_ANSWER ? foldVietnamese(text) : "";
  if (!parsed.ok && noFigure && NO_WORD.test(folded) && !NOT_KNOWN.test(folded)) return fail(field.required ? vi.parse.noneIsZero : vi.parse.noneIsZeroOrSkip);
  // "2 buổi với 45 người tham gia": two figures with words between, one of them for a question of
  // its own ("1 triệu 2" is one figure; "10-15", "15/20", "2tr5" are no two answers).
  if (!parsed.ok && folded !== "" && TWO_FIGURES.test(text) && !MULTIPLIER_WORD.test(folded)) return fail(vi.parse.oneFigure);
  // "khoảng 90% ạ": an estimate of a share, the words around it read as no percent; said why.
  const share = !parsed.ok && field.type === "percent" ? /(\d[\d.,]*)\s*%/.exec(text)?.[1] : undefined;
  const shareRead = share !== undefined ? parseVietnameseNumber(share, { integer: false }) : undefined;
  if (shareRead?.ok && estimateWord(text)) return fail(onlyTheFigure(text, `${formatVietnameseNumber(shareRead.value)}%`));
  if (!parsed.ok) return fail(parsed.reason === "not-an-integer" ? vi.parse.notAnInteger : field.type === "percent" ? vi.parse.notAPercent : vi.parse.notANumber);
  // "12 trở lên", "12 dự kiến", "12 người không tính giáo viên": words after the figure that change
  // it, which the report cannot print; the figure alone is asked for.
  if (changesTheFigure(text)) return fail(onlyTheFigure(text, formatVietnameseNumber(parsed.value)));
  // "95%" to a count: a share where a number of people or books was asked, not that number.
  if (field.type !== "percent" && (text.includes("%") || saysShare(text))) return fail(vi.parse.percentForCount);
  const min = field.min ?? (field.type === "percent" ? 0 : undefined);
  const max = field.max ?? (field.type === "percent" ? 100 : undefined);
  if (min !== undefined && parsed.value < min) return fail(vi.parse.belowMin(formatVietnameseNumber(min)));
  if (max !== undefined && parsed.value > max) return fail(vi.parse.aboveMax(formatVietnameseNumber(max)));
  // "hai muoi": words without their marks, read by guessing them ("sau" is "sáu" or "sau"): said back.
  // Not "hai", "ba": spelled right, with no mark to leave out, they are no guess.
  return { ok: true, value: parsed.value, ...(inWords !== undefined && typedWithoutMarks(text) && !spelledRight(text) ? { numberWords: text.trim() } : {}) };
}

/** Number words spelled without a tone mark: typed so, they are exact ("hai", "ba", "một trăm linh …"'s "linh"). */
const UNMARKED_NUMBER_WORDS = new Set(["hai", "ba", "linh"]);
/** Every word of `text` is one of them ("hai", "ba ạ" has a mark: read above as marked). */
const spelledRight = (text: string): boolean => text.trim().toLowerCase().split(/[\s,.!]+/).filter(Boolean).every((word) => UNMARKED_NUMBER_WORDS.has(word));

/**
 * Words that make a figure another ("trở lên", "khoảng", "dự kiến", "chưa", "không", "300 hơn"), compared
 * with their tone marks, and typed without them where that is no other word. Not "trên", "dưới",
 * "đến", "hay": "3 bài đăng trên website", "lượt bạn đọc đến thư viện", "sách hay" are units.
 */
const CHANGING_WORDS = /(?:^|\s)(?:trở lên|trở xuống|khoảng|dự kiến|ước tính|ít nhất|tối đa|tối thiểu|chưa|không|ko|hoặc|hơn|tro len|khoang|du kien|chua|khong|hon)(?=\s|$)/u;

function changesTheFigure(text: string): boolean {
  const after = /^\s*-?\d[\d., ]*(\D[\s\S]*)$/u.exec(text)?.[1];
  return after !== undefined && CHANGING_WORDS.test(after.normalize("NFC").toLowerCase());
}

/** The figure in words after an estimate word ("khoảng mười" 10); undefined without one or a figure. */
function estimateInWords(text: string, field: Parameters<typeof figureInWords>[1]): number | undefined {
  const word = estimateWord(text);
  const at = word === undefined ? -1 : text.normalize("NFC").toLowerCase().indexOf(word);
  return at < 0 ? undefined : figureInWords(text.normalize("NFC").slice(at + word!.length), field);
}

/** The figure alone asked for: an estimate ("khoảng", "tầm") named as why, where one is typed. */
function onlyTheFigure(text: string, figure: string): string {
  const estimate = estimateWord(text);
  return estimate ? vi.parse.notExact(estimate, figure) : vi.parse.onlyTheFigure(figure);
}

function fail(error: string): ParsedAnswer {
  return { ok: false, error };
}
