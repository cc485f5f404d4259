/**
 * "Có" to a submission's confirmation (/nop) after the officer closed that campaign in between,
 * refusing late reports, while the unit has another campaign open: the chat had moved to the open
 * one, whose report expected no answer, and the yes passed in silence as the group's talk. Said
 * that the campaign closed and the report is not taken, in the words /baocao N uses; nothing is
 * stored. Read by report-message.ts.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { refusesLateNow, sealedText } from "./closed-campaign.ts";
import { reportKey, storedPhase } from "./conversation-state.ts";
import { readSubmitReply } from "./submit-confirmation.ts";

/** A confirmation asked longer ago than this is forgotten: a later "có" is the group's own talk. */
export const CONFIRMATION_MS = 30 * 60_000;

/** The refusal for a yes meant for a report of a campaign closed since /nop asked, if it is one. */
export async function confirmationAfterClose(repos: Repositories, unitId: number, current: CampaignRow, text: string, senderId: string, now: number): Promise<string | undefined> {
  // Checked again by yesToConfirmation; here it spares the campaigns' read for every other message.
  const reply = readSubmitReply(text);
  if (!reply.ok || !reply.value) return undefined;
  const closed = (await repos.campaignChoice.campaignsOf(unitId)).filter((entry) => entry.campaign.id !== current.id && entry.standing === "in-progress" && refusesLateNow(entry.campaign));
  for (const { campaign } of closed.reverse()) {
    const stored = await repos.conversations.load(reportKey(campaign.id, unitId));
    // With where the chat is now, as /baocao N says it.
    if (stored && yesToConfirmation(stored, text, senderId, now)) return `${sealedText(campaign)} ${vi.report.closedNotTakenOther(current.title)}`;
  }
  return undefined;
}

/**
 * Whether `text` is a yes to the /nop confirmation `stored` waits on, as the engine would take it:
 * asked within CONFIRMATION_MS, and from the member asked or, a bare "ok" being said to anyone in
 * a group, an explicit "Có" from another. A no, or a yes days later, is the group's own talk.
 */
export function yesToConfirmation(stored: { state: string; updatedAt: unknown }, text: string, senderId: string, now: number): boolean {
  if (storedPhase(stored.state) !== "confirm-submit") return false;
  const reply = readSubmitReply(text);
  const { confirmBy, confirmAskedAt } = JSON.parse(stored.state) as { confirmBy?: { id: string }; confirmAskedAt?: number };
  const fromAsker = confirmBy === undefined || confirmBy.id === senderId;
  return reply.ok && reply.value && (fromAsker || reply.explicit) && now - (confirmAskedAt ?? Number(stored.updatedAt)) <= CONFIRMATION_MS;
}
