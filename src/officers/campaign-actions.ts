/**
 * Closing a campaign and reminding its late units, the same from the chat (/dotbaocao dong,
 * /nhacnho ngay) and from the web page, and reminding one unit from its page; each is written in
 * the campaign's activity log with who did it and where, in the action's own transaction.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { takesLateNow } from "../conversation/closed-campaign.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, say } from "./officer-context.ts";
import { numberToType, REMIND_UNIT_AGAIN_MS, reminderDeliveries, reminderMessage } from "./reminders.ts";
import { chatsOn, correctionClosedNotice, keepCorrections } from "./closing-corrections.ts";
import { unitsWithUnsentCorrections } from "./unsent-corrections.ts";
import { sameTitleNumber } from "./same-title.ts";

/** Who sent a chat command, for the activity log. */
export const chatActor = (request: OfficerRequest): Actor => ({
  id: `${request.message.channel}:${request.message.sender.id}`,
  name: request.message.sender.displayName,
  source: "chat",
});

/** A campaign's own actions, on whichever instance: one at a time, each seeing the one before. */
/** The lock an officer's action on a campaign holds (and the scheduler's reminder of it). */
export const campaignKey = (campaignId: number) => `campaign:${campaignId}`;

/**
 * The campaign as it is now, in this transaction and under its lock, while open, or (`closedToo`)
 * closed still taking late reports: its units not in may still be reminded. Undefined otherwise.
 */
async function stillTakesReports(deps: OfficerDeps, campaignId: number, closedToo: boolean): Promise<CampaignRow | undefined> {
  await deps.repos.lock(campaignKey(campaignId));
  const campaign = await deps.repos.directory.campaignById(campaignId);
  return campaign?.status === "open" || (closedToo && campaign !== undefined && takesLateNow(campaign)) ? campaign : undefined;
}

/** The same read and lock, open only: undefined once it is closed, whatever it takes after (closing, one unit's reminder). */
const stillOpen = (deps: OfficerDeps, campaignId: number) => stillTakesReports(deps, campaignId, false);

/**
 * What closing the campaign does, the same in the chat's /dotbaocao dong question and on the web
 * page's close button: whether the deadline has passed, how many units have not submitted (`units`:
 * their status rows, which the page has read already), what becomes of their reports.
 */
export function closeEffects(campaign: CampaignRow, units: readonly { status: string | null }[], now: number, timeZone: string): string {
  const notSubmitted = units.filter((u) => u.status !== "submitted").length;
  return vi.officer.closeEffects(notSubmitted, campaign.latePolicy === "refuse", now < campaign.deadlineAt ? formatMoment(campaign.deadlineAt, timeZone) : undefined);
}

/**
 * Closes the campaign; undefined when it was closed already (by another officer, a moment ago). The
 * chats of units with a report in progress are told: their next answer would otherwise go to another
 * campaign, or to none, without a word on why.
 */
export async function closeCampaign(deps: OfficerDeps, campaign: CampaignRow, actor: Actor, now: number): Promise<{ deliveries: Delivery[] } | undefined> {
  const open = await stillOpen(deps, campaign.id);
  if (!open) return undefined;
  const statuses = await deps.repos.officers.unitStatuses(campaign.id);
  // Read while open: once closed refusing late reports, no correction counts as waiting.
  // A question only reopened (/sua 9, not answered yet) counts where the close refuses late reports:
  // the chat is mid-correction and is told so; kept on a report with nothing to send, it would not be.
  const correcting = (await unitsWithUnsentCorrections(deps, open, statuses, campaign.latePolicy === "refuse")).map((unit) => unit.unitId);
  // Read while open too: which of them have their chat on this report (the others are on another's).
  const correctingHere = await chatsOn(deps, campaign, correcting);
  await deps.repos.officers.closeCampaign(campaign.id);
  await deps.repos.activity.record(campaign.id, actor, "closed", "", now);
  const unfinished = await deps.repos.submissions.unitsWithReportInProgress(campaign.id);
  // Those that never started were told to; they are told it closed, and whether they still may.
  const notStarted = await deps.repos.submissions.unitsNotStarted(campaign.id);
  const refusing = campaign.latePolicy === "refuse" ? correcting : [];
  const submitted = statuses.filter((u) => u.status === "submitted").map((u) => u.unitId);
  const kept = campaign.latePolicy === "refuse" ? new Map<number, string>() : await keepCorrections(deps, open, { correcting, here: correctingHere, submitted }, now);
  const told = [...unfinished, ...notStarted, ...refusing, ...kept.keys()];
  const chats = told.length === 0 ? [] : await deps.repos.officers.unitChats(told);
  // Read once for the campaign, not once per unit told: its returned reports, and the reports in
  // progress of each other campaign a unit goes on to (most often the same one for all).
  const returned = new Set(statuses.filter((u) => u.status === "returned").map((u) => u.unitId));
  const working = new Map<number, Promise<number[]>>();
  const workingIn = (campaignId: number) => working.get(campaignId) ?? working.set(campaignId, deps.repos.submissions.unitsWithReportInProgress(campaignId)).get(campaignId)!;
  const deliveries: Delivery[] = [];
  for (const unitId of told) {
    const state = unfinished.includes(unitId) ? "in-progress" : "not-started";
    const keptText = kept.get(unitId);
    const message = say(keptText ?? (refusing.includes(unitId) ? await correctionClosedNotice(deps, campaign, unitId) : await closingNotice(deps, campaign, unitId, { state, returned: returned.has(unitId), workingIn })));
    for (const chat of chats.filter((c) => c.unitId === unitId)) deliveries.push({ channel: chat.channel, chatId: chat.externalId, message });
  }
  return { deliveries };
}

/**
 * What a unit not in hears when its campaign closes, in one place, by where its report stands
 * (`state`; a submitted one hears nothing): in progress, out of reach when its chat goes on to
 * another open campaign, else still welcome when returned for correction, else refused or welcome
 * but marked late by the campaign's policy; not started, refused, or welcome by its number when
 * another campaign is open to it. "The group is working on another campaign's report" is said only
 * when it is (a school that had started nothing read it).
 */
async function closingNotice(
  deps: OfficerDeps,
  campaign: CampaignRow,
  unitId: number,
  { state, returned, workingIn }: { state: "in-progress" | "not-started"; returned: boolean; workingIn: (campaignId: number) => Promise<number[]> },
): Promise<string> {
  const next = await deps.repos.directory.findOpenCampaign(unitId);
  // No other campaign open: an older one closed still taking the unit's report is where the chat's
  // messages go now (the close moved the chat there without a word).
  const late = next ? undefined : (await deps.repos.campaignChoice.reachableCampaigns(unitId)).filter((entry) => entry.campaign.id !== campaign.id).at(-1)?.campaign;
  const goesTo = next ? vi.officer.chatGoesTo(next.campaign.title, false) : late && vi.officer.chatGoesTo(late.title, true);
  if (state === "not-started") {
    if (campaign.latePolicy === "refuse") return [vi.officer.campaignClosedNotStarted(campaign.title, "refused", campaign.id), ...(goesTo ? [goesTo] : [])].join(" ");
    if (!next) return vi.officer.campaignClosedNotStarted(campaign.title, "late", campaign.id);
    const working = (await workingIn(next.campaign.id)).includes(unitId);
    return vi.officer.campaignClosedNotStarted(campaign.title, working ? "moved-on" : "by-number", campaign.id);
  }
  // A report returned for correction is still taken, whatever the policy: an officer asked for it.
  // With another campaign open, the chat goes on to it; the closed one's report, still taken, is reached by its number.
  if (next) return returned || campaign.latePolicy === "accept" ? vi.officer.campaignClosedStillTaken(campaign.title, campaign.id, returned) : vi.officer.campaignClosedMovedOn(campaign.title, next.campaign.title);
  if (returned) return vi.officer.campaignClosedReturned(campaign.title);
  return campaign.latePolicy === "refuse" ? [vi.officer.campaignClosedRefused(campaign.title), ...(goesTo ? [goesTo] : [])].join(" ") : vi.officer.campaignClosedLateAccepted(campaign.title);
}

/** A reminder within this long of the last one (scheduled or by hand) is sent only when asked again. */
const REMIND_AGAIN_AFTER_MS = 60 * 60_000;

/**
 * The last reminder that reached any unit, scheduled or by hand, when it was within the hour in
 * which another is sent only when asked again (and the scheduler's step is not sent).
 */
export async function reminderWithinTheHour(deps: OfficerDeps, campaignId: number, now: number): Promise<{ sentAt: number; unitCount: number } | undefined> {
  const last = await lastReminder(deps, campaignId);
  return last && now - last.sentAt < REMIND_AGAIN_AFTER_MS ? last : undefined;
}

/** The last reminder that reached any unit, scheduled or by hand. */
async function lastReminder(deps: OfficerDeps, campaignId: number): Promise<{ sentAt: number; unitCount: number } | undefined> {
  return (await deps.repos.officers.reminderStepsOf(campaignId)).filter((step) => step.unitCount > 0).at(-1);
}

/**
 * Reminds now every unit of the open campaign that has not submitted; undefined when it has closed.
 * `afterClose`: an officer named it closed, still taking late reports (/nhacnho ngay đợt N), so it is
 * reminded while it takes them; a reminder asked for while open (the page's button) is not sent
 * once it closed meanwhile.
 * Within an hour of the last reminder only when asked again: a double tap, or two officers at once
 * (the check is under the campaign's lock, so on every instance), would send each late unit the same
 * message twice. `again`: "any" (typed "/nhacnho ngay lai" now), or the time of the reminder the
 * officer saw and confirmed (the page): a newer one since asks again.
 */
export async function remindLateUnits(
  deps: OfficerDeps,
  campaign: CampaignRow,
  actor: Actor,
  now: number,
  again: "any" | number | undefined,
  afterClose = false,
): Promise<{ deliveries: Delivery[]; units: number; unreachable: number; names: string[]; skipped: string[] } | { recent: { sentAt: number; unitCount: number } } | undefined> {
  const open = await stillTakesReports(deps, campaign.id, afterClose);
  if (!open) return undefined;
  // Units reminded on their own a moment ago are left out, unless the officer asked again.
  const { deliveries, units, unreachable, names, skipped } = await reminderDeliveries(deps, open, now > open.deadlineAt, now, again !== undefined);
  // Every unit has submitted: said so, not "reminded a moment ago, type lai to remind again".
  if (units + unreachable + skipped.length === 0) return { deliveries: [], units, unreachable, names, skipped };
  const last = await reminderWithinTheHour(deps, open.id, now);
  if (last && again !== "any" && again !== last.sentAt) return { recent: last };
  await deps.repos.officers.claimReminderStep(open.id, `manual-${now}`, now, units);
  // A reminder that reached nobody is no event of the campaign.
  if (units > 0) await deps.repos.activity.record(open.id, actor, "reminded", String(units), now);
  return { deliveries, units, unreachable, names, skipped };
}

/** Why one unit was not reminded: the campaign is closed, the unit has submitted, or no chat reaches it. */
export type UnitReminderRefusal = "closed" | "submitted" | "no-chat" | "recent";

/**
 * Reminds one unit now, with the words and progress of the scheduled reminders. `afterClose`: the
 * page showed the campaign closed still taking late reports, as the board's reminder of every unit
 * not in (remindLateUnits); a page shown while open reminds nobody once it closed meanwhile.
 */
export async function remindUnit(
  deps: OfficerDeps,
  campaign: CampaignRow,
  unitId: number,
  actor: Actor,
  now: number,
  afterClose = false,
): Promise<{ refused: UnitReminderRefusal } | { deliveries: Delivery[] }> {
  const open = await stillTakesReports(deps, campaign.id, afterClose);
  if (!open) return { refused: "closed" };
  const row = await deps.repos.officers.statusRow(open.id, unitId);
  if (!row || row.status === "submitted") return { refused: "submitted" };
  const chats = await deps.repos.officers.unitChats([unitId]);
  if (chats.length === 0) return { refused: "no-chat" };
  // A double click, or two officers at once (under the campaign's lock): one reminder, not two. The
  // reminder of every late unit counts too when it reached this one: late now and not returned since,
  // the unit was late then (its group read the same message twice, a minute apart).
  if ((await deps.repos.activity.unitsSince(open.id, "reminded-unit", now - REMIND_UNIT_AGAIN_MS)).includes(unitId)) return { refused: "recent" };
  const everyLateUnit = await lastReminder(deps, open.id);
  if (everyLateUnit && now - everyLateUnit.sentAt < REMIND_UNIT_AGAIN_MS) {
    const returnedSince = (await deps.repos.activity.returnsOf(open.id, { id: unitId, name: row.name })).some((r) => r.at >= everyLateUnit.sentAt);
    if (!returnedSince) return { refused: "recent" };
  }
  const message = reminderMessage(open, await deps.templateFor(open.templateId), row, now > open.deadlineAt, deps.timeZone, await numberToType(deps, open), await sameTitleNumber(deps.repos, open));
  await deps.repos.activity.record(open.id, actor, "reminded-unit", row.name, now, unitId);
  return { deliveries: chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message })) };
}
