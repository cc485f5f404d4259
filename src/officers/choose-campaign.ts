/**
 * Which campaign an officer's command means: none named, the open one (with several open, the
 * officer is asked which: the newest, taken silently, was not always the one meant); a number ("2",
 * "đợt 2", as /nhacnho takes it), that campaign only; else a title, diacritics and case ignored, a
 * title typed in full winning over longer ones that contain it. Not found, or several: a message
 * listing the campaigns.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { typedCampaignNumber } from "../conversation/campaign-choice.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";

/** Campaigns listed when the one asked for is not found: the latest, enough to find a number. */
const CAMPAIGNS_LISTED = 10;

export type CampaignChoice = { kind: "found"; campaign: CampaignRow } | { kind: "refused"; text: string };

/** Campaigns looked through for one with a report submitted, newest first, for a command's example. */
const EXAMPLES_SEARCHED = 10;

/**
 * None open: how to name a closed one, with the newest's number as the example (the officer who just
 * closed one looks for it; "ví dụ /xuat 1" named the first campaign ever). `withReports` (/tonghop,
 * /xuat): the newest with a unit's report submitted, else no example (it named one with nothing to
 * consolidate). None at all: said alone.
 */
export async function noOpenCampaignText(repos: Repositories, command: string, withReports = false): Promise<string> {
  const campaigns = await repos.directory.listCampaigns();
  if (campaigns.length === 0) return vi.officer.noOpenCampaign;
  if (!withReports) return vi.campaignChoice.noOpenCampaign(command, campaigns[0]!.id);
  for (const campaign of campaigns.slice(0, EXAMPLES_SEARCHED)) {
    if ((await repos.officers.unitStatuses(campaign.id)).some((unit) => unit.status === "submitted")) return vi.campaignChoice.noOpenCampaign(command, campaign.id);
  }
  return vi.campaignChoice.noOpenCampaign(command);
}

/** `command` is how the officer asks again ("/xuat", "/tonghop"), for the messages; both work on units' submitted reports. */
export async function chooseCampaign(repos: Repositories, argument: string, command: string): Promise<CampaignChoice> {
  // "đợt 2", "số 2", "#2": the number alone, as a unit's /baocao 2 reads it.
  const wanted = typedCampaignNumber(argument) ?? argument.trim();
  const found = (campaign: CampaignRow | undefined): CampaignChoice | undefined => (campaign ? { kind: "found", campaign } : undefined);
  const list = (campaigns: CampaignRow[]) => campaigns.slice(0, CAMPAIGNS_LISTED).map((c) => vi.campaignChoice.line(c.id, c.title, c.status === "open")).join("\n");
  if (wanted === "") {
    const open = await repos.officers.openCampaigns();
    if (open.length > 1) return { kind: "refused", text: vi.campaignChoice.whichOpen(command, open.length, list(open), open[0]!.id) };
    return found(open[0]) ?? { kind: "refused", text: await noOpenCampaignText(repos, command, true) };
  }
  const all = await repos.directory.listCampaigns();
  // A number is a campaign's number only: "7" is not a title that contains 7 (a year's "2027").
  if (/^\d+$/.test(wanted)) return found(all.find((c) => c.id === Number(wanted))) ?? { kind: "refused", text: vi.campaignChoice.unknown(command, wanted, list(all)) };
  const folded = foldVietnamese(wanted);
  const exact = all.filter((c) => foldVietnamese(c.title) === folded);
  const matches = exact.length > 0 ? exact : all.filter((c) => foldVietnamese(c.title).includes(folded));
  if (matches.length === 1) return { kind: "found", campaign: matches[0]! };
  if (matches.length > 1) return { kind: "refused", text: vi.campaignChoice.many(command, wanted, list(matches)) };
  return { kind: "refused", text: vi.campaignChoice.unknown(command, wanted, list(all)) };
}
