/**
 * /thongbao (/broadcast): a message from the officers' chat to the units of every open campaign (or,
 * with none open or "/thongbao tatca", to every unit), naming who sends it; the officers hear how
 * many chats it goes to and how many units have none. Runs inside the update's transaction.
 */
import { vi } from "../sentences/vi.ts";
import { chatActor } from "./campaign-actions.ts";
import { splitArgument } from "./officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

export async function broadcastCommand(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const { repos } = deps;
  const { word, rest } = splitArgument(argument);
  const toAll = word === "all";
  const text = toAll ? rest : argument;
  if (!text) return reply(request, say(vi.officer.broadcastUsage));
  // The units of every open campaign (of the newest only, a unit of an older one was left out).
  const open = toAll ? [] : await repos.officers.openCampaigns();
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
  const message = say(vi.officer.broadcastMessage(text, offices.length === 1 ? `${sender} (${offices[0]})` : sender));
  return [
    ...reply(request, say([...(open.length === 0 && !toAll ? [vi.officer.broadcastToEveryUnit] : []), vi.officer.broadcastQueued(chats.length, unreachable)].join(" "))),
    ...chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message, broadcastId })),
  ];
}
