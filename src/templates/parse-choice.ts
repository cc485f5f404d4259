/**
 * Answers to choice questions: one option (single choice) or several (multiple choice), by number
 * or by text, as clerks type them ("2", "1, 3 và 5", "1-3", "tất cả", "băng rôn"). Part of
 * answer-parsers.ts.
 */
import { vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { ParsedAnswer } from "./answer-parsers.ts";
import type { Field } from "./template-schema.ts";

const fail = (error: string): ParsedAnswer => ({ ok: false, error });

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

export function parseSingleChoice(text: string, options: readonly string[]): ParsedAnswer {
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

export function parseMultipleChoice(text: string, field: Extract<Field, { type: "multiple-choice" }>): ParsedAnswer {
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
