/**
 * /tonghop sua opened while no unit had submitted, left, and opened again after units did: the
 * reopening said only "Tiếp tục báo cáo …" and the next question, as if nothing had come in. The
 * first opening with units in says how many questions their reports filled; a reopening now does
 * too, when none of those answers were in as the report was last left.
 */
import type { ConversationState } from "../conversation/conversation-state.ts";
import type { UserInput } from "../conversation/user-input.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";

/**
 * Reopened (/tonghop sua, not yet submitted: a submitted one lists its changes instead) with no
 * computed answer in as it was last left: how many the units' answers filled since; 0 otherwise.
 * Hand edits are the officer's, not filled by the units, and are not counted.
 */
export function filledSince(template: Template, restored: ConversationState, input: UserInput, computed: Answers, edited: readonly string[]): number {
  const reopened = input.kind === "command" && input.command === "report" && restored.phase !== "idle" && restored.phase !== "submitted";
  if (!reopened) return 0;
  const followsUnits = (id: string) => !edited.includes(id);
  const computedIds = listFields(template).flatMap((p) => (p.field.from && followsUnits(p.field.id) ? [p.field.id] : []));
  if (computedIds.some((id) => id in restored.answers)) return 0;
  return Object.keys(computed).filter(followsUnits).length;
}
