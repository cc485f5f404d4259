/**
 * "dạ em muốn nộp báo cáo đợt 2 ạ" typed where an answer is asked: the hint "gõ /baocao 2" named a
 * campaign the unit did not have (the demo has only campaign 1), and /baocao 2 then refused it. The
 * number is checked against the campaigns the unit can reach (open, or closed and still taking its
 * report) before it is offered; otherwise the unit is told it has no such campaign.
 */
import type { Repositories } from "../db/repositories.ts";
import { vi } from "../sentences/vi.ts";
import { wantedCampaign } from "../templates/talk-about-reports.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** What to say of a text that wants campaign N's report, undefined for any other text. */
export async function wantedCampaignReply(repos: Repositories, text: string, unitId: number): Promise<string | undefined> {
  // The campaign is named by its number: a text without a digit wants none (most answers, not folded).
  const wanted = /\d/.test(text) ? wantedCampaign(foldVietnamese(text)) : undefined;
  if (wanted === undefined) return undefined;
  const reachable = await repos.campaignChoice.reachableCampaigns(unitId);
  return reachable.some((entry) => entry.campaign.id === wanted) ? vi.parse.asksOtherCampaign(String(wanted)) : vi.parse.asksMissingCampaign(String(wanted));
}
