/**
 * What a unit correcting its submitted report (reopened with /sua N or "sửa câu", not sent again)
 * hears as the campaign closes: it heard nothing, as if its report were final, and its chat moved to
 * another campaign's report in silence, where "900" or "Giữ" meant for the correction went.
 */
import type { CampaignEntry } from "../db/campaign-choice-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import type { OfficerDeps } from "./officer-context.ts";

/**
 * Said once the campaign is closed refusing late reports: the correction is not taken, and where the
 * chat's messages go now (`goes`: where the unit's chat stands once closed, read for every unit told at once).
 */
export function correctionClosedNotice(campaign: CampaignRow, goes: ChatGoes): string {
  const next = goes.onNow;
  // With none open, an older campaign closed still taking the unit's report, as closingNotice finds it.
  const late = next ? undefined : goes.reachable.filter((entry) => entry.campaign.id !== campaign.id).at(-1)?.campaign;
  const goesTo = next ? vi.officer.chatGoesTo(next.title, false) : late ? vi.officer.chatGoesTo(late.title, true) : vi.officer.correctionReadOnly;
  return `${vi.officer.campaignClosedCorrectionRefused(campaign.title)} ${goesTo}`;
}

/** Of `unitIds`, those whose chat is on the campaign's report now (read before it closes, in one query: it was one per unit). */
export async function chatsOn(deps: OfficerDeps, campaign: CampaignRow, unitIds: number[]): Promise<number[]> {
  const onNow = await deps.repos.directory.openCampaignsOf(unitIds);
  return unitIds.filter((unitId) => onNow.get(unitId)?.id === campaign.id);
}

/** Where a unit's chat stands once the campaign closed: the campaign it is on (findOpenCampaign), and those it may reach (reachableCampaigns). */
export interface ChatGoes {
  onNow: CampaignRow | undefined;
  reachable: CampaignEntry[];
}

/** ChatGoes of each of `unitIds`, in two queries (it was up to three per unit told). */
export async function whereChatsGo(deps: OfficerDeps, unitIds: number[]): Promise<(unitId: number) => ChatGoes> {
  const onNow = await deps.repos.directory.openCampaignsOf(unitIds);
  const reachable = await deps.repos.campaignChoice.reachableCampaignsOf(unitIds);
  return (unitId) => ({ onNow: onNow.get(unitId), reachable: reachable.get(unitId) ?? [] });
}

/** The units the close finds: correcting their submitted report (`here`: those whose chat is on it), and all that submitted. */
export interface ClosingUnits {
  correcting: number[];
  here: number[];
  submitted: number[];
}

/**
 * Closed still taking late reports: the correction is taken at /nop, as the close's confirmation
 * promised; a chat on it is kept on it (another open campaign took it, and /nop was refused) until
 * it is sent. A chat on another report stays there, told how to send the correction: it was pinned
 * too, told its messages were still the correction's, and its next answer there went nowhere. A
 * pick of this campaign by a unit with nothing to send no longer holds: its chat goes on to the
 * report it has to make. Said to the units correcting.
 */
export async function keepCorrections(deps: OfficerDeps, campaign: CampaignRow, { correcting, here, submitted }: ClosingUnits, now: number): Promise<Map<number, string>> {
  await deps.repos.campaignChoice.release(submitted.filter((unitId) => !here.includes(unitId)), campaign.id);
  const told = new Map<number, string>();
  for (const unitId of correcting) {
    if (here.includes(unitId)) await deps.repos.campaignChoice.choose(unitId, campaign.id, now);
    told.set(unitId, here.includes(unitId) ? vi.officer.campaignClosedCorrectionKept(campaign.title) : vi.officer.campaignClosedCorrectionByNumber(campaign.title, campaign.id));
  }
  return told;
}
