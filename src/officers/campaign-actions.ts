/**
 * Closing a campaign and reminding its late units, the same from the chat (/dotbaocao dong,
 * /nhacnho ngay) and from the web page, and reminding one unit from its page; each is written in
 * the campaign's activity log with who did it and where, in the action's own transaction.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { Delivery, OfficerDeps, OfficerRequest } from "./officer-context.ts";
import { reminderDeliveries, reminderMessage } from "./reminders.ts";

/** Who sent a chat command, for the activity log. */
export const chatActor = (request: OfficerRequest): Actor => ({
  id: `${request.message.channel}:${request.message.sender.id}`,
  name: request.message.sender.displayName,
  source: "chat",
});

export async function closeCampaign(deps: OfficerDeps, campaign: CampaignRow, actor: Actor, now: number): Promise<void> {
  await deps.repos.officers.closeCampaign(campaign.id);
  await deps.repos.activity.record(campaign.id, actor, "closed", "", now);
}

/** Reminds now every unit of the campaign that has not submitted; how many units that is. */
export async function remindLateUnits(deps: OfficerDeps, campaign: CampaignRow, actor: Actor, now: number): Promise<{ deliveries: Delivery[]; units: number }> {
  const { deliveries, units } = await reminderDeliveries(deps, campaign, now > campaign.deadlineAt);
  await deps.repos.officers.claimReminderStep(campaign.id, `manual-${now}`, now, units);
  await deps.repos.activity.record(campaign.id, actor, "reminded", String(units), now);
  return { deliveries, units };
}

/** Why one unit was not reminded: the campaign is closed, the unit has submitted, or no chat reaches it. */
export type UnitReminderRefusal = "closed" | "submitted" | "no-chat";

/** Reminds one unit now, with the words and progress of the scheduled reminders. */
export async function remindUnit(
  deps: OfficerDeps,
  campaign: CampaignRow,
  unitId: number,
  actor: Actor,
  now: number,
): Promise<{ refused: UnitReminderRefusal } | { deliveries: Delivery[] }> {
  if (campaign.status !== "open") return { refused: "closed" };
  const row = await deps.repos.officers.statusRow(campaign.id, unitId);
  if (!row || row.status === "submitted") return { refused: "submitted" };
  const chats = await deps.repos.officers.unitChats([unitId]);
  if (chats.length === 0) return { refused: "no-chat" };
  const message = reminderMessage(campaign, await deps.templateFor(campaign.templateId), row.state, now > campaign.deadlineAt, deps.timeZone);
  await deps.repos.activity.record(campaign.id, actor, "reminded-unit", row.name, now);
  return { deliveries: chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message })) };
}
