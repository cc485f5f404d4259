/**
 * For the ward's draft: of how many units each computed share is (consolidate-answers.ts divides
 * by the units that answered the question, not by every unit the campaign requires).
 */
import type { ShareBase } from "../documents/share-base.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import type { UnitAnswers } from "./consolidate-answers.ts";

/** The bases of the target's "share-yes" questions, by question id; `total`: the units the campaign requires. */
export function shareBases(target: Template, units: readonly UnitAnswers[], total: number): Map<string, ShareBase> {
  const bases = new Map<string, ShareBase>();
  for (const { field } of listFields(target)) {
    if (field.from?.as !== "share-yes") continue;
    const source = field.from.field;
    const answered = units.filter((u) => u.answers[source] !== undefined && u.answers[source] !== null).length;
    bases.set(field.id, { answered, total });
  }
  return bases;
}
