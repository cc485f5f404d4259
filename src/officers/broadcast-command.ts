/**
 * /thongbao (/broadcast): a message from the officers' chat to the units of every open campaign (or,
 * with none open or "/thongbao tatca", to every unit; "đợt N", to campaign N's, open or closed still
 * taking late reports), naming who sends it. With none open and one closed still taking late
 * reports, a plain one asks which ("đợt N" or "tatca") and sends nothing; with some open, a plain one
 * names the closed ones still taking late reports after its reply, with their command. Typed without
 * marks, held back once with a note (unmarked-broadcast.ts). Sent at once, with no confirmation: the officers hear
 * how many chats it goes to, to whom (which campaigns' units, or every unit, and how many) and how
 * many units have none. Runs inside the update's transaction; the sending itself is the web page's
 * too (broadcast.ts).
 */
import { vi } from "../sentences/vi.ts";
import { broadcastToUnits } from "./broadcast.ts";
import { chatActor } from "./campaign-actions.ts";
import { campaignsTakingLate, chooseCampaignTakingReports } from "./choose-open-campaign.ts";
import { splitArgument } from "./officer-commands.ts";
import { holdsUnmarkedBroadcast } from "./unmarked-broadcast.ts";
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
  // A closed campaign still taking late reports may be named too (its units may still send theirs).
  const refusing = (c: { id: number; title: string }) => vi.openCampaigns.closedRefusingBroadcast(c.id, c.title);
  const choice = aimed ? await chooseCampaignTakingReports(repos, Number(aimed[1]), "/thongbao đợt N nội dung", deps.timeZone, refusing) : undefined;
  if (choice && "refused" in choice) return reply(request, say(choice.refused));
  // The units of every open campaign (of the newest only, a unit of an older one was left out); else
  // every unit. Read by the service under the campaigns' locks, as the web page's form does.
  const open = toAll ? [] : choice ? [choice.campaign] : await repos.officers.openCampaigns();
  // None open but a closed one still taking late reports: the notice is likely for its units, and
  // it went to every unit unasked. Nothing is sent; the reply says what to type for either.
  const late = !toAll && open.length === 0 ? await campaignsTakingLate(repos) : undefined;
  if (late && late.campaigns.length > 0) {
    return reply(request, say(`${vi.openCampaigns.noneOpenButLate(late, vi.officer.broadcastWhat, (id) => `/thongbao đợt ${id} nội dung`, true)} ${vi.officer.broadcastToAllHow}`));
  }
  // Typed without marks, it would reach every unit so: held back once with a note, sent as typed when repeated.
  if (await holdsUnmarkedBroadcast(repos, request, argument, text)) return reply(request, say(vi.officer.broadcastUnmarked));
  const sent = await broadcastToUnits(deps, { text, campaigns: open, actor: chatActor(request), ...(choice ? { about: choice.campaign } : {}), summaryTo: { channel: request.message.channel, chatId: request.message.chatId } }, request.now);
  // Closed by another officer a moment ago: nothing sent, and said so (its units were told it closed).
  if (sent.closed) return reply(request, say(vi.officer.broadcastCampaignClosed(sent.closed.id, sent.closed.title)));
  // Sent to the open campaigns' units: a closed one still taking late reports, whose missing units
  // were not all among them, is named with its command.
  const alsoLate = !toAll && !choice && open.length > 0 ? await campaignsTakingLate(repos, new Set(sent.unitIds)) : undefined;
  const note = alsoLate && alsoLate.campaigns.length > 0 ? `\n${vi.openCampaigns.alsoLate(alsoLate, vi.officer.broadcastWhat, (id) => `/thongbao đợt ${id} nội dung`)}` : "";
  return [
    ...reply(request, say([...(open.length === 0 && !toAll ? [vi.officer.broadcastToEveryUnit] : []), vi.officer.broadcastQueuedTo(sent.chats, sent.units, open, sent.unreachable)].join(" ") + note)),
    ...sent.deliveries,
  ];
}

