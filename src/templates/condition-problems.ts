/**
 * What makes a question impossible though every key is right: a condition that can never hold (a
 * yes/no question compared with the text "Có", a choice that is not among the options, "greater
 * than" on a text or above the question's max, a figure compared with a word, a date with "hôm
 * qua") hides its question for good; a minimum above its maximum refuses every answer.
 * Read from the file's data, with the other reference checks (template-problems.ts).
 */
import { vi } from "../sentences/vi.ts";
import type { ProblemPath, RawField, TemplateProblem } from "./template-problems.ts";

const t = vi.template;
/** Types that are no figure: a question of an unknown type is said once, for its type, not here again. */
const NOT_NUMERIC = new Set(["short-text", "paragraph", "bullet-list", "date", "time", "single-choice", "multiple-choice", "yes-no", "table", "photo"]);
const CHOICES = new Set(["single-choice", "multiple-choice"]);

/** `earlier`: the questions before this one, by id (a condition only looks back). */
export function conditionProblems(field: RawField, path: ProblemPath, earlier: ReadonlyMap<unknown, RawField>): TemplateProblem[] {
  const condition = field.showIf as Record<string, unknown> | undefined;
  const on = condition && earlier.get(condition.field);
  if (!condition || !on) return [];
  const at = (key: string): ProblemPath => [...path, "showIf", key];
  const id = String(on.id);
  const problems: TemplateProblem[] = [];
  const compared = (["equals", "notEquals"] as const).flatMap((key) => (condition[key] === undefined ? [] : [{ key, value: condition[key] }]));
  if (on.type === "yes-no") {
    for (const { key, value } of compared) if (typeof value !== "boolean") problems.push({ path: at(key), message: t.conditionYesNo(id, String(value), key === "notEquals") });
    if (condition.in !== undefined) problems.push({ path: at("in"), message: t.conditionYesNo(id, String(condition.in), false) });
  }
  if (CHOICES.has(String(on.type)) && Array.isArray(on.options)) {
    const options = on.options.map(String);
    // A set: a long `in` against long options was a loop inside a loop.
    const known = new Set(options);
    const values = [...compared.map(({ key, value }) => ({ key, value })), ...(Array.isArray(condition.in) ? condition.in.map((value) => ({ key: "in", value })) : [])];
    for (const { key, value } of values) if (!known.has(String(value))) problems.push({ path: at(key), message: t.conditionNotAnOption(String(value), id, options, key === "notEquals") });
  }
  if (condition.greaterThan !== undefined && NOT_NUMERIC.has(String(on.type))) problems.push({ path: at("greaterThan"), message: t.conditionNotNumeric(id) });
  const inValues = Array.isArray(condition.in) ? condition.in.map((value) => ({ key: "in", value })) : [];
  problems.push(...valueProblems(on, id, [...compared, ...inValues], at));
  const { max } = limitsOf(on);
  if (typeof condition.greaterThan === "number" && typeof max === "number" && FIGURES.has(String(on.type)) && condition.greaterThan >= max) {
    problems.push({ path: at("greaterThan"), message: t.conditionAboveMax(id, condition.greaterThan, max) });
  }
  return problems;
}

const FIGURES = new Set(["integer", "decimal", "percent"]);

/** The limits an answer keeps to: a percent is never below 0 (parse-figure.ts). */
function limitsOf(on: RawField): { min?: unknown; max?: unknown } {
  return { min: on.min ?? (on.type === "percent" ? 0 : undefined), max: on.max };
}

/** An ISO date that is a day of the calendar, as a date answer is stored ("2026-09-30"). */
const isDate = (value: unknown): value is string =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);

/**
 * Values a figure or a date question's answer can never be: an answer is compared as stored, a
 * figure as a number and a date as "năm-tháng-ngày", so `equals: "ba"` on an integer or
 * `equals: "hôm qua"` on a date never holds (and a notEquals always does), nor does a value beyond
 * the question's own `min` or `max`.
 */
function valueProblems(on: RawField, id: string, values: readonly { key: string; value: unknown }[], at: (key: string) => ProblemPath): TemplateProblem[] {
  const figure = FIGURES.has(String(on.type));
  if (!figure && on.type !== "date") return [];
  const { min, max } = limitsOf(on);
  const problems: TemplateProblem[] = [];
  for (const { key, value } of values) {
    const always = key === "notEquals";
    const shown = String(value);
    let message: string | undefined;
    if (figure && (typeof value !== "number" || (on.type === "integer" && !Number.isInteger(value)))) message = t.conditionNotAFigure(id, shown, on.type === "integer", always);
    else if (!figure && !isDate(value)) message = t.conditionNotADate(id, shown, always);
    else if ((typeof min === typeof value && (value as number) < (min as number)) || (typeof max === typeof value && (value as number) > (max as number))) {
      message = t.conditionOutOfRange(id, shown, min === undefined ? undefined : String(min), max === undefined ? undefined : String(max), always);
    }
    if (message) problems.push({ path: at(key), message });
  }
  return problems;
}

/** Limits no answer can meet, and an option given twice. */
export function limitProblems(field: RawField, path: ProblemPath): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const [min, max] of [["minItems", "maxItems"], ["minLength", "maxLength"]] as const) {
    const [low, high] = [field[min], field[max]];
    if (typeof low === "number" && typeof high === "number" && low > high) problems.push({ path: [...path, min], message: t.lowAboveHigh(min, max) });
  }
  if (Array.isArray(field.options)) {
    const seen = new Set<string>();
    for (const [i, option] of field.options.entries()) {
      const folded = String(option).trim().toLowerCase();
      if (seen.has(folded)) problems.push({ path: [...path, "options", i], message: t.repeatedOption(String(option)) });
      seen.add(folded);
    }
  }
  return problems;
}
