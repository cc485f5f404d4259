/**
 * An officer's actions on a campaign: who did one (the activity log), the lock each holds and the
 * campaign read under it; reminding its late units, the same from the chat (/nhacnho ngay) and from
 * the web page, and reminding one unit from its page, each written in the campaign's activity log
 * in the action's own transaction. Closing it: close-campaign.ts.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import { takesLateNow } from "../conversation/closed-campaign.ts";
import type { Delivery, OfficerDeps, OfficerRequest } from "./officer-context.ts";
import { numberToType, REMIND_UNIT_AGAIN_MS, reminderDeliveries, reminderMessage } from "./reminders.ts";
import { sameTitleNumber } from "./same-title.ts";

/** Who sent a chat command, for the activity log. */
export const chatActor = (request: OfficerRequest): Actor => ({
  id: `${request.message.channel}:${request.message.sender.id}`,
  name: request.message.sender.displayName,
  source: "chat",
});

/**
 * The lock an officer's action on a campaign holds (and the scheduler's reminder of it): a
 * campaign's own actions, on whichever instance, one at a time, each seeing the one before.
 */
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
export const stillOpen = (deps: OfficerDeps, campaignId: number) => stillTakesReports(deps, campaignId, false);

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
): Promise<{ deliveries: Delivery[]; units: number; unreachable: number; names: string[]; skipped: string[]; skippedIds: number[] } | { recent: { sentAt: number; unitCount: number } } | undefined> {
  const open = await stillTakesReports(deps, campaign.id, afterClose);
  if (!open) return undefined;
  // Units reminded on their own a moment ago are left out, unless the officer asked again.
  const { deliveries, units, unreachable, names, skipped, skippedIds } = await reminderDeliveries(deps, open, now > open.deadlineAt, now, again !== undefined);
  // Every unit has submitted: said so, not "reminded a moment ago, type lai to remind again".
  if (units + unreachable + skipped.length === 0) return { deliveries: [], units, unreachable, names, skipped, skippedIds };
  const last = await reminderWithinTheHour(deps, open.id, now);
  if (last && again !== "any" && again !== last.sentAt) return { recent: last };
  await deps.repos.officers.claimReminderStep(open.id, `manual-${now}`, now, units);
  // A reminder that reached nobody is no event of the campaign.
  if (units > 0) await deps.repos.activity.record(open.id, actor, "reminded", String(units), now);
  return { deliveries, units, unreachable, names, skipped, skippedIds };
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
