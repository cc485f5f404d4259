/**
 * /nhacnho (/remind): without a word, the schedule of the open campaign; "lich 3,1,0" sets it;
 * "ngay" reminds the units that have not submitted now; soon after the last reminder it asks for
 * "ngay lai" first (remindLateUnits says why).
 */
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { chatActor, remindLateUnits } from "./campaign-actions.ts";
import { splitArgument } from "./officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

export async function remindCommand(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const { repos } = deps;
  const respond = (text: string) => reply(request, say(text));
  const open = await repos.officers.latestOpenCampaign();
  if (!open) return respond(vi.officer.noOpenCampaign);
  const { word, rest } = splitArgument(argument);
  if (!word) return respond(vi.officer.remindSchedule(scheduleText(open.reminderDays)));
  if (word === "schedule") {
    const days = rest.split(/[\s,;]+/).filter(Boolean).map(Number);
    if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 0 || d > 60)) return respond(vi.officer.remindUsage);
    await repos.officers.setReminderDays(open.id, days);
    await repos.activity.record(open.id, chatActor(request), "reminder-schedule", days.join(", "), request.now);
    return respond(vi.officer.remindScheduleSet(scheduleText(days)));
  }
  const next = splitArgument(rest);
  const again = next.word === "again" && next.rest === "";
  if (word !== "now" || (rest && !again)) return respond(vi.officer.remindUsage);
  const reminded = await remindLateUnits(deps, open, chatActor(request), request.now, again ? "any" : undefined);
  if (!reminded) return respond(vi.officer.noOpenCampaign);
  if ("recent" in reminded) return respond(vi.officer.remindedRecently(formatMoment(reminded.recent.sentAt, deps.timeZone), reminded.recent.unitCount));
  return [...reminded.deliveries, ...respond(vi.officer.remindSent(reminded.units))];
}

/** [3, 1, 0] → "3 ngày trước hạn, 1 ngày trước hạn, sáng ngày hết hạn". */
function scheduleText(days: readonly number[]): string {
  return days.map((day) => (day === 0 ? vi.officer.reminderOnDeadline : vi.officer.reminderDaysBefore(day))).join(", ");
}
