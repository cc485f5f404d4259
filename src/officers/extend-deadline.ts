/**
 * "/dotbaocao giahan N dd/mm/yyyy [hh:mm]" ("gia hạn"): moves an open campaign's deadline later.
 * Logged in the activity log; the chats of the units that have not submitted are told the new
 * deadline; the reminder schedule follows it (its steps already past are not sent).
 */
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { formatMoment, zonedToEpoch } from "../vietnamese/zoned-time.ts";
import { campaignKey, chatActor } from "./campaign-actions.ts";
import { campaignNumberIn, chooseOpenCampaign } from "./choose-open-campaign.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { deadlineProblem } from "./open-campaign.ts";
import { nextStepText, passStepsBefore } from "./schedule-change.ts";
import { numberToType } from "./reminders.ts";

/** Why a closed campaign is not extended, and what is left to do by its policy. */
const closedText = (campaign: CampaignRow) => vi.officer.extendClosed(campaign.id, campaign.title, campaign.latePolicy === "accept");

/** "[N] dd/mm/yyyy [hh:mm]", the number also as "đợt N". */
const TYPED = /^(?:(\d{1,9})\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})(?:[:hg](\d{2})?)?)?$/iu;

export async function extendDeadline(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const { repos, timeZone } = deps;
  const respond = (text: string) => reply(request, say(text));
  const named = campaignNumberIn(argument);
  const typed = TYPED.exec(named.rest);
  if (!typed) return respond(vi.officer.extendUsage);
  const [, bare, day, month, year, hour, minute] = typed;
  // Retyped as told, with the hour typed (it was dropped, and the old hour kept).
  const retry = `/dotbaocao giahan N ${day}/${month}/${year}${hour ? ` ${hour}:${minute ?? "00"}` : ""}`;
  const number = named.number ?? (bare ? Number(bare) : undefined);
  const choice = await chooseOpenCampaign(repos, number, retry, timeZone);
  // A closed campaign named is said to be closed ("no open campaign N" left the officer guessing why).
  const asked = "refused" in choice && number !== undefined ? await repos.directory.campaignById(number) : undefined;
  if (asked?.status === "closed") return respond(closedText(asked));
  if ("refused" in choice) return respond(choice.refused);
  // Under the campaign's lock, read again: closed or extended a moment ago by another officer.
  await repos.lock(campaignKey(choice.campaign.id));
  const campaign = await repos.directory.campaignById(choice.campaign.id);
  if (campaign?.status === "closed") return respond(closedText(campaign));
  if (campaign?.status !== "open") return respond(vi.officer.noOpenCampaign);
  const iso = `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  // Without an hour, the deadline keeps its own (17:00 stays 17:00).
  const time = hour ? `${hour.padStart(2, "0")}:${minute ?? "00"}` : localDateTime(new Date(campaign.deadlineAt), timeZone).time;
  const deadlineAt = zonedToEpoch(iso, time, timeZone);
  if (Number.isNaN(deadlineAt) || localDateTime(new Date(deadlineAt), timeZone).iso !== iso || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return respond(vi.officer.extendUsage);
  const old = formatMoment(campaign.deadlineAt, timeZone);
  const problem = deadlineProblem(deadlineAt, request.now);
  // The form's sentences ("every unit will be late from the start") do not fit an extension.
  if (problem === "past") return respond(vi.officer.extendPast(old));
  if (problem === "far") return respond(vi.officer.extendFar(old));
  if (deadlineAt <= campaign.deadlineAt) return respond(vi.officer.extendNotLater(old));
  const onTimeNow = await repos.officers.setDeadline(campaign.id, deadlineAt);
  // The old deadline's steps stay in the history under another name; the new one's past steps are marked done.
  await repos.officers.archiveReminderSteps(campaign.id, `until-${campaign.deadlineAt}-`);
  const next = await passStepsBefore(deps, { ...campaign, deadlineAt }, request.now);
  const moved = formatMoment(deadlineAt, timeZone);
  await repos.activity.record(campaign.id, chatActor(request), "extended", `${old} → ${moved}`, request.now);
  const late = (await repos.officers.statusRows(campaign.id)).filter((row) => row.status !== "submitted").map((row) => row.unitId);
  const chats = late.length === 0 ? [] : await repos.officers.unitChats(late);
  const notice = say(vi.officer.extendedToUnit(campaign.title, moved, request.message.sender.displayName, await numberToType(deps, campaign)));
  const told = chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: notice }));
  // Those that sent theirs after the old deadline read "nộp muộn" at the time: they hear it no longer
  // stands. Queued with this update (the flag cleared in the same transaction), so said once.
  const forgiven = say(vi.officer.extendedOnTimeToUnit(campaign.title, moved));
  const onTimeChats = onTimeNow.length === 0 ? [] : await repos.officers.unitChats(onTimeNow);
  told.push(...onTimeChats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: forgiven })));
  const onTime = onTimeNow.length > 0 ? ` ${vi.officer.extendedOnTimeNow(onTimeNow.length)}` : "";
  return [...told, ...respond(`${vi.officer.extended(campaign.id, campaign.title, old, moved, chats.length)}${onTime} ${nextStepText(next, timeZone)}`)];
}
