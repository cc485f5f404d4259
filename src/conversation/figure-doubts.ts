/**
 * Why a figure deserves a second look before it is saved: far from the unit's own figure last year
 * (10 times it or more, or a tenth of it or less: 85 → 850 is the slipped zero), or against a rule of the template's `check`
 * (participants fewer than sessions). Pure; the engine asks once and saves on "Có".
 */
import type { Answers } from "../templates/field-visibility.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import type { Field } from "../templates/template-schema.ts";
import type { Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";

/** How far from last year a figure may be before it is questioned: a slipped or missing zero. */
const FAR_FACTOR = 10;

type NumericField = Extract<Field, { type: "integer" | "decimal" | "percent" }>;
const isNumeric = (field: Field | undefined): field is NumericField => field?.type === "integer" || field?.type === "decimal" || field?.type === "percent";

/**
 * Last year's 0 gives no scale to compare with, so nothing is questioned against it (0 → 3 sessions
 * is an ordinary year); this year's 0 against last year's positive figure is questioned, as it is
 * below a tenth of it (a figure left out by mistake reads 0 as well). The bounds themselves count
 * as far: a zero added (85 → 850) or dropped (850 → 85) is exactly the mistake to catch.
 */
export function isFarFromLastYear(value: number, lastYear: number): boolean {
  if (lastYear <= 0) return false;
  return value >= lastYear * FAR_FACTOR || value <= lastYear / FAR_FACTOR;
}

/** The sentences questioning `value` for `fieldId`; empty when it looks right. */
export function figureDoubts(template: Template, answers: Answers, fieldId: string, value: number, lastYear: Answers = {}): string[] {
  const visible = visibleFields(template, { ...answers, [fieldId]: value });
  const field = visible.find((p) => p.field.id === fieldId)?.field;
  if (!isNumeric(field)) return [];
  const shown = formatAnswer(field, value);
  const doubts: string[] = [];
  const previous = lastYear[fieldId];
  if (typeof previous === "number" && isFarFromLastYear(value, previous)) doubts.push(vi.lastYear.farFromLastYear(formatAnswer(field, previous), shown));

  /** Another visible numeric answer, with its question number, or nothing to compare with yet. */
  const other = (id: string) => {
    const index = visible.findIndex((p) => p.field.id === id);
    const otherField = visible[index]?.field;
    const otherValue = answers[id];
    if (!isNumeric(otherField) || typeof otherValue !== "number") return undefined;
    return { number: index + 1, prompt: barePrompt(otherField.prompt), value: otherValue, shown: formatAnswer(otherField, otherValue) };
  };
  // This field's own rules.
  for (const rule of field.check ?? []) {
    const atLeast = rule.atLeast !== undefined;
    const bound = rule.atLeast ?? rule.atMost!;
    if (typeof bound === "number") {
      if (atLeast ? value < bound : value > bound) doubts.push((atLeast ? vi.lastYear.belowNumber : vi.lastYear.aboveNumber)(shown, formatAnswer(field, bound)));
      continue;
    }
    const o = other(bound);
    if (o && (atLeast ? value < o.value : value > o.value)) doubts.push((atLeast ? vi.lastYear.belowOther : vi.lastYear.aboveOther)(shown, o.number, o.prompt, o.shown));
  }
  // Other fields' rules that name this one, seen from this side (sessions above the participants).
  for (const { field: ruled } of visible) {
    if (ruled.id === fieldId || !isNumeric(ruled)) continue;
    for (const rule of ruled.check ?? []) {
      const o = rule.atLeast === fieldId || rule.atMost === fieldId ? other(ruled.id) : undefined;
      if (!o) continue;
      if (rule.atLeast === fieldId && o.value < value) doubts.push(vi.lastYear.aboveOther(shown, o.number, o.prompt, o.shown));
      if (rule.atMost === fieldId && o.value > value) doubts.push(vi.lastYear.belowOther(shown, o.number, o.prompt, o.shown));
    }
  }
  return doubts;
}
