/**
 * A notice from an officer to the chats of the units given, the same from the chat (/thongbao) and
 * from a campaign's page on the web: written in each campaign's activity log, naming who sends it
 * (and the office, when the campaigns name one), and counted so the officers' chat hears, once every
 * message has gone or failed, how many groups received it. Sent under each campaign's lock, whoever
 * calls it: a campaign closed meanwhile on another instance gets no notice after its closing.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { takesLateNow } from "../conversation/closed-campaign.ts";
import { campaignKey } from "./campaign-actions.ts";
import { type Delivery, type OfficerDeps, say } from "./officer-context.ts";

export interface Broadcast {
  text: string;
  /** The campaigns whose units it goes to (none: every unit). */
  campaigns: readonly CampaignRow[];
  /** Who it goes to; left out, the campaigns' units (or every unit but the issuers), read under the campaigns' locks. */
  unitIds?: readonly number[];
  actor: Actor;
  /** The one campaign it is aimed at (/thongbao đợt N, a campaign's page): named in what units read. */
  about?: CampaignRow;
  /** The officers' chat that hears the delivery summary; none, no summary. */
  summaryTo?: { channel: string; chatId: string };
}

/**
 * `closed`: a campaign it was for was closed meanwhile (by another officer, on any instance):
 * nothing was sent, its units were told it closed, a notice about it would come after.
 */
export async function broadcastToUnits(
  deps: OfficerDeps,
  broadcast: Broadcast,
  now: number,
): Promise<{ deliveries: Delivery[]; chats: number; units: number; unitIds: readonly number[]; unreachable: number; closed?: CampaignRow }> {
  const { repos } = deps;
  const { text, actor, summaryTo, about } = broadcast;
  // Each campaign's lock, as closing it, extending it and changing its units take it (in the order
  // of their numbers, so that two officers each holding one never wait on each other for ever), and
  // the campaign read after it:
  // closed a moment ago, it is closed before or after this notice, never during.
  const campaigns: CampaignRow[] = [];
  for (const campaign of [...broadcast.campaigns].sort((a, b) => a.id - b.id)) {
    await repos.lock(campaignKey(campaign.id));
    const current = await repos.directory.campaignById(campaign.id);
    // Asked for as open and closed since; or, asked for closed (still taking late reports), no longer taking them.
    const stillAsAsked = current?.status === campaign.status && (current.status === "open" || takesLateNow(current));
    if (!stillAsAsked) return { deliveries: [], chats: 0, units: 0, unitIds: [], unreachable: 0, closed: current ?? campaign };
    campaigns.push(current);
  }
  const unitIds = broadcast.unitIds ?? (await unitsOf(deps, campaigns));
  const chats = await repos.officers.unitChats([...unitIds]);
  const reached = new Set(chats.map((c) => c.unitId));
  const unreachable = unitIds.filter((id) => !reached.has(id)).length;
  const broadcastId = summaryTo ? await repos.officers.createBroadcast(summaryTo.channel, summaryTo.chatId, unreachable) : undefined;
  // A message to a campaign's units is part of that campaign's story.
  for (const campaign of campaigns) await repos.activity.record(campaign.id, actor, "broadcast", text, now);
  // Who sends it, and from which office when the campaigns name one ("from the officer" alone
  // left a school asking whom to answer). To every unit, the office every campaign names (it was left out).
  const offices = [...new Set((campaigns.length > 0 ? campaigns : await repos.directory.listCampaigns()).map((c) => c.issuerName))];
  const from = offices.length === 1 ? `${actor.name} (${offices[0]})` : actor.name;
  const messageFor = about ? await aimedMessages(deps, about, text, from) : () => say(vi.officer.broadcastMessage(text, from));
  const deliveries = chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: messageFor(chat.unitId), ...(broadcastId === undefined ? {} : { broadcastId }) }));
  return { deliveries, chats: chats.length, units: unitIds.length, unitIds, unreachable };
}

/** The units of the campaigns (every campaign's, once each), or with none, every unit but the officers' own office (a campaign's issuer), which has no group of its own. */
async function unitsOf(deps: OfficerDeps, campaigns: readonly CampaignRow[]): Promise<number[]> {
  if (campaigns.length === 0) return deps.repos.officers.unitIdsButIssuers();
  const ids = new Set<number>();
  for (const campaign of campaigns) for (const id of await deps.repos.officers.campaignUnitIds(campaign.id)) ids.add(id);
  return [...ids];
}

/**
 * A notice aimed at one campaign names it: a school in two campaigns could not tell which one it
 * was about. Its number too where the unit has several open (the number /baocao N takes).
 */
async function aimedMessages(deps: OfficerDeps, campaign: CampaignRow, text: string, from: string): Promise<(unitId: number | null) => OutboundMessage> {
  const openCount = new Map<number, number>();
  for (const open of await deps.repos.officers.openCampaigns()) for (const id of await deps.repos.officers.campaignUnitIds(open.id)) openCount.set(id, (openCount.get(id) ?? 0) + 1);
  // Closed, always with its number: the unit's plain /baocao may go on with an open campaign's report.
  const alone = say(vi.officer.broadcastMessage(text, from, { title: campaign.title, ...(campaign.status === "closed" ? { number: campaign.id } : {}) }));
  const numbered = say(vi.officer.broadcastMessage(text, from, { title: campaign.title, number: campaign.id }));
  return (unitId) => (unitId !== null && (openCount.get(unitId) ?? 0) > 1 ? numbered : alone);
}
