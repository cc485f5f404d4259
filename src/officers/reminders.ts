/**
 * Reminders to the units that have not submitted. Steps are relative to the deadline (default 3
 * days before, 1 day before, the morning of the deadline), then daily while overdue; each is sent at
 * 08:00 Vietnam time on a working day (a step before the deadline falling on a weekend moves back to
 * the Friday before it, an overdue one on to Monday), never twice:
 * a step is claimed in the same transaction as its messages, so a restart cannot repeat it.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { Template } from "../templates/template-schema.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { formatMoment, zonedToEpoch, zonedWeekday } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import type { Delivery, OfficerDeps } from "./officer-context.ts";
import { progressOf, type StatusRow } from "./status-report.ts";
import { sameTitleNumber } from "./same-title.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reminders go out in office hours only, Vietnam time. */
const SEND_TIME = "08:00";
const OFFICE_HOURS = { from: "07:30", to: "17:30" };
/** How many overdue days the schedule looks at (a campaign left open for months stops nagging). */
const MAX_OVERDUE_DAYS = 30;

export interface ReminderStep {
  key: string;
  at: number;
  overdue: boolean;
}

/** Every step of a campaign's schedule, in time order. */
export function reminderSchedule(deadlineAt: number, days: number[], timeZone: string): ReminderStep[] {
  const deadlineDate = localDateTime(new Date(deadlineAt), timeZone).iso;
  const morning = (offsetDays: number) => zonedToEpoch(shiftDate(deadlineDate, offsetDays), SEND_TIME, timeZone);
  // A step before the deadline moves back to the last working day before it, never past the
  // deadline: moved on to Monday, a Sunday deadline's "1 day before" and "morning of" came after it
  // and were dropped, so its units were reminded only three days ahead.
  const before = [...new Set(days)]
    .filter((d) => d >= 0)
    .sort((a, b) => b - a)
    .map((d) => ({ key: `before-${d}`, at: workingMorning(morning(-d), -DAY_MS, timeZone), overdue: false }))
    .filter((s) => s.at <= deadlineAt);
  const after = Array.from({ length: MAX_OVERDUE_DAYS }, (_, i) => ({ key: `overdue-${i + 1}`, at: workingMorning(morning(i + 1), DAY_MS, timeZone), overdue: true }));
  // Several steps moved to one day are one reminder.
  return [...before, ...after].filter((s, i, all) => i === 0 || s.at !== all[i - 1]!.at);
}

/**
 * The step to send now, if any: the latest one due, provided it is office hours now. Steps timed
 * before the campaign opened are not its own: the announcement has just said the same (counted
 * from the day before, a campaign opened at 14:00 reminded every unit at 14:01 of its 0 answers).
 */
export function dueStep(schedule: ReminderStep[], now: number, openedAt: number, timeZone: string): { step: ReminderStep; skipped: ReminderStep[] } | undefined {
  const due = schedule.filter((s) => s.at <= now && s.at >= openedAt);
  const step = due.at(-1);
  if (!step || !isOfficeHours(now, timeZone)) return undefined;
  return { step, skipped: due.slice(0, -1) };
}

export function isOfficeHours(now: number, timeZone: string): boolean {
  const weekday = zonedWeekday(now, timeZone);
  const { time } = localDateTime(new Date(now), timeZone);
  return weekday >= 1 && weekday <= 5 && time >= OFFICE_HOURS.from && time < OFFICE_HOURS.to;
}

/** The same time on the nearest working day, looking back (`by` negative) or on. */
function workingMorning(at: number, by: number, timeZone: string): number {
  let moved = at;
  while ([0, 6].includes(zonedWeekday(moved, timeZone))) moved += by;
  return moved;
}

function shiftDate(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A unit reminded on its own this recently is left out of a reminder of every late unit: its group would read it twice. */
export const REMIND_UNIT_AGAIN_MS = 5 * 60_000;

/**
 * The reminder messages for one campaign's units that have not submitted (or were returned):
 * `units` counts the units they reach, `unreachable` those with no chat (counted, they made "sent
 * to 3 units" of one message, and an hour's guard against reminding again for nothing); `names`:
 * the units reminded (reached through a chat), in the directory's order. Units reminded on their
 * own in the last minutes are left out (`skipped`, by name; `skippedIds`, for the web page's notice,
 * which names them from its address) unless `evenIfJustReminded` (an officer asked again).
 */
export async function reminderDeliveries(
  deps: OfficerDeps,
  campaign: CampaignRow,
  overdue: boolean,
  now: number,
  evenIfJustReminded = false,
): Promise<{ deliveries: Delivery[]; units: number; unreachable: number; names: string[]; skipped: string[]; skippedIds: number[] }> {
  const template = await deps.templateFor(campaign.templateId);
  const notSubmitted = (await deps.repos.officers.statusRows(campaign.id)).filter((row) => row.status !== "submitted");
  const justReminded = new Set(evenIfJustReminded ? [] : await deps.repos.activity.unitsSince(campaign.id, "reminded-unit", now - REMIND_UNIT_AGAIN_MS));
  const pending = notSubmitted.filter((row) => !justReminded.has(row.unitId));
  const left = notSubmitted.filter((row) => justReminded.has(row.unitId));
  const skipped = left.map((row) => row.name);
  const byUnit = new Map(pending.map((row) => [row.unitId, row]));
  const chats = await deps.repos.officers.unitChats([...byUnit.keys()]);
  const number = await numberToType(deps, campaign);
  const same = await sameTitleNumber(deps.repos, campaign);
  const deliveries = chats.map((chat) => {
    const row = byUnit.get(chat.unitId!)!;
    return { channel: chat.channel, chatId: chat.externalId, message: reminderMessage(campaign, template, row, overdue, deps.timeZone, number, same) };
  });
  const reached = new Set(chats.map((chat) => chat.unitId));
  const names = pending.filter((row) => reached.has(row.unitId)).map((row) => row.name);
  return { deliveries, units: reached.size, unreachable: byUnit.size - reached.size, names, skipped, skippedIds: left.map((row) => row.unitId) };
}

/**
 * The reminder one unit gets: the campaign, its deadline, and how far the unit has come; a report
 * returned for correction is said to be, with the officer's comment ("20/20 câu … để tiếp tục"
 * read as a report already done). `number`: for "/baocao N" (numberToType); `same`: the campaign's
 * number said after its title when another has the same title (sameTitleNumber).
 */
export function reminderMessage(campaign: CampaignRow, template: Template, row: Pick<StatusRow, "currentAnswers" | "status" | "returnComment">, overdue: boolean, timeZone: string, number?: number, same?: number): OutboundMessage {
  const deadline = formatMoment(campaign.deadlineAt, timeZone);
  // Closed, still taking late reports (an officer's /nhacnho ngay đợt N): said so, with the number a
  // plain /baocao may not reach it by.
  if (campaign.status === "closed") {
    const { answered, total } = progressOf(template, row.currentAnswers);
    return { kind: "text", text: vi.officer.reminderAfterClose(campaign.title, row.status === "returned" ? undefined : `${answered}/${total} câu`, answered > 0, campaign.id, same) };
  }
  if (row.status === "returned") return { kind: "text", text: vi.officer.reminderReturned(campaign.title, deadline, row.returnComment ?? "", overdue, number, same) };
  const { answered, total } = progressOf(template, row.currentAnswers);
  return { kind: "text", text: vi.officer.reminder(campaign.title, deadline, `${answered}/${total} câu`, overdue, answered > 0, number, same) };
}

/**
 * The campaign's number for "/baocao N", when other campaigns are open too: a plain /baocao goes on
 * with the report the unit's chat works on, which may be another's. Counted over all units, not per
 * unit: a unit with this campaign alone open is told the number too, and /baocao N is then /baocao.
 */
export async function numberToType(deps: OfficerDeps, campaign: CampaignRow): Promise<number | undefined> {
  return (await deps.repos.officers.openCampaigns()).length > 1 ? campaign.id : undefined;
}
