/**
 * What a consolidated report prints for a yes/no question no unit answered (its count of yes, or
 * its share, computed from nothing): that no unit reported it, in the words the generic report
 * uses for a section no unit reported. It vanished from the ward's report, and a reader could not
 * tell the question had been considered.
 */
import { barePrompt, vi } from "../sentences/vi.ts";
import type { Field } from "../templates/template-schema.ts";

/**
 * "Đơn vị có tổ chức Lễ khai mạc Tuần lễ không?" → "tổ chức Lễ khai mạc Tuần lễ": a question of the
 * unit itself, "có … không", which can be said as a statement. Any other wording gives undefined.
 */
const STATEMENT = /^(?:đơn vị|nhà trường|trường)\s+có\s+(.+?)\s+(?:hay\s+)?không\s*\??$/iu;
export const yesNoPredicate = (prompt: string): string | undefined => STATEMENT.exec(prompt.trim())?.[1];

/** The counts of a yes/no question that stand for it in the report; the count of no is said with them. */
const SPEAKS_FOR_QUESTION: ReadonlySet<string> = new Set(["count-yes", "share-yes"]);

/** The sentence for a computed yes/no question with no answer, or undefined for any other question. */
export function noDataSentence(field: Field): string | undefined {
  if (!field.from || !SPEAKS_FOR_QUESTION.has(field.from.as) || field.inDocument === false) return undefined;
  const predicate = yesNoPredicate(field.prompt);
  const sentence = predicate ? vi.consolidation.noUnitReportedOn(predicate) : vi.consolidation.noUnitReportedField(barePrompt(field.prompt).replace(/\s*\(%\)$/u, ""));
  // A template whose sentences are "- " lines (the ward's) gets one too.
  return field.documentText?.startsWith("- ") ? `- ${sentence}` : sentence;
}
