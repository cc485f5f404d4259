/**
 * Which open campaign an officer's command acts on (/nhacnho, /dotbaocao dong, /tralai): the only
 * one open, or the one named by its number ("đợt 2"). With several open and none named, the
 * command is refused with the list: acting on the newest one silently reminded, closed or returned
 * in a campaign the officer did not mean.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { takesLateNow } from "../conversation/closed-campaign.ts";

/** "đợt 2" (or "dot 2") anywhere in an argument: the number, and the argument without it. */
export function campaignNumberIn(argument: string): { number?: number; rest: string } {
  const match = /(?:^|\s)(?:đợt|dot)\s*(\d{1,9})(?=\s|$)/iu.exec(argument);
  if (!match) return { rest: argument.trim() };
  return { number: Number(match[1]), rest: `${argument.slice(0, match.index)} ${argument.slice(match.index + match[0].length)}`.replace(/\s+/g, " ").trim() };
}

export type OpenCampaignChoice = { campaign: CampaignRow } | { refused: string };

/**
 * `number`: the campaign asked for, if any. `retry`: the command as the officer would type it again
 * with "đợt N" in it, N left for them to fill ("/nhacnho ngay đợt N"). `closed`: the command's own
 * words for a closed campaign named, when it has more to say than that it is closed (what is left
 * to do instead).
 */
export async function chooseOpenCampaign(
  repos: Repositories,
  number: number | undefined,
  retry: string,
  timeZone: string,
  closed?: (campaign: CampaignRow) => string,
): Promise<OpenCampaignChoice> {
  const open = await repos.officers.openCampaigns();
  const list = open.map((c) => vi.openCampaigns.line(c.id, c.title, formatMoment(c.deadlineAt, timeZone))).join("\n");
  if (number !== undefined) {
    const campaign = open.find((c) => c.id === number);
    if (campaign) return { campaign };
    // A closed one is named as closed: "no open campaign 2" read as if campaign 2 did not exist.
    const asked = await repos.directory.campaignById(number);
    if (asked?.status !== "closed") return { refused: vi.openCampaigns.notOpen(number, list) };
    return { refused: closed ? closed(asked) : vi.openCampaigns.closed(number, asked.title, list) };
  }
  if (open.length === 0) return { refused: vi.officer.noOpenCampaign };
  if (open.length === 1) return { campaign: open[0]! };
  return { refused: vi.openCampaigns.which(open.length, list, retry) };
}

/**
 * The same for a command that still has work in a closed campaign taking late reports (/nhacnho
 * ngay, /thongbao): "đợt N" may name one (it was refused as if the campaign were gone). One closed
 * refusing them is refused with `refusing`'s reason; none named, only open ones are meant.
 */
export async function chooseCampaignTakingReports(
  repos: Repositories,
  number: number | undefined,
  retry: string,
  timeZone: string,
  refusing: (campaign: CampaignRow) => string,
): Promise<OpenCampaignChoice> {
  const asked = number === undefined ? undefined : await repos.directory.campaignById(number);
  if (asked && takesLateNow(asked)) return { campaign: asked };
  return chooseOpenCampaign(repos, number, retry, timeZone, refusing);
}

/** How many closed campaigns taking late reports a command names: after a few years there were dozens. */
export const LATE_SHOWN = 3;

/** How many older ones (beyond LATE_SHOWN) a command names by number and title only. */
const OLDER_NAMED = 5;

/**
 * The closed campaigns a command names with their status or command, the older ones it only names
 * (reached by "đợt N"; the line said "not listed here" without saying which), newest first, and
 * whether there are more still.
 */
export type LateCampaigns = { campaigns: CampaignRow[]; older: CampaignRow[]; more: boolean };

/** How many of the newest such campaigns a notice's note looks through for units it did not reach. */
const LATE_SCANNED = 12;

/**
 * The newest closed campaigns still taking late reports with units still to submit (not in, or
 * returned), at most LATE_SHOWN, oldest first: what /trangthai, /nhacnho ngay and a plain /thongbao
 * point to by number (they said none was open, or sent to every unit). Every such campaign ever
 * closed was read, one query each, on every one of these commands: now one query, and `older` says
 * more are left out. One every unit has submitted is left out: it has nothing to remind, and naming
 * it refused a plain /thongbao for nothing. With `reached` (the units a notice just went to), one
 * whose missing units all had it is left out too ("not in that notice" was untrue), and older ones
 * are looked through in its place: only the three newest were, and when the notice had reached all
 * their units an older one whose units had none was not named at all.
 */
export async function campaignsTakingLate(repos: Repositories, reached?: ReadonlySet<number>): Promise<LateCampaigns> {
  const newest = await repos.officers.newestLateWithUnitsMissing(reached ? LATE_SCANNED + 1 : LATE_SHOWN + OLDER_NAMED + 1);
  if (!reached) {
    const older = newest.slice(LATE_SHOWN, LATE_SHOWN + OLDER_NAMED);
    return { campaigns: newest.slice(0, LATE_SHOWN).reverse(), older, more: newest.length > LATE_SHOWN + OLDER_NAMED };
  }
  const late: CampaignRow[] = [];
  const missed = (unit: { unitId: number; status: string | null }) => unit.status !== "submitted" && !reached.has(unit.unitId);
  for (const campaign of newest.slice(0, LATE_SCANNED)) {
    if ((await repos.officers.unitStatuses(campaign.id)).some(missed)) late.push(campaign);
    if (late.length > LATE_SHOWN + OLDER_NAMED) break;
  }
  // Beyond the ones looked through, some may not have had it: the note says how to reach those.
  const older = late.slice(LATE_SHOWN, LATE_SHOWN + OLDER_NAMED);
  return { campaigns: late.slice(0, LATE_SHOWN).reverse(), older, more: late.length > LATE_SHOWN + OLDER_NAMED || newest.length > LATE_SCANNED };
}
