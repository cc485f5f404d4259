/**
 * The bracket of an average in the generic consolidated report, which says over how many units it
 * was taken ("Tỉ lệ … (bình quân của {x_so_don_vi} đơn vị có số liệu): 95,5%."), worded for the
 * count it has: an average of one unit is that unit's figure, and said so.
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
  if (answerText(countId) === "1") return documentText.replace(bracket, ` ${vi.consolidation.oneUnitFigure}`);
  return documentText;
}
