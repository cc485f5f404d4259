/**
 * A group's own talk ("ok chị", "họp lúc 3h") where no answer is expected (no report under way,
 * every question answered, or submitted), not calling on the bot: answered, every message in a
 * busy group would get the bot's hint or its last prompt. The caller has checked the message: a
 * new text in a group, not addressed to the bot, its report's state read. What is no talk here:
 * "?" (help); "em nhầm số bạn đọc, phải là 1.520 ạ" once every question is answered, or in a
 * submitted or returned report (said how to correct: before the submission it passed in silence,
 * as did one typed without marks after it); a row of the table or an item of the list just
 * answered; "câu 10: 450" before the report is started (said that it was not stored).
 */
import type { Template } from "../templates/template-schema.ts";
import type { ConversationState } from "./conversation-state.ts";
import type { ReportInput } from "./engine-types.ts";
import { continuedList } from "./engine-list-items.ts";
import { continuedTable } from "./engine-table-rows.ts";
import { isHelp } from "./help-text.ts";
import { speaksOfSlip } from "./named-slip.ts";
import { labelledAnswer } from "./report-navigation.ts";
import { speaksOfCorrection } from "./speaks-of-correction.ts";
import { typedCommand } from "./typed-commands.ts";
import type { UserInput } from "./user-input.ts";

export interface TalkContext {
  template: Template;
  state: ConversationState;
  input: Extract<UserInput, { kind: "text" }>;
  /** The report was returned for correction. */
  returned: boolean;
  now: number;
  sender: ReportInput["sender"];
}

/** Whether the text passes in silence, the report expecting no answer. */
export function isGroupTalk({ template, state, input, returned, now, sender }: TalkContext): boolean {
  if (isHelp(typedCommand(input))) return false;
  const { text } = input;
  if ((state.phase === "submitted" || returned) && speaksOfCorrection(text)) return false;
  if (state.phase === "complete" && speaksOfSlip(template, state, text)) return false;
  if (state.phase === "idle" && labelledAnswer(template, state, text)) return false;
  return !continuedTable(template, state, text, new Date(now)) && !continuedList(template, state, text, new Date(now), sender);
}
