/**
 * "/baocao" in the chat of a unit that has several open campaigns at once: it lists them (where
 * each report stands, which one the chat works on), and "/baocao 2" moves the chat to the second.
 * Without it, a report the unit had submitted could not be reached again once the chat moved on,
 * and a campaign opened later waited behind a draft the unit had no hurry to finish.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";

export interface CampaignChoiceRequest {
  unitId: number;
  /** The campaign the chat works on now. */
  current: CampaignRow;
  /** What followed "/baocao": empty, or the number of the campaign to move to. */
  argument: string;
  now: number;
}

/** Either why the chat did not move (the list, to pick again), or the campaign it works on now, with what to say first. */
export type CampaignChoice = { refused: string } | { campaign: CampaignRow; note?: string };

export async function chooseCampaign(repos: Repositories, request: CampaignChoiceRequest): Promise<CampaignChoice> {
  const { unitId, current, argument, now } = request;
  // One open campaign (or only a closed one taking late reports): "/baocao" means what it always did.
  const open = await repos.campaignChoice.openCampaigns(unitId);
  if (open.length < 2) return { campaign: current };
  const list = open.map(({ campaign, standing }, i) => vi.report.campaignLine(i + 1, campaign.title, vi.report.standing[standing]));
  const currentNumber = open.findIndex((entry) => entry.campaign.id === current.id) + 1;
  if (argument === "") {
    // Said when there is somewhere else to go: another report still to send, or (this one sent) any other.
    const others = open.filter((entry) => entry.campaign.id !== current.id);
    const worthSaying = open[currentNumber - 1]?.standing === "submitted" || others.some((entry) => entry.standing !== "submitted");
    return { campaign: current, note: worthSaying ? vi.report.openCampaigns(list, currentNumber) : undefined };
  }
  const number = /^\d{1,3}$/.test(argument) ? Number(argument) : 0;
  const picked = open[number - 1];
  if (!picked) return { refused: vi.report.noSuchCampaign(argument, list) };
  await repos.campaignChoice.choose(unitId, picked.campaign.id, now);
  return { campaign: picked.campaign, note: picked.campaign.id === current.id ? undefined : vi.report.movedTo(picked.campaign.title) };
}

/** The number "/baocao N" gives a campaign in the unit's list, when it has several open. */
export async function campaignNumber(repos: Repositories, unitId: number, campaignId: number): Promise<number | undefined> {
  const open = await repos.campaignChoice.openCampaigns(unitId);
  const index = open.findIndex((entry) => entry.campaign.id === campaignId);
  return open.length < 2 || index < 0 ? undefined : index + 1;
}
