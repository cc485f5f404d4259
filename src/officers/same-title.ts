/**
 * Two campaigns may have the same title (a yearly report opened again under last year's name, or
 * its correction round): where officers or a unit's chat see a campaign named by its title alone,
 * they could not tell which was closed, returned, reminded or submitted. Such a campaign is named
 * with its number too. A new campaign may not take the title of one units still report to
 * (opening-problems.ts).
 */
import type { Repositories } from "../db/repositories.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** Whether two titles read alike: case, diacritics and the spaces around them aside (how /dotbaocao compares a new title). */
export function isSameTitle(a: string, b: string): boolean {
  return foldVietnamese(a.trim()) === foldVietnamese(b.trim());
}

/** The campaign's number when another campaign, open or closed, has the same title (as /dotbaocao compares them); else undefined. */
export async function sameTitleNumber(repos: Repositories, campaign: { id: number; title: string }): Promise<number | undefined> {
  const campaigns = await repos.directory.listCampaigns();
  return campaigns.some((other) => other.id !== campaign.id && isSameTitle(other.title, campaign.title)) ? campaign.id : undefined;
}
