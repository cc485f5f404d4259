/**
 * /thongbao (/broadcast): a message from the officers' chat to the units of every open campaign (or,
 * with none open or "/thongbao tatca", to every unit), naming who sends it; the officers hear how
 * many chats it goes to and how many units have none. Runs inside the update's transaction.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { chatActor } from "./campaign-actions.ts";
import { chooseOpenCampaign } from "./choose-open-campaign.ts";
import { splitArgument } from "./officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

export async function broadcastCommand(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const { repos } = deps;
  const { word, rest } = splitArgument(argument);
  const toAll = word === "all";
  // A leading "đợt 3" ("đợt 3:", "đợt 3 -") aims it at that campaign's units, as other commands read
  // it (it went to every open campaign's, "đợt 3" in the text); only leading: the text may name one.
  const aimed = toAll ? null : /^(?:đợt|dot)\s*(\d{1,9})(?:\s*[:.,;–-])?(?=\s|$)/iu.exec(argument);
  const text = toAll ? rest : aimed ? argument.slice(aimed[0].length).trim() : argument;
  if (!text) return reply(request, say(vi.officer.broadcastUsage));
  const choice = aimed ? await chooseOpenCampaign(repos, Number(aimed[1]), "/thongbao đợt N nội dung", deps.timeZone) : undefined;
  if (choice && "refused" in choice) return reply(request, say(choice.refused));
  // The units of every open campaign (of the newest only, a unit of an older one was left out).
  const open = toAll ? [] : choice ? [choice.campaign] : await repos.officers.openCampaigns();
  const ofOpen = new Set<number>();
  for (const campaign of open) for (const id of await repos.officers.campaignUnitIds(campaign.id)) ofOpen.add(id);
  // Else every unit but the officers' own office (a campaign's issuer), which has no group of its own.
  const unitIds = open.length === 0 ? await repos.officers.unitIdsButIssuers() : [...ofOpen];
  const chats = await repos.officers.unitChats(unitIds);
  const reached = new Set(chats.map((c) => c.unitId));
  const unreachable = unitIds.filter((id) => !reached.has(id)).length;
  const broadcastId = await repos.officers.createBroadcast(request.message.channel, request.message.chatId, unreachable);
  // A message to a campaign's units is part of that campaign's story.
  for (const campaign of open) await repos.activity.record(campaign.id, chatActor(request), "broadcast", text, request.now);
  // Who sends it, and from which office when the open campaigns name one ("from the officer" alone
  // left a school asking whom to answer).
  const offices = [...new Set(open.map((c) => c.issuerName))];
  const sender = request.message.sender.displayName;
  const from = offices.length === 1 ? `${sender} (${offices[0]})` : sender;
  const messageFor = choice ? await aimedMessages(deps, choice.campaign, text, from) : () => say(vi.officer.broadcastMessage(text, from));
  return [
    ...reply(request, say([...(open.length === 0 && !toAll ? [vi.officer.broadcastToEveryUnit] : []), vi.officer.broadcastQueued(chats.length, unreachable)].join(" "))),
    ...chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: messageFor(chat.unitId), broadcastId })),
  ];
}

/**
 * A notice aimed at one campaign names it: a school in two campaigns could not tell which one it
 * was about. Its number too where the unit has several open (the number /baocao N takes).
 */
async function aimedMessages(deps: OfficerDeps, campaign: CampaignRow, text: string, from: string): Promise<(unitId: number | null) => OutboundMessage> {
  const openCount = new Map<number, number>();
  for (const open of await deps.repos.officers.openCampaigns()) for (const id of await deps.repos.officers.campaignUnitIds(open.id)) openCount.set(id, (openCount.get(id) ?? 0) + 1);
  const alone = say(vi.officer.broadcastMessage(text, from, { title: campaign.title }));
  const numbered = say(vi.officer.broadcastMessage(text, from, { title: campaign.title, number: campaign.id }));
  return (unitId) => (unitId !== null && (openCount.get(unitId) ?? 0) > 1 ? numbered : alone);
}
