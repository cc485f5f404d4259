/**
 * A colleague's answer right after "/baocao 2" moved a group's chat to another campaign's report:
 * typed for the question the report left was asking, it lands in this report, at the question the
 * move asked. Like an answer right after another member's (engine-crossed-answers.ts), it is stored
 * and said so (holdIfCrossed); it went into the new report in silence. Pure, like the rest of the engine.
 */
import type { ReportInput, StepResult } from "./engine-types.ts";

/** The step of a message that moved the chat here remembers who moved it, and the question it asked; any other step forgets it once an answer is stored. */
export function withMovedHere(input: ReportInput, now: Date, result: StepResult): StepResult {
  const { state } = result;
  const { sender } = input;
  if (input.movedHere && sender && state.phase === "asking" && state.fieldId !== undefined) {
    return { ...result, state: { ...state, movedHere: { fieldId: state.fieldId, by: sender.id, name: sender.name, at: sender.at ?? now.getTime() } } };
  }
  if (input.movedHere || !state.movedHere || !result.effects.some((e) => e.type === "save-answer")) return result;
  const { movedHere: _moved, ...rest } = state;
  return { ...result, state: rest };
}
