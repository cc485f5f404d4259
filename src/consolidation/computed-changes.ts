/**
 * What the units' reports changed in the ward's report since it was submitted (a school submitted
 * late, or again): each computed answer that differs, said when /tonghop sua opens it again. The
 * officer saw only "the submitted version has not changed", and had to find 1.500 → 1.800 in /xem.
 */
import { sameValue } from "../canonical-json.ts";
import { numberOfField } from "../conversation/report-navigation.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";

/** Longer than this, an answer is cut: a list of every school's activities is no line to read. */
const SHOWN_MAX = 60;

/** `edited`: the computed answers the officers changed by hand, whose change is theirs, not the units'. */
export function computedChanges(template: Template, submitted: Answers, now: Answers, edited: readonly string[]): string[] {
  return listFields(template).flatMap(({ field }) => {
    if (!field.from || edited.includes(field.id) || sameValue(submitted[field.id], now[field.id])) return [];
    const n = numberOfField(template, now, field.id);
    const line = changedLine(field, submitted[field.id], now[field.id]);
    if (line) return [vi.consolidation.lineChangedSince(n, barePrompt(field.prompt), line.number, line.was, line.now, line.others)];
    return [vi.consolidation.changedSince(n, barePrompt(field.prompt), shown(field, submitted[field.id]), shown(field, now[field.id]))];
  });
}

/**
 * Two lists of as many lines: the first line that differs, each side cut, and how many other lines
 * differ. Their counts alone said "2 dòng → 2 dòng" when a school corrected one line, which told the
 * officer nothing; the first line alone hid that other schools' lines had changed too.
 */
function changedLine(
  field: Field,
  was: AnswerValue | null | undefined,
  now: AnswerValue | null | undefined,
): { number: number; was: string; now: string; others: number } | undefined {
  if (!Array.isArray(was) || !Array.isArray(now) || was.length !== now.length) return undefined;
  const changed = was.flatMap((item, i) => (sameValue(item, now[i]) ? [] : [i]));
  const index = changed[0];
  if (index === undefined) return undefined;
  // One line, without the "- " a list's line is printed with.
  const line = (item: unknown) => shown(field, [item] as AnswerValue, true).replace(/^[-•]\s+/, "");
  return { number: index + 1, was: line(was[index]), now: line(now[index]), others: changed.length - 1 };
}

/** An answer on one short line, as the lists of changes say it. */
export function shown(field: Field, value: AnswerValue | null | undefined, oneLine = false): string {
  if (value === undefined || value === null) return vi.consolidation.noAnswerYet;
  // A list of every unit's lines, cut, read the same on both sides: its count of lines says the change.
  if (Array.isArray(value) && !oneLine) return vi.consolidation.lines(value.length);
  const text = formatAnswer(field, value).replace(/\s*\n\s*/g, "; ");
  return text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX - 1).trimEnd()}…` : text;
}
