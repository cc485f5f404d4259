/**
 * "/vanban" and "/xem" without a number, typed where the chat's report has not started while the
 * unit's report of another open campaign was submitted: that report is meant (its document, its
 * answers), as "/vanban N" and "/xem N" read it without moving the chat. Submitting one report moves
 * the chat to the other, and "/vanban" right after it said the chat's report was not started and to
 * type /baocao N first, though the clerk had only asked for the document just made.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { reportKey, storedPhase } from "./conversation-state.ts";

/** The open campaign whose report the unit submitted last, if the chat's own report (of `current`) has not started. */
export async function justSubmittedElsewhere(repos: Repositories, unitId: number, current: CampaignRow): Promise<CampaignRow | undefined> {
  const entries = await repos.campaignChoice.openCampaigns(unitId);
  if (entries.find((entry) => entry.campaign.id === current.id)?.standing !== "not-started") return undefined;
  // Opened with /baocao, a question asked, is started: its own /xem and /vanban stay its own.
  const stored = await repos.conversations.load(reportKey(current.id, unitId));
  if (stored && (storedPhase(stored.state) ?? "idle") !== "idle") return undefined;
  const submitted = entries.filter((entry) => entry.standing === "submitted" && entry.campaign.id !== current.id);
  let latest: { campaign: CampaignRow; at: number } | undefined;
  for (const { campaign } of submitted) {
    const at = (await repos.submissions.find(campaign.id, unitId))?.submittedAt ?? 0;
    if (!latest || at >= latest.at) latest = { campaign, at };
  }
  return latest?.campaign;
}
