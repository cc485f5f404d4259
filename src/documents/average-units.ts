/**
 * The bracket of an average in the generic consolidated report, which says over how many units it
 * was taken ("Tỉ lệ … (bình quân của {x_so_don_vi} đơn vị có số liệu): 95,5%."), worded for the
 * count it has: an average of one unit is that unit's figure, and said so; without a count the
 * figure is printed all the same.
 */
import type { Field } from "../templates/template-schema.ts";
import { unitsAnsweredId } from "../templates/units-count-ids.ts";
import { vi } from "../sentences/vi.ts";
import type { AnswerText } from "./report-sections.ts";

/** `documentText` of an average as it should read with the count its units' question holds. */
export function averageWording(field: Field, documentText: string, answerText: AnswerText): string {
  if (field.from?.as !== "average") return documentText;
  const countId = unitsAnsweredId(field.id);
  const bracket = new RegExp(`\\s*\\([^()]*\\{${countId}\\}[^()]*\\)`, "u");
  if (!bracket.test(documentText)) return documentText;
  // "(bình quân của 1 đơn vị có số liệu)" spoke of an average where there is one figure.
  const count = answerText(countId);
  if (count === "1") return documentText.replace(bracket, ` ${vi.consolidation.oneUnitFigure}`);
  // No count (skipped by /sua, or a report stored before the count was asked): the sentence, which
  // names it, was left out with its figure. The figure stays, said to be the units' average.
  if (count === null || count === undefined) return documentText.replace(bracket, ` ${vi.consolidation.averageOfUnits}`);
  // No unit gave a figure, so the one printed is the officer's own (/sua): no average of anything.
  if (count === "0") return documentText.replace(bracket, "");
  return documentText;
}
