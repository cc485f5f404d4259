/**
 * What a unit correcting its submitted report (reopened with /sua N or "sửa câu", not sent again)
 * hears as the campaign closes: it heard nothing, as if its report were final, and its chat moved to
 * another campaign's report in silence, where "900" or "Giữ" meant for the correction went.
 */
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import type { OfficerDeps } from "./officer-context.ts";

/** Said once the campaign is closed refusing late reports: the correction is not taken, and where the chat's messages go now. */
export async function correctionClosedNotice(deps: OfficerDeps, campaign: CampaignRow, unitId: number): Promise<string> {
  const next = (await deps.repos.directory.findOpenCampaign(unitId))?.campaign;
  // With none open, an older campaign closed still taking the unit's report, as closingNotice finds it.
  const late = next ? undefined : (await deps.repos.campaignChoice.reachableCampaigns(unitId)).filter((entry) => entry.campaign.id !== campaign.id).at(-1)?.campaign;
  const goesTo = next ? vi.officer.chatGoesTo(next.title, false) : late ? vi.officer.chatGoesTo(late.title, true) : vi.officer.correctionReadOnly;
  return `${vi.officer.campaignClosedCorrectionRefused(campaign.title)} ${goesTo}`;
}

/**
 * Closed still taking late reports: the correction is taken at /nop, as the close's confirmation
 * promised; the chat is kept on it (another open campaign took it, and /nop was refused) until it
 * is sent. A pick of this campaign by a unit with nothing to send no longer holds: its chat goes on
 * to the report it has to make. Said to the units kept.
 */
export async function keepCorrections(deps: OfficerDeps, campaign: CampaignRow, correcting: number[], submitted: number[], now: number): Promise<Map<number, string>> {
  await deps.repos.campaignChoice.release(submitted.filter((unitId) => !correcting.includes(unitId)), campaign.id);
  const told = new Map<number, string>();
  for (const unitId of correcting) {
    await deps.repos.campaignChoice.choose(unitId, campaign.id, now);
    told.set(unitId, vi.officer.campaignClosedCorrectionKept(campaign.title));
  }
  return told;
}
