/**
 * The consolidated report's computed answers, pure: for each field of the consolidated template
 * that says `from: { field, as }`, the units' latest submitted answers to that field, summed,
 * averaged, counted or listed (each unit's texts labelled with its name), tables summed row by row.
 * Fields without `from` are the officer's to answer and are left out.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { type ListItem, leadWithLines, listTexts, readListItems, storeListItems } from "../templates/list-items.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Field, FieldSource, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { listSaysNothing } from "../documents/none-answer.ts";
import { midSentenceCase } from "../documents/mid-sentence-case.ts";
import { parseListLines } from "../templates/parse-list-lines.ts";
import { itemWithSubs, joinItems } from "./joined-items.ts";
import { sumTables } from "./sum-tables.ts";

/** One unit's latest submitted version. */
export interface UnitAnswers {
  unitName: string;
  answers: Answers;
}

export function consolidateAnswers(target: Template, source: Template, units: readonly UnitAnswers[]): Answers {
  const computed: Answers = {};
  // No unit has submitted: a count of 0 or a share of 0% would read as a figure of the ward's.
  if (units.length === 0) return computed;
  const sourceFields = new Map(listFields(source).map((p) => [p.field.id, p.field]));
  for (const { field } of listFields(target)) {
    const from = field.from;
    const sourceField = from && sourceFields.get(from.field);
    if (!from || !sourceField) continue;
    const value = compute(from, field, sourceField, units);
    if (value !== undefined) computed[field.id] = value;
  }
  return computed;
}

/**
 * The consolidated questions whose `from` names no question of the units' template, as the
 * campaign uses it: a question renamed in the units' file (and in the ward's, /mau nap) while the
 * campaign runs on the older version. Their figure was left out of the draft without a word.
 */
export function unsourcedFields(target: Template, source: Template): Field[] {
  const sourceIds = new Set(listFields(source).map((p) => p.field.id));
  return listFields(target).flatMap(({ field }) => (field.from && !sourceIds.has(field.from.field) ? [field] : []));
}

function compute(from: FieldSource, target: Field, source: Field, units: readonly UnitAnswers[]): AnswerValue | undefined {
  const answered = units.flatMap((u) => {
    const value = u.answers[from.field];
    return value === undefined || value === null ? [] : [{ unitName: u.unitName, value }];
  });
  const numbers = answered.map((a) => a.value).filter((v): v is number => typeof v === "number");
  const dates = answered.map((a) => a.value).filter((v): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v));
  switch (from.as) {
    case "sum":
      // Tables add up row by row (sum-tables.ts); a table's answers never join a sum of figures.
      if (target.type === "table") return sumTables(target, answered.map((a) => a.value));
      // Summed as typed (0,25 + 0,3 is 0,55); only whole-number fields are rounded.
      return numbers.length === 0 ? undefined : target.type === "integer" ? Math.round(sum(numbers)) : Number(sum(numbers).toFixed(10));
    case "average":
      if (source.type === "date") return dates.length === 0 ? undefined : averageDate(dates);
      return numbers.length === 0 ? undefined : roundFor(target, sum(numbers) / numbers.length);
    case "min":
    case "max":
      if (source.type === "date") return dates.length === 0 ? undefined : [...dates].sort()[from.as === "min" ? 0 : dates.length - 1];
      return numbers.length === 0 ? undefined : (from.as === "min" ? Math.min : Math.max)(...numbers);
    // A yes/no question no unit answered has no data, not 0 units: its counts of 0 were left out
    // of the report ("" for 0), and the question vanished without a word (no-data-sentence.ts says so).
    case "count-yes":
      return answered.length === 0 ? undefined : answered.filter((a) => a.value === true).length;
    case "count-no":
      return answered.length === 0 ? undefined : answered.filter((a) => a.value === false).length;
    // Of the units that answered: counted over every unit the campaign requires, those still to
    // report read as "no" (1 school of 3 in, it had held the opening: "33,3%"). The draft says of
    // how many units the share is (share-bases.ts).
    case "share-yes":
      return answered.length === 0 ? undefined : roundFor(target, (answered.filter((a) => a.value === true).length / answered.length) * 100);
    case "units-answered":
      return answered.length;
    case "per-option": {
      const counts = perOption(source, answered.map((a) => a.value));
      // In a paragraph, one sentence: its own lines printed as paragraphs split "Tình huống: {value}" in two.
      // After a "; " an option opens in lower case, unless it opens with a name ("Hội Khuyến học: 2 đơn vị").
      if (target.type === "paragraph") return counts.length === 0 ? undefined : counts.map((text, i) => (i === 0 ? text : midSentenceCase(text))).join("; ");
      return asTarget(target, counts.map((text) => ({ text, sub: [] })));
    }
    case "list":
      // A unit that wrote only "Không có." has nothing to list: its line read "- Trường A: Không có.".
      return asTarget(
        target,
        answered.flatMap(({ unitName, value }) => {
          const items = itemsOf(source, value);
          return listSaysNothing(items.flatMap((item) => [item.text, ...item.sub])) ? [] : labelled(unitName, items);
        }),
      );
  }
}

/**
 * A unit's items under its name, the name said once (the ward's report repeated a school's name on
 * each of its nine lines): one line "Trường A: Hội sách; Thi kể chuyện" when they are plain items;
 * one item with its sub-items; else the name leading, each item under it with its own sub-items
 * on its line ("Tuyên truyền dưới cờ: Lớp 1, lớp 2; Lớp 3").
 */
function labelled(unitName: string, items: ListItem[]): ListItem[] {
  // A text that opens with the unit's own name is labelled already: it read "Trường A: Trường A phát động …".
  const label = (text: string) => (foldVietnamese(text).startsWith(`${foldVietnamese(unitName)} `) ? text : `${unitName}: ${text}`);
  if (items.length > 1 && items.every((item) => item.sub.length === 0)) return [{ text: label(joinItems(items.map((item) => item.text))), sub: [] }];
  if (items.length === 1) return [{ ...items[0]!, text: label(items[0]!.text) }];
  // The report has two levels under the unit's name: an item's own sub-items run in on its line.
  return [{ text: `${unitName}:`, sub: items.map((item) => itemWithSubs(item.text, item.sub)) }];
}

/** A line typed as an item of its own: "- ", "• ", "+ " or "* " before it. */
const ITEM_LINE = /^(?:[-•–]\s*|[+*]\s+)(?=\S)/u;

/** A unit's answer as list items: a list's own items (with their sub-items), else the answer as people read it. */
function itemsOf(source: Field, value: AnswerValue): ListItem[] {
  if (Array.isArray(value)) return readListItems(value);
  if (typeof value !== "string" || source.type === "date") return [{ text: formatAnswer(source, value), sub: [] }];
  return textItems(value);
}

/**
 * A text of several lines, each line its own paragraph as the unit's document prints it (kept in
 * one item, its line feeds reached the Word file inside one run and read as one run-on line):
 * lines all typed as items are the unit's items, a "+ " line under a "- " one its sub-item, as a
 * list's answer reads them (parse-list-lines.ts; they all came out at one level); otherwise its
 * first line leads, the others follow as sub-items under it ("- Trường A: Tuyên truyền qua các hình
 * thức:", "+ Treo 12 băng rôn") and the lines after its last "- " item close it (list-items.ts,
 * leadWithLines), a "+ " line under a "- " one run in on that one's line.
 */
function textItems(text: string): ListItem[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  if (lines.length <= 1) return lines.map((line) => ({ text: line, sub: [] }));
  if (lines.every((line) => ITEM_LINE.test(line))) return parseListLines(lines.join("\n"));
  return [leadWithLines(withSubLinesRunIn(lines))];
}

/** "+ " lines under a "- " line (not under the leading line, whose sub-items they are) joined to it: "- Tuyên truyền: treo băng rôn; loa". */
function withSubLinesRunIn(lines: readonly string[]): string[] {
  const joined: { line: string; subs: string[] }[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    if (last && joined.length > 1 && SUB_LINE.test(line) && DASH_LINE.test(last.line)) last.subs.push(line.replace(ITEM_LINE, ""));
    else joined.push({ line, subs: [] });
  }
  return joined.map(({ line, subs }) => (subs.length === 0 ? line : itemWithSubs(line, subs)));
}

const SUB_LINE = /^\+\s+\S/u;
const DASH_LINE = /^[-•–]\s*\S/u;

/** "Hoàn thành tốt: 3 đơn vị", one line per option (options nobody chose are left out). */
function perOption(source: Field, values: AnswerValue[]): string[] {
  const options = "options" in source ? source.options : [vi.answer.yes, vi.answer.no];
  const chosen = values.flatMap((v) => (Array.isArray(v) ? listTexts(v) : typeof v === "boolean" ? [v ? vi.answer.yes : vi.answer.no] : [String(v)]));
  return options.map((option) => ({ option, n: chosen.filter((c) => c === option).length })).filter((c) => c.n > 0).map((c) => vi.consolidation.perOption(c.option, c.n));
}

/**
 * Items become a list's items (sub-items kept under theirs); a choice or a paragraph has one level,
 * so there the sub-items follow their item as lines of their own ("+ " marks them in a paragraph).
 */
function asTarget(target: Field, items: ListItem[]): AnswerValue | undefined {
  if (items.length === 0) return undefined;
  if (target.type === "bullet-list") return storeListItems(items);
  if (target.type === "multiple-choice") return items.flatMap((item) => [item.text, ...item.sub, ...(item.after ?? [])]);
  // A closing line is no sub-item: it follows them unmarked.
  return items.flatMap((item) => [item.text, ...item.sub.map((sub) => `+ ${sub}`), ...(item.after ?? [])]).join("\n");
}

const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

/** The middle day of ISO dates ("the average opening day"), rounded to a whole day. */
function averageDate(dates: string[]): string {
  const days = dates.map((d) => Date.parse(`${d}T00:00:00Z`) / 86_400_000);
  return new Date(Math.round(sum(days) / days.length) * 86_400_000).toISOString().slice(0, 10);
}

/** Whole numbers stay whole; shares and averages keep one decimal at most. */
function roundFor(target: Field, value: number): number {
  return target.type === "integer" ? Math.round(value) : Math.round(value * 10) / 10;
}
