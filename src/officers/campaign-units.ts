/**
 * "/dotbaocao them TH-MOI" and "/dotbaocao bot TH-CU" (with "đợt N" among several open): units
 * added to an open campaign, or taken out of it. A unit loaded into the roster after the campaign
 * opened was told "no campaign open" with no way in; one loaded by mistake stayed in the status,
 * the spreadsheet and the consolidated draft ("chưa có số liệu của …") for good. An added unit's
 * chats get the campaign's announcement; a unit that started its report is never taken out (its
 * answers would be left without a campaign). Each change is in the campaign's activity log.
 */
import { reportKey } from "../db/report-key.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { campaignKey, chatActor } from "./campaign-actions.ts";
import { campaignNumberIn, chooseOpenCampaign } from "./choose-open-campaign.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { numberToType } from "./reminders.ts";
import { unitAtStart } from "./unit-codes.ts";

export async function changeCampaignUnits(deps: OfficerDeps, request: OfficerRequest, change: "add" | "remove", argument: string): Promise<Delivery[]> {
  const { repos, timeZone } = deps;
  const named = campaignNumberIn(argument);
  const word = change === "add" ? "them" : "bot";
  if (named.rest === "") return reply(request, say(vi.campaignUnits.usage(word)));
  // Each unit as officers name one elsewhere: its code, the code's words, words of its name.
  const listed = await unitsNamed(repos, named.rest);
  if ("unknown" in listed) return reply(request, say(vi.campaignUnits.unknown(listed.unknown)));
  const found = listed.units;
  const choice = await chooseOpenCampaign(repos, named.number, `/dotbaocao ${word} ${found.map((unit) => unit.code).join(" ")} đợt N`, timeZone);
  if ("refused" in choice) return reply(request, say(choice.refused));
  const campaign = choice.campaign;
  await repos.lock(campaignKey(campaign.id));
  const inCampaign = new Set(await repos.officers.campaignUnitIds(campaign.id));
  if (change === "add") {
    const issuer = found.find((unit) => unit.id === campaign.issuerUnitId);
    if (issuer) return reply(request, say(vi.campaignUnits.issuer(issuer.name)));
    const added = found.filter((unit) => !inCampaign.has(unit.id));
    const already = found.filter((unit) => inCampaign.has(unit.id)).map((unit) => unit.name);
    if (added.length === 0) return reply(request, say(vi.campaignUnits.nothingToAdd(campaign.id, already.join(", "))));
    await repos.officers.addCampaignUnits(campaign.id, added.map((unit) => unit.id));
    await repos.activity.record(campaign.id, chatActor(request), "units-added", added.map((unit) => unit.name).join(", "), request.now);
    const chats = await repos.officers.unitChats(added.map((unit) => unit.id));
    const announcement = say(vi.officer.announce(campaign.title, formatMoment(campaign.deadlineAt, timeZone), await numberToType(deps, campaign)));
    const unreached = added.filter((unit) => !chats.some((chat) => chat.unitId === unit.id)).map((unit) => unit.name);
    const done = vi.campaignUnits.added(campaign.id, added.map((unit) => unit.name).join(", "), already.join(", "), unreached.join(", "));
    return [...chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: announcement })), ...reply(request, say(done))];
  }
  const members = found.filter((unit) => inCampaign.has(unit.id));
  const started: string[] = [];
  for (const unit of members) {
    // The report's own lock, which starting it takes: a /baocao at this moment waits, then finds the unit gone.
    await repos.lock(reportKey(campaign.id, unit.id));
    if (await repos.submissions.find(campaign.id, unit.id)) started.push(unit.name);
  }
  if (started.length > 0) return reply(request, say(vi.campaignUnits.started(started.join(", "))));
  const outside = found.filter((unit) => !inCampaign.has(unit.id)).map((unit) => unit.name);
  if (members.length === 0) return reply(request, say(vi.campaignUnits.nothingToRemove(campaign.id, outside.join(", "))));
  await repos.officers.removeCampaignUnits(campaign.id, members.map((unit) => unit.id));
  await repos.activity.record(campaign.id, chatActor(request), "units-removed", members.map((unit) => unit.name).join(", "), request.now);
  // Told, as they were told of the campaign (and reminded of it): it is no longer theirs.
  const told = await repos.officers.unitChats(members.map((unit) => unit.id));
  const notice = say(vi.campaignUnits.removedNotice(campaign.title));
  const done = say(vi.campaignUnits.removed(campaign.id, members.map((unit) => unit.name).join(", "), outside.join(", ")));
  return [...told.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: notice })), ...reply(request, done)];
}

type Unit = NonNullable<Awaited<ReturnType<OfficerDeps["repos"]["officers"]["unitByCode"]>>>;

/** The units a list names ("TH-MOI TH-NHAM", "th moi, Liên Châu"), each once; or the first words that name none. */
async function unitsNamed(repos: OfficerDeps["repos"], text: string): Promise<{ units: Unit[] } | { unknown: string }> {
  const units = new Map<number, Unit>();
  for (const item of text.split(/[,;\n]/).map((part) => part.trim()).filter((part) => part !== "")) {
    let rest = item;
    while (rest !== "") {
      const at = await unitAtStart(repos, rest);
      if (!at) return { unknown: rest.split(/\s+/)[0]! };
      units.set(at.unit.id, at.unit);
      rest = at.rest;
    }
  }
  return { units: [...units.values()] };
}
