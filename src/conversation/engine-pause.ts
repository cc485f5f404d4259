/**
 * A report set aside where a question is asked ("tạm dừng nhé, chiều làm tiếp", "để mai em làm
 * tiếp"): the bot says how to come back (/baocao) once, and the report remembers the pause. Until
 * the clerk comes back (an answer stored, a command, a message to the bot), the group's own talk
 * that follows is passed over in silence: each message was answered with a refusal and the whole
 * question again, in a group that had been told the report waits. Pure.
 */
import { isCasualTalk } from "../templates/casual-talk.ts";
import { answersLater, talkIn } from "../templates/sounds-like-talk.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import type { ConversationState } from "./conversation-state.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";

/** Where a pause is read: a question that reads talk (a table's or a photo's does not). */
const pausedAt = (template: Template, state: ConversationState) => {
  const field = state.phase === "asking" && state.fieldId !== undefined ? fieldById(template, state.fieldId) : undefined;
  return field !== undefined && field.type !== "table" && field.type !== "photo";
};

/** The step's state with the pause set (the text put the answer off and nothing changed) or dropped (anything else). */
export function withPause(template: Template, before: ConversationState, input: ReportInput, result: StepResult): StepResult {
  const { message } = input;
  const pausing = message.kind === "text" && result.effects.length === 0 && result.state.fieldId === before.fieldId && pausedAt(template, before) && answersLater(message.text);
  if (pausing) return { ...result, state: { ...result.state, paused: true } };
  if (!result.state.paused) return result;
  const { paused: _paused, ...rest } = result.state;
  return { ...result, state: rest };
}

/**
 * Whether the step is a paused report's refusal of the group's talk ("ok chị", "Chị Lan ơi, …":
 * casual-talk.ts, sounds-like-talk.ts), to pass in silence: nothing stored, the question asked the same. A pause said
 * again is answered again (the clerk may not have read it), and so is anything else refused: "ngày
 * mùng hai tháng mười" at a date question, "Có" at a paragraph one, is the clerk back at work (they
 * passed in silence, whoever typed them).
 */
export function passesWhilePaused(before: ConversationState, input: ReportInput["message"], result: StepResult): boolean {
  if (!before.paused || input.kind !== "text" || result.effects.length > 0 || answersLater(input.text) || !(isCasualTalk(input.text) || talkIn(input.text) !== undefined)) return false;
  const { paused: _before, ...was } = before;
  const { paused: _after, ...now } = result.state;
  return JSON.stringify(was) === JSON.stringify(now);
}
