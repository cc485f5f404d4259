/**
 * "như cũ", "như năm trước" typed at a choice question with nothing to keep: choices are not copied
 * from last year's report (last-year-drafts.ts), so the clerk was told only "chưa có câu trả lời để
 * giữ. Vui lòng gõ câu trả lời", with no word of what to type. Said plainly: last time's choice, if
 * the previous report has one still among the options, and the numbers that give it again.
 */
import type { Field } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { PreviousReport } from "./last-year-drafts.ts";

/** What to say at a choice question (`field`) where "như cũ" finds nothing to keep; undefined for any other question. */
export function choiceAsBeforeHint(field: Field, previous: PreviousReport | undefined): string | undefined {
  if (field.type !== "single-choice" && field.type !== "multiple-choice") return undefined;
  const before = previous?.answers[field.id];
  const chosen = typeof before === "string" ? [before] : Array.isArray(before) ? before.filter((v): v is string => typeof v === "string") : [];
  const numbers = chosen.map((option) => field.options.indexOf(option) + 1);
  const example = field.type === "single-choice" ? "1" : field.options.length > 2 ? "1, 3" : "1, 2";
  // Last time's choice, only if every part of it is still an option of this version of the question.
  if (chosen.length === 0 || numbers.includes(0)) return vi.typed.choiceNothingToKeep(example);
  return vi.typed.choiceAsBefore(chosen, numbers.join(", "));
}
