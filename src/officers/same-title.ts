/**
 * Two campaigns may have the same title (a yearly report opened again under last year's name, or
 * its correction round): where officers see a campaign named by its title alone, they could not
 * tell which was closed, returned or reminded. Such a campaign is named with its number too.
 */
import type { Repositories } from "../db/repositories.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** The campaign's number when another campaign, open or closed, has the same title (as /dotbaocao compares them); else undefined. */
export async function sameTitleNumber(repos: Repositories, campaign: { id: number; title: string }): Promise<number | undefined> {
  const folded = foldVietnamese(campaign.title.trim());
  const campaigns = await repos.directory.listCampaigns();
  return campaigns.some((other) => other.id !== campaign.id && foldVietnamese(other.title.trim()) === folded) ? campaign.id : undefined;
}
