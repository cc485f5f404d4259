/**
 * What changed between two submitted versions of a unit's report, question by question in the
 * template's order, each side as people read it (formatAnswer). Pure: the unit page shows it, so an
 * officer sees what a correction touched without reading both versions side by side.
 */
import { isDeepStrictEqual } from "node:util";
import type { Answers } from "../templates/field-visibility.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import { formatGivenAnswer } from "../templates/format-answer.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";

export interface FieldChange {
  fieldId: string;
  /** The question's number as the unit saw it in the newer version (the older one if it is gone). */
  number: number | undefined;
  prompt: string;
  /** The older answer as read; undefined when the older version had none. */
  before: string | undefined;
  /** The newer answer as read; undefined when the newer version has none. */
  after: string | undefined;
}

/** The questions whose answers differ from `older` to `newer`, in the template's order. */
export function versionDiff(template: Template, older: Answers, newer: Answers): FieldChange[] {
  const numberIn = (answers: Answers) => new Map(visibleFields(template, answers).map((p, i) => [p.field.id, i + 1]));
  const newerNumbers = numberIn(newer);
  const olderNumbers = numberIn(older);
  const changes: FieldChange[] = [];
  for (const { field } of listFields(template)) {
    const before = older[field.id];
    const after = newer[field.id];
    // Stored answers come back from JSON; a deep compare ignores the key order of tables and lists.
    if (isDeepStrictEqual(before, after)) continue;
    // Each version's answers: a deputy's "KT." line depends on the position answered with it.
    const shown = (value: Answers[string] | undefined, answers: Answers) => (value === undefined ? undefined : formatGivenAnswer(field, value, undefined, template, answers));
    changes.push({ fieldId: field.id, number: newerNumbers.get(field.id) ?? olderNumbers.get(field.id), prompt: field.prompt, before: shown(before, older), after: shown(after, newer) });
  }
  return changes;
}
