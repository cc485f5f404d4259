/**
 * /nhacnho (/remind): without a word, the reminder schedule of each open campaign; "lich 3,1,0"
 * sets one campaign's; "ngay" reminds the units that have not submitted now, in every open campaign
 * (soon after the last reminder it asks for "ngay lai" first: remindLateUnits says why). "đợt 2"
 * anywhere narrows it to campaign number 2 (for "ngay", also closed if it still takes late reports), and setting a schedule needs it when several are open.
 * Unnamed, "ngay" names after its lines the closed campaigns still taking late reports, with their command.
 */
import type { CampaignRow } from "../db/schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { campaignKey, chatActor, remindLateUnits } from "./campaign-actions.ts";
import { campaignNumberIn, campaignsTakingLate, chooseCampaignTakingReports, chooseOpenCampaign } from "./choose-open-campaign.ts";
import { splitArgument } from "./officer-commands.ts";
import { nextStepText, passStepsBefore } from "./schedule-change.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { sameTitleNumber } from "./same-title.ts";

export async function remindCommand(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const { repos, timeZone } = deps;
  const respond = (text: string) => reply(request, say(text));
  const { number, rest: withoutNumber } = campaignNumberIn(argument);
  const { word: typed, rest } = splitArgument(withoutNumber);
  // "/nhacnho lich" alone asks for the schedule: shown as a bare /nhacnho shows it (it got the usage line).
  const asksSchedule = typed === "schedule" && rest === "";
  const word = asksSchedule ? "" : typed;
  if (word === "schedule") {
    const choice = await chooseOpenCampaign(repos, number, `/nhacnho lich ${rest || "3,1,0"} đợt N`, timeZone);
    if ("refused" in choice) return respond(choice.refused);
    const days = rest.split(/[\s,;]+/).filter(Boolean).map(Number);
    if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 0 || d > 60)) return respond(vi.officer.remindUsage);
    // Under the campaign's lock, as the scheduler and an extension act, and read again after it: the
    // schedule and deadline read before it may be stale (a step the scheduler is sending, a deadline
    // moved a moment ago), and the steps marked done would be the old deadline's.
    await repos.lock(campaignKey(choice.campaign.id));
    const campaign = await repos.directory.campaignById(choice.campaign.id);
    if (campaign?.status !== "open") return respond(vi.officer.noOpenCampaign);
    await repos.officers.setReminderDays(campaign.id, days);
    await repos.activity.record(campaign.id, chatActor(request), "reminder-schedule", days.join(", "), request.now);
    const next = await passStepsBefore(deps, { ...campaign, reminderDays: days }, request.now, campaign);
    return respond(`${vi.officer.remindScheduleSet(campaign.title, scheduleText(days), await sameTitleNumber(repos, campaign))} ${nextStepText(next, timeZone)}`);
  }
  const next = splitArgument(rest);
  const again = next.word === "again" && next.rest === "";
  // Only "ngay" and "ngay lai" remind; a bare "/nhacnho" shows the schedules.
  if (word === "" ? rest !== "" : word !== "now" || (rest !== "" && !again)) return respond(vi.officer.remindUsage);
  // One campaign named, or every open one.
  let campaigns: CampaignRow[];
  if (number !== undefined) {
    // A closed campaign still taking late reports too: its units not in may still send theirs.
    const choice = await chooseCampaignTakingReports(repos, number, "/nhacnho ngay đợt N", timeZone, (c) => vi.openCampaigns.closedRefusingRemind(c.id, c.title));
    if ("refused" in choice) return respond(choice.refused);
    campaigns = [choice.campaign];
  } else {
    campaigns = await repos.officers.openCampaigns();
    if (campaigns.length === 0) {
      // None open: a closed one still taking late reports is reminded by its number, said.
      const late = await campaignsTakingLate(repos);
      return respond(late.campaigns.length > 0 ? vi.openCampaigns.noneOpenButLate(late, vi.officer.remindWhat, (id) => `/nhacnho ngay đợt ${id}`) : vi.officer.noOpenCampaign);
    }
    // "lai" skips the guard against reminding twice: for one campaign, named, not for every open one
    // (one reminded a moment ago by the plain "ngay" would be reminded again).
    if (again && campaigns.length > 1) return respond(vi.officer.remindAgainWhich);
  }
  // Each campaign's line names it when there are several.
  const named = (campaign: CampaignRow, text: string) => (campaigns.length > 1 ? vi.officer.ofCampaign(campaign.id, campaign.title, text) : text);
  if (word === "") {
    const schedules = campaigns.map((c) => named(c, vi.officer.remindSchedule(scheduleText(c.reminderDays))));
    // How to change it and how to remind now, after a bare /nhacnho too (it showed the schedule alone).
    return respond([...schedules, vi.officer.remindScheduleHow].join("\n"));
  }
  const deliveries: Delivery[] = [];
  const lines: string[] = [];
  for (const campaign of campaigns) {
    const reminded = await remindLateUnits(deps, campaign, chatActor(request), request.now, again ? "any" : undefined, campaign.status === "closed");
    if (!reminded) continue;
    if ("recent" in reminded) lines.push(named(campaign, vi.officer.remindedRecently(formatMoment(reminded.recent.sentAt, timeZone), reminded.recent.unitCount, campaigns.length > 1 || number !== undefined ? campaign.id : undefined)));
    else {
      deliveries.push(...reminded.deliveries);
      lines.push(named(campaign, vi.officer.remindSent(reminded.units, reminded.unreachable, reminded.names, reminded.skipped)));
    }
  }
  if (lines.length === 0) return respond(vi.officer.noOpenCampaign);
  // The open ones only, unnamed: a closed one still taking late reports is named with its command.
  const late = number === undefined ? await campaignsTakingLate(repos) : undefined;
  if (late && late.campaigns.length > 0) lines.push(vi.openCampaigns.alsoLate(late, vi.officer.remindWhat, (id) => `/nhacnho ngay đợt ${id}`));
  return [...deliveries, ...respond(lines.join("\n"))];
}

/** [3, 1, 0] → "3 ngày trước hạn, 1 ngày trước hạn, sáng ngày hết hạn". */
function scheduleText(days: readonly number[]): string {
  return days.map((day) => (day === 0 ? vi.officer.reminderOnDeadline : vi.officer.reminderDaysBefore(day))).join(", ");
}
