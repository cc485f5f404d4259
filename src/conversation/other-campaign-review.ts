/**
 * "/xem 2": campaign 2's answers, read as "/vanban 2" reads its document, without moving the chat
 * (it showed the chat's own report whatever the number). Any campaign of the unit's; a number it
 * has none of is said, and so is a report never started there.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { typedCampaignNumber } from "./campaign-choice.ts";
import { refusesLateNow } from "./closed-campaign.ts";
import { justSubmittedElsewhere } from "./just-submitted.ts";
import type { ReportTarget } from "./report-to-work-on.ts";

export async function reviewOf(repos: Repositories, unitId: number, campaign: CampaignRow, argument: string): Promise<Exclude<ReportTarget, { conflict: true }>> {
  const typed = typedCampaignNumber(argument);
  // "/xem" where the chat's report has not started, another's just submitted: that one, as "/xem N".
  const justSubmitted = typed === undefined ? await justSubmittedElsewhere(repos, unitId, campaign) : undefined;
  const wanted = justSubmitted ? String(justSubmitted.id) : typed;
  if (wanted === undefined || Number(wanted) === campaign.id) return { campaign };
  const named = (await repos.campaignChoice.campaignsOf(unitId)).find((entry) => entry.campaign.id === Number(wanted));
  if (!named) return { refused: vi.report.noCampaignNumbered(wanted) };
  // Nothing to show; one closed refusing it is refused as such by the caller.
  if (named.standing === "not-started" && !refusesLateNow(named.campaign)) return { refused: vi.reportSwitch.reviewNotStarted(named.campaign.title, named.campaign.id) };
  // Whether "/baocao N" takes the chat there, to say it or not after the answers.
  const reachable = (await repos.campaignChoice.reachableCampaigns(unitId)).some((entry) => entry.campaign.id === named.campaign.id);
  return { campaign: named.campaign, readsOther: { number: named.campaign.id, chatTitle: campaign.title, reachable } };
}
