/**
 * The first message in a report the chat was moved to by a close, mid-question (closing-moves.ts):
 * typed for the closed report's question still on screen, it is not stored here but said so, with
 * why and where the chat is now. It passed in silence as the group's talk, or went in as this
 * report's question 1 under "Câu 2/19" of the other. Said once: any step here forgets the mark.
 */
import type { CampaignRow } from "../db/schema.ts";
import type { OutboundMessage } from "../channels/channel.ts";
import type { Template } from "../templates/template-schema.ts";
import { say } from "../officers/officer-context.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { currentPrompt } from "./engine-prompts.ts";

/** The state without the mark (what is stored next), and the mark, if the state had one. */
export function withoutMovedByClose(state: ConversationState): { state: ConversationState; left: ConversationState["movedByClose"] } {
  const { movedByClose: left, ...rest } = state;
  return { state: rest, left };
}

/** What the chat hears instead of storing the message: not stored, why, and this report's standing (its question asked, if any). */
export function movedByCloseReply(template: Template, state: ConversationState, left: NonNullable<ConversationState["movedByClose"]>, campaign: CampaignRow, timeZone: string): OutboundMessage[] {
  const where = state.phase === "submitted" ? "submitted" : state.phase === "idle" && !state.lastYearOffer ? "not-started" : "asking";
  const here = { title: campaign.title, closed: campaign.status === "closed", where } as const;
  return [say(vi.closedReport.movedByClose(left, here)), ...(where === "asking" ? currentPrompt(template, state, { timeZone, reportTitle: campaign.title }) : [])];
}
