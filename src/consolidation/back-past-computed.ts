/**
 * /quaylai in /tonghop sua with no unit's report in: the questions the units' figures fill are
 * passed over going forward (passed-over.ts), and going back too. The engine's /quaylai went to the
 * question before, one of theirs, where /boqua is refused as required and an answer became the
 * officer's own entry that the units' figures no longer filled.
 */
import type { ConversationState } from "../conversation/conversation-state.ts";
import type { UserInput } from "../conversation/user-input.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";

/**
 * With no unit in, /quaylai as "/sua N" of the officer's own question before the one asked; with
 * none before, the one asked again, after `note`. Undefined: the engine's /quaylai as it is.
 */
export function backPastComputed(template: Template, state: ConversationState, input: UserInput, included: number): { input: UserInput; note?: string } | undefined {
  if (included > 0 || state.phase === "idle" || input.kind !== "command" || input.command !== "back") return undefined;
  const visible = visibleFields(template, state.answers);
  const asked = state.phase === "asking" ? visible.findIndex((p) => p.field.id === state.fieldId) : -1;
  const before = asked >= 0 ? visible.slice(0, asked) : visible;
  const own = before.map((p) => !p.field.from).lastIndexOf(true);
  const edit = (index: number): UserInput => ({ kind: "command", command: "edit", argument: String(index + 1) });
  if (own >= 0) return { input: edit(own) };
  return asked >= 0 ? { input: edit(asked), note: vi.consolidation.noEarlierOwnQuestion } : undefined;
}
