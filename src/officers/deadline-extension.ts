/**
 * Moving an open campaign's deadline later, the same from the chat (/dotbaocao giahan) and from the
 * web page: under the campaign's lock, checked, logged in the activity log, told to the chats of the
 * units that have not submitted; the reminder schedule follows it (its steps already past are not
 * sent). The caller says the outcome to the officer in its own place.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { formatMoment, zonedToEpoch } from "../vietnamese/zoned-time.ts";
import { campaignKey } from "./campaign-actions.ts";
import { type Delivery, type OfficerDeps, say } from "./officer-context.ts";
import { deadlineProblem } from "./opening-problems.ts";
import { numberToType, type ReminderStep } from "./reminders.ts";
import { nextStepText, passStepsBefore } from "./schedule-change.ts";

/** Why the deadline was kept: the campaign closed, a date or hour that does not exist, or the checks of a new deadline. */
export type ExtensionRefusal = "closed" | "invalid" | "past" | "far" | "not-later";

export type ExtensionOutcome =
  | { refused: ExtensionRefusal; old: string; /** The campaign found closed, named in the refusal. */ closed?: CampaignRow }
  /** `deliveries`: the new deadline told to the units' chats; `chats` how many; `onTimeNow` reports no longer late. */
  | { deliveries: Delivery[]; old: string; moved: string; oldAt: number; movedAt: number; chats: number; onTimeNow: number; onTimeTold: number; next: ReminderStep | undefined };

/** `iso`: the new day (yyyy-mm-dd); `time`: its hour (hh:mm), or the deadline's own when not given (17:00 stays 17:00). */
export async function extendCampaignDeadline(deps: OfficerDeps, campaignId: number, typed: { iso: string; time?: string }, actor: Actor, now: number): Promise<ExtensionOutcome> {
  const { repos, timeZone } = deps;
  // Under the campaign's lock, read again: closed or extended a moment ago by another officer.
  await repos.lock(campaignKey(campaignId));
  const campaign = await repos.directory.campaignById(campaignId);
  if (campaign?.status !== "open") return { refused: "closed", old: "", ...(campaign ? { closed: campaign } : {}) };
  const old = formatMoment(campaign.deadlineAt, timeZone);
  const time = typed.time ?? localDateTime(new Date(campaign.deadlineAt), timeZone).time;
  const deadlineAt = zonedToEpoch(typed.iso, time, timeZone);
  if (Number.isNaN(deadlineAt) || localDateTime(new Date(deadlineAt), timeZone).iso !== typed.iso || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return { refused: "invalid", old };
  // The form's sentences ("every unit will be late from the start") do not fit an extension.
  const problem = deadlineProblem(deadlineAt, now);
  if (problem) return { refused: problem, old };
  if (deadlineAt <= campaign.deadlineAt) return { refused: "not-later", old };
  const onTimeNow = await repos.officers.setDeadline(campaign.id, deadlineAt);
  // The old deadline's steps stay in the history under another name; the new one's past steps are marked done.
  await repos.officers.archiveReminderSteps(campaign.id, `until-${campaign.deadlineAt}-`);
  const next = await passStepsBefore(deps, { ...campaign, deadlineAt }, now);
  const moved = formatMoment(deadlineAt, timeZone);
  await repos.activity.record(campaign.id, actor, "extended", `${old} → ${moved}`, now);
  const rows = await repos.officers.statusRows(campaign.id);
  const late = rows.filter((row) => row.status !== "submitted").map((row) => row.unitId);
  // Told their report now counts as on time: only those whose report stands submitted (a late report
  // returned for correction is told the new deadline with the units still to send, not both).
  const submitted = new Set(rows.filter((row) => row.status === "submitted").map((row) => row.unitId));
  const onTime = onTimeNow.filter((unitId) => submitted.has(unitId));
  const chats = late.length === 0 ? [] : await repos.officers.unitChats(late);
  const notice = say(vi.officer.extendedToUnit(campaign.title, moved, actor.name, await numberToType(deps, campaign)));
  const deliveries = chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: notice }));
  // Those that sent theirs after the old deadline read "nộp muộn" at the time: they hear it no longer
  // stands. Queued with this update (the flag cleared in the same transaction), so said once.
  const forgiven = say(vi.officer.extendedOnTimeToUnit(campaign.title, moved));
  const onTimeChats = onTime.length === 0 ? [] : await repos.officers.unitChats(onTime);
  deliveries.push(...onTimeChats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: forgiven })));
  const onTimeTold = new Set(onTimeChats.map((chat) => chat.unitId)).size;
  return { deliveries, old, moved, oldAt: campaign.deadlineAt, movedAt: deadlineAt, chats: chats.length, onTimeNow: onTime.length, onTimeTold, next };
}

/**
 * What the officer reads once it is extended, in the chat and on the page alike. The next reminder
 * is not named when no unit's chat is left to remind (it named one with every unit in).
 */
export function extendedText(campaign: { id: number; title: string }, done: { old: string; moved: string; chats: number; onTimeNow: number; onTimeTold: number; next: ReminderStep | undefined }, timeZone: string): string {
  const onTime = done.onTimeNow > 0 ? ` ${vi.officer.extendedOnTimeNow(done.onTimeNow, done.onTimeTold)}` : "";
  const next = done.chats > 0 ? ` ${nextStepText(done.next, timeZone)}` : "";
  return `${vi.officer.extended(campaign.id, campaign.title, done.old, done.moved, done.chats)}${onTime}${next}`;
}

/** The chat's words for a refusal (the page says "invalid" its own way: it has no command to retype). */
export function extensionRefusalText(refusal: { refused: ExtensionRefusal; old: string; closed?: CampaignRow }): string {
  if (refusal.refused === "closed") return refusal.closed ? closedText(refusal.closed) : vi.officer.noOpenCampaign;
  if (refusal.refused === "invalid") return vi.officer.extendUsage;
  if (refusal.refused === "past") return vi.officer.extendPast(refusal.old);
  if (refusal.refused === "far") return vi.officer.extendFar(refusal.old);
  return vi.officer.extendNotLater(refusal.old);
}

/** Why a closed campaign is not extended, and what is left to do by its policy. */
export const closedText = (campaign: CampaignRow) => vi.officer.extendClosed(campaign.id, campaign.title, campaign.latePolicy === "accept");
