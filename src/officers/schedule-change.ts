/**
 * What a change of a campaign's reminder schedule (/nhacnho lich) or of its deadline does to the
 * steps the scheduler sends: the new schedule's steps already past are marked done, so its next run
 * does not send them at once, and the officer is told which step comes next.
 */
import type { CampaignRow } from "../db/schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import type { OfficerDeps } from "./officer-context.ts";
import { reminderSchedule, type ReminderStep } from "./reminders.ts";

/**
 * Claims (as sent to no unit) every step of the campaign's schedule, as it now stands, timed at or
 * before `now` and new to it, and returns the first one still to come. A step "2 ngày trước hạn" set
 * the day after that morning was due at the scheduler's next minute, and every late unit read a
 * second reminder minutes after the last one; a step missed by a schedule change is not made up for.
 * A step the schedule had before (`before`: the same key at the same time) keeps its own state: the
 * morning's step, due and not sent yet, was claimed by a schedule typed again at 08:00 and lost.
 */
export async function passStepsBefore(
  deps: OfficerDeps,
  campaign: Pick<CampaignRow, "id" | "deadlineAt" | "reminderDays">,
  now: number,
  before?: Pick<CampaignRow, "deadlineAt" | "reminderDays">,
): Promise<ReminderStep | undefined> {
  const schedule = reminderSchedule(campaign.deadlineAt, campaign.reminderDays, deps.timeZone);
  const had = new Set(before ? reminderSchedule(before.deadlineAt, before.reminderDays, deps.timeZone).map((s) => `${s.key}@${s.at}`) : []);
  for (const step of schedule.filter((s) => s.at <= now && !had.has(`${s.key}@${s.at}`))) await deps.repos.officers.claimReminderStep(campaign.id, step.key, now, 0);
  return schedule.find((s) => s.at > now);
}

/** The officer's words for that next step: when, and whether it is before the deadline or after. */
export function nextStepText(step: ReminderStep | undefined, timeZone: string): string {
  if (!step) return vi.officer.noNextReminder;
  return vi.officer.nextReminder(formatMoment(step.at, timeZone), step.overdue);
}
