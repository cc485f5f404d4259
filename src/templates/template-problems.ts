/**
 * What is wrong with a template, in the words of the person who edits the file: the key as they
 * typed it and what it should be ("thiếu «prompt»", "loại câu hỏi «number» không có; chọn một
 * trong: ..."), never zod's own ("Invalid discriminator value"). Each problem keeps the path of
 * the element it is about, so the caller can say its line, section and question.
 */
import type { z } from "zod";
import { vi } from "../sentences/vi.ts";

export type ProblemPath = readonly (string | number)[];

export interface TemplateProblem {
  path: ProblemPath;
  message: string;
}

import { conditionProblems, limitProblems } from "./condition-problems.ts";
import { unitsAnsweredId, unitsNoId } from "./units-count-ids.ts";

const t = vi.template;

export function describeIssues(issues: readonly z.core.$ZodIssue[]): TemplateProblem[] {
  /** The elements of one list said once: `options: [1, 2, 3]` is one mistake, not three lines. */
  const said = new Set<string>();
  return issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    // An unknown key is shown at its own line, not at its object's.
    const at = issue.code === "unrecognized_keys" && issue.keys[0] ? [...path, issue.keys[0]] : path;
    const message = describeIssue(issue, path);
    if (typeof path.at(-1) === "number") {
      const list = JSON.stringify([path.slice(0, -1), message]);
      if (said.has(list)) return [];
      said.add(list);
    }
    return [{ path: at, message }];
  });
}

function describeIssue(issue: z.core.$ZodIssue, path: ProblemPath): string {
  const key = String([...path].reverse().find((p) => typeof p === "string") ?? "");
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? t.missing(key) : t.mustBe(key, t.kinds[issue.expected] ?? issue.expected);
    case "invalid_union": {
      const options = "options" in issue && Array.isArray(issue.options) ? issue.options.join(", ") : "";
      if (!("discriminator" in issue)) return issue.message;
      // zod gives the whole object whose discriminator is wrong.
      const value = issue.input && typeof issue.input === "object" ? (issue.input as Record<string, unknown>)[String(issue.discriminator)] : issue.input;
      return value === undefined ? t.missingType(options) : t.unknownType(String(value), options);
    }
    case "too_small":
      if (issue.origin === "string") return t.emptyText(key);
      if (issue.origin === "array") return t.tooFew(key, Number(issue.minimum));
      // positive(): strictly above, "từ 0 trở lên" said 0 was fine.
      return issue.inclusive === false ? t.numberAbove(key, Number(issue.minimum)) : t.numberTooSmall(key, Number(issue.minimum));
    case "too_big":
      if (issue.origin === "array") return t.tooMany(key, Number(issue.maximum));
      return issue.inclusive === false ? t.numberBelow(key, Number(issue.maximum)) : t.numberTooBig(key, Number(issue.maximum));
    case "unrecognized_keys":
      return t.unknownKeys(issue.keys.map((k) => `«${k}»`).join(", "));
    case "invalid_format":
      if (issue.format === "date") return t.badDate(key);
      if (key === "key" || key === "consolidatedBy") return t.badKey(String(issue.input));
      return t.badId(String(issue.input));
    case "invalid_value":
      return t.oneOf(key, issue.values.map(String).join(", "));
    case "custom":
      if (key === "check") return t.checkRule;
      return key === "showIf" ? t.condition : issue.message;
    default:
      return issue.message;
  }
}

export type RawField = { id?: unknown; type?: unknown; showIf?: { field?: unknown }; min?: unknown; max?: unknown; check?: unknown } & Record<string, unknown>;
export const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);
export const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The file's sections, nested ones too, and where each stands, read defensively. */
export function* sectionsWithPaths(data: Record<string, unknown>): Generator<{ section: Record<string, unknown>; path: ProblemPath }> {
  function* visit(sections: unknown, path: ProblemPath): Generator<{ section: Record<string, unknown>; path: ProblemPath }> {
    for (const [i, section] of arrayOf(sections).entries()) {
      if (!isObject(section)) continue;
      yield { section, path: [...path, i] };
      yield* visit(section.sections, [...path, i, "sections"]);
    }
  }
  yield* visit(data.sections, ["sections"]);
}

/** The file's fields and where each stands, read defensively: the file may be broken elsewhere. */
export function* fieldsWithPaths(data: Record<string, unknown>): Generator<{ field: RawField; path: ProblemPath }> {
  for (const { section, path } of sectionsWithPaths(data)) {
    for (const [j, field] of arrayOf(section.fields).entries()) if (isObject(field)) yield { field, path: [...path, "fields", j] };
  }
  const closing = isObject(data.closing) ? data.closing : {};
  for (const [j, field] of arrayOf(closing.fields).entries()) if (isObject(field)) yield { field, path: ["closing", "fields", j] };
}

/**
 * What zod cannot check: unique ids, conditions on earlier fields, min below max, closing roles.
 * Read from the file's data, so they are said together with the schema's problems.
 */
export function checkReferences(data: unknown): TemplateProblem[] {
  if (!isObject(data)) return [];
  const problems: TemplateProblem[] = [];
  const seen = new Map<unknown, RawField>();
  for (const { field, path } of fieldsWithPaths(data)) {
    if (typeof field.id === "string" && seen.has(field.id)) problems.push({ path: [...path, "id"], message: t.duplicateId(field.id) });
    const condition = field.showIf?.field;
    if (typeof condition === "string" && !seen.has(condition)) problems.push({ path: [...path, "showIf"], message: t.laterCondition(condition) });
    if (typeof field.min === typeof field.max && field.min !== undefined && (field.min as number) > (field.max as number)) problems.push({ path: [...path, "min"], message: t.minAboveMax });
    problems.push(...conditionProblems(field, path, seen), ...limitProblems(field, path));
    seen.set(field.id, field);
  }
  problems.push(...checkFigureRules(data), ...reservedIdProblems(data));
  const closing = isObject(data.closing) ? data.closing : {};
  const closingIds = new Set(arrayOf(closing.fields).map((f) => (isObject(f) ? f.id : undefined)));
  for (const role of ["recipients", "addressedTo", "reference", "signerAuthority", "signerPosition", "signerName"] as const) {
    const id = closing[role];
    if (typeof id === "string" && !closingIds.has(id)) problems.push({ path: ["closing", role], message: t.closingRole(role, id) });
  }
  return problems;
}

/**
 * A report type with no consolidated counterpart is consolidated by a generic report that adds,
 * beside each share and each yes/no question, a question of its own id (units-count-ids.ts): a
 * question of the units' template with that id would stand twice in it, both answers computed into one.
 */
function reservedIdProblems(data: Record<string, unknown>): TemplateProblem[] {
  if (data.consolidatedBy !== undefined) return [];
  const fields = [...fieldsWithPaths(data)];
  const reserved = new Map<string, { owner: string; as: string }>(
    fields.flatMap(({ field }): [string, { owner: string; as: string }][] => {
      if (typeof field.id !== "string") return [];
      if (field.type === "percent") return [[unitsAnsweredId(field.id), { owner: field.id, as: "units-answered" }]];
      return field.type === "yes-no" ? [[unitsNoId(field.id), { owner: field.id, as: "count-no" }]] : [];
    }),
  );
  return fields.flatMap(({ field, path }) => {
    const companion = typeof field.id === "string" ? reserved.get(field.id) : undefined;
    // The generic report's own count (checked when it is stored and read) is that question, no clash.
    const from = isObject(field.from) ? field.from : undefined;
    if (companion === undefined || (from?.field === companion.owner && from.as === companion.as)) return [];
    return [{ path: [...path, "id"], message: t.reservedCountId(String(field.id), companion.owner) }];
  });
}

const NUMERIC_TYPES = new Set(["integer", "decimal", "percent"]);

/** A figure's `check` may name only another numeric question of the same template (before or after it). */
function checkFigureRules(data: Record<string, unknown>): TemplateProblem[] {
  const fields = [...fieldsWithPaths(data)];
  const types = new Map(fields.map(({ field }) => [field.id, field.type]));
  const problems: TemplateProblem[] = [];
  for (const { field, path } of fields) {
    for (const [i, rule] of arrayOf(field.check).entries()) {
      if (!isObject(rule)) continue;
      for (const key of ["atLeast", "atMost"] as const) {
        const other = rule[key];
        if (typeof other !== "string") continue;
        if (other === field.id || !NUMERIC_TYPES.has(String(types.get(other)))) problems.push({ path: [...path, "check", i, key], message: t.checkTarget(key, other) });
      }
    }
  }
  return problems;
}
