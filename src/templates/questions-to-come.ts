/**
 * How many questions the report may have, for "Câu k/n" and the greeting. Counting only the visible
 * questions made the total grow as a clerk answered ("Câu 8/20", then "Câu 9/21": "Có" at the
 * opening shows its date, 6 training sessions show the participants), read as the report getting
 * longer. A question whose condition is not decided yet (its source unanswered) is counted, so the
 * total only ever shrinks, when an answer rules a question out. The numbers k stay the visible
 * questions' ones, which /sua and /xem use.
 */
import { type Answers, isConditionMet } from "./field-visibility.ts";
import { listFields } from "./template-fields.ts";
import type { Template } from "./template-schema.ts";

export function questionsToCome(template: Template, answers: Answers): number {
  // `effective`: the answers of the questions asked, as visibleFields reads them; `undecided`: the
  // questions counted whose answer cannot be known yet (not answered, or not asked yet).
  const effective: Answers = {};
  const undecided = new Set<string>();
  let count = 0;
  for (const { field } of listFields(template)) {
    // Asked now, as visibleFields decides; else it may still come while its condition's source is open.
    const asked = !field.showIf || isConditionMet(field.showIf, effective);
    if (!asked && !undecided.has(field.showIf!.field)) continue;
    count++;
    const value = answers[field.id];
    // A question not asked yet decides nothing with a stale answer: what hangs on it is open too.
    if (asked && value !== undefined) effective[field.id] = value;
    else undecided.add(field.id);
  }
  return count;
}
