/**
 * Closed campaigns with units' reports submitted, for the commands that work on submitted reports
 * (/xuat, /tonghop). With none open, a plain /xuat lists them; with one open, a plain /xuat or
 * /tonghop acted on it and said nothing of the older campaign just closed, the one most often to
 * consolidate, where /trangthai names closed campaigns beside the open ones ("Lưu ý: …").
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { OfficerDeps } from "../officers/officer-context.ts";
import { say } from "../officers/officer-context.ts";
import { vi } from "../sentences/vi.ts";

/** Closed campaigns named: the newest, enough to find a number. */
const CLOSED_NAMED = 3;
/** How many of the newest closed campaigns are read for them: one query each. */
const CLOSED_SEARCHED = 12;

export type ClosedWithFigures = { id: number; title: string; submitted: number; units: number };

/**
 * The newest closed campaigns with a report submitted (CLOSED_NAMED of them, looked for among the
 * CLOSED_SEARCHED newest: the newest three alone may have none, and the plain refusal then named an
 * empty one), and how many of their units have one.
 */
export async function closedWithFigures(repos: OfficerDeps["repos"], campaigns: { id: number; title: string; status: string }[]): Promise<ClosedWithFigures[]> {
  const closed = campaigns.filter((c) => c.status === "closed").slice(0, CLOSED_SEARCHED);
  const found: ClosedWithFigures[] = [];
  for (const campaign of closed) {
    if (found.length === CLOSED_NAMED) break;
    const units = await repos.officers.unitStatuses(campaign.id);
    const submitted = units.filter((unit) => unit.status === "submitted").length;
    if (submitted > 0) found.push({ id: campaign.id, title: campaign.title, submitted, units: units.length });
  }
  return found;
}

/**
 * After a plain `command` ("/tonghop", "/xuat") that took the open campaign: the closed ones with
 * reports, each with "`command` N" (`what` it does, after "để"). Nothing when a campaign was named.
 */
export async function closedAlsoNote(repos: OfficerDeps["repos"], chosen: CampaignRow, argument: string, command: string, what: string): Promise<OutboundMessage[]> {
  if (argument.trim() !== "" || chosen.status !== "open") return [];
  const closed = await closedWithFigures(repos, await repos.directory.listCampaigns());
  return closed.length === 0 ? [] : [say(vi.export.closedAlso(closed, what, (id) => `${command} ${id}`))];
}
