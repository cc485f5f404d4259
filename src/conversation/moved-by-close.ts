/**
 * The first message in a report the chat was moved to by a close, mid-question (closing-moves.ts):
 * typed for the closed report's question still on screen, it is not stored here but said so, with
 * why and where the chat is now. It passed in silence as the group's talk, or went in as this
 * report's question 1 under "Câu 2/19" of the other. Said once: any step here forgets the mark.
 * The group's own talk meanwhile ("ok chị", "cảm ơn ạ", an emoji) is no such answer: it passes in
 * silence and the mark waits for the answer (it was refused as "không được lưu", the mark spent).
 * "/baocao N" moving the chat on settles where it is: the report it leaves forgets the mark.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { OutboundMessage } from "../channels/channel.ts";
import type { Template } from "../templates/template-schema.ts";
import { say } from "../officers/officer-context.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { currentPrompt } from "./engine-prompts.ts";
import { isCasualTalk } from "../templates/casual-talk.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { isGroupTalk, type TalkContext } from "./group-talk.ts";
import { readSubmitReply } from "./submit-confirmation.ts";

/** The state without the mark (what is stored next), and the mark, if the state had one. */
export function withoutMovedByClose(state: ConversationState): { state: ConversationState; left: ConversationState["movedByClose"] } {
  const { movedByClose: left, ...rest } = state;
  return { state: rest, left };
}

/**
 * The mark taken off the report `key` as "/baocao N" moves the chat away from it (campaign-choice.ts):
 * left there, a return to that report later (after /huy released the pick, a report submitted
 * elsewhere) had its next message refused as the closed report's answer, long after.
 */
export async function forgetMovedByClose(repos: Repositories, key: string, now: number): Promise<void> {
  await repos.lock(key);
  const stored = await repos.conversations.load(key);
  const state = stored && (JSON.parse(stored.state) as { movedByClose?: unknown });
  if (!stored || state?.movedByClose === undefined) return;
  const { movedByClose: _left, ...rest } = state;
  // Under the report's lock, inside the message's transaction, as the close wrote it (closing-moves.ts).
  await repos.conversations.save(key, JSON.stringify(rest), stored.stateVersion, stored.revision, now);
}

/** What the chat hears instead of storing the message: not stored, why, and this report's standing (its question asked, if any). */
export function movedByCloseReply(template: Template, state: ConversationState, left: NonNullable<ConversationState["movedByClose"]>, campaign: CampaignRow, timeZone: string): OutboundMessage[] {
  const where = state.phase === "submitted" ? "submitted" : state.phase === "idle" && !state.lastYearOffer ? "not-started" : "asking";
  const here = { title: campaign.title, closed: campaign.status === "closed", where } as const;
  return [say(vi.closedReport.movedByClose(left, here)), ...(where === "asking" ? currentPrompt(template, state, { timeZone, reportTitle: campaign.title }) : [])];
}

/**
 * Whether a text, the mark on, is clearly the group's talk: short talk or no word at all (an emoji),
 * and talk for the report the chat is on too (group-talk.ts: not a row of its table, not "?").
 * isGroupTalk alone takes every text where no answer is expected: the closed report's answer too.
 * Where the question left was a yes-no one, a yes or a no ("ok ạ", "dạ không") is its answer.
 */
export function talkAfterClose(context: TalkContext, left: NonNullable<ConversationState["movedByClose"]>): boolean {
  const { text } = context.input;
  if (left.yesNo && readSubmitReply(text).ok) return false;
  const noWords = !/[\p{L}\p{N}]/u.test(text);
  const thanks = text.length <= THANKS_MAX && THANKS.test(foldVietnamese(text).replace(/[.!,]+/g, " ").trim());
  return (noWords || thanks || isCasualTalk(text)) && isGroupTalk(context);
}

/** Thanks alone, folded: "cảm ơn ạ", "em cảm ơn chị nhiều ạ" (casual-talk.ts reads them only after an "ok"). */
const THANKS = /^(?:(?:em|minh|toi|chi|anh|co|thay)\s+)?(?:cam on|thank you|thanks|tks)(?:\s+(?:chi|anh|em|co|thay|ca nha|mn|nhieu|a|nhe|nha))*$/;
const THANKS_MAX = 40;
