/**
 * A unit's campaign that is closed and takes no more of its report: closed refusing late reports,
 * the unit's report not submitted (nor returned, which an officer asked for and so is still taken).
 * /baocao N, /trangthai N and a plain message to it say the same: which campaign, that it is closed
 * and the report is not taken, and whom to ask (they said "closed", "no campaign N", or nothing).
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";

/** A campaign closed refusing late reports: a report not in by then is not coming. */
export const refusesLateNow = (campaign: { status?: string; latePolicy?: string }): boolean => campaign.status === "closed" && campaign.latePolicy === "refuse";

/** A campaign closed still taking late reports: its units not in may still send theirs. */
export const takesLateNow = (campaign: { status?: string; latePolicy?: string }): boolean => campaign.status === "closed" && campaign.latePolicy === "accept";

/** Campaign `number` when it is one of the unit's and no longer takes its report; else undefined. */
export async function sealedCampaign(repos: Repositories, unitId: number, number: number): Promise<CampaignRow | undefined> {
  const campaign = await repos.directory.campaignById(number);
  if (!campaign || !refusesLateNow(campaign)) return undefined;
  if (!(await repos.officers.campaignUnitIds(campaign.id)).includes(unitId)) return undefined;
  const status = (await repos.submissions.find(campaign.id, unitId))?.status;
  return status === "submitted" || status === "returned" ? undefined : campaign;
}

/**
 * Campaign `number` when it is one of the unit's, closed, and its report submitted there: nothing
 * left to do in it, so /baocao and the list of reachable campaigns leave it out, but /trangthai N
 * still shows it (it read "no campaign N", as if the report had never been).
 */
export async function submittedInClosed(repos: Repositories, unitId: number, number: number): Promise<CampaignRow | undefined> {
  const campaign = await repos.directory.campaignById(number);
  if (campaign?.status !== "closed" || !(await repos.officers.campaignUnitIds(campaign.id)).includes(unitId)) return undefined;
  return (await repos.submissions.find(campaign.id, unitId))?.status === "submitted" ? campaign : undefined;
}

/** The one sentence for it: the campaign named, closed, its report not taken, the officers of its issuing office to contact. */
export const sealedText = (campaign: CampaignRow): string => vi.report.closedNotTaken(campaign.title, campaign.issuerName);

/** The same, after a line that names the campaign as closed already (/trangthai's). */
export const sealedAfterStatus = (campaign: CampaignRow): string => vi.report.notTakenAfterClose(campaign.issuerName);

/** After /trangthai's line for a report submitted in a closed campaign: it stays as submitted, and whom to ask to correct it. */
export const submittedAfterClose = (campaign: CampaignRow): string => vi.report.submittedAfterClose(campaign.issuerName, campaign.latePolicy === "accept");
