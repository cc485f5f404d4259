/**
 * "/dotbaocao giahan N dd/mm/yyyy [hh:mm]" ("gia hạn"; "đến hết ngày 28/12", "trước 17h ngày 28/12/2026"
 * as officers write them, typed-deadline.ts): moves an open campaign's deadline later.
 * Reads the command; the extension itself (checks, log, the units told, the schedule) is the web
 * page's too (deadline-extension.ts).
 */
import { vi } from "../sentences/vi.ts";
import { chatActor } from "./campaign-actions.ts";
import { campaignNumberIn, chooseOpenCampaign } from "./choose-open-campaign.ts";
import { closedText, extendCampaignDeadline, extendedText, extensionRefusalText } from "./deadline-extension.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { END_OF_DAY, readDeadlineLine, type TypedDeadline } from "./typed-deadline.ts";
import { formatShortDate, localDateTime } from "../vietnamese/vietnamese-dates.ts";

export async function extendDeadline(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const { repos, timeZone } = deps;
  const respond = (text: string) => reply(request, say(text));
  const named = campaignNumberIn(argument);
  // "[N] day [hour]", the number also as "đợt N"; as officers write them: "đến ngày 30-12-2026 lúc 16h30".
  const typed = readDeadlineLine(named.rest, localDateTime(new Date(request.now), timeZone).iso);
  if (!typed) return respond(vi.officer.extendUsage);
  // Retyped as told, with the hour typed (it was dropped, and the old hour kept).
  const retry = `/dotbaocao giahan N ${formatShortDate(typed.iso)}${typed.time ? ` ${typed.time}` : ""}`;
  const number = named.number ?? typed.number;
  // A closed campaign named is said to be closed, with what is left to do instead of extending it.
  const choice = await chooseOpenCampaign(repos, number, retry, timeZone, closedText);
  if ("refused" in choice) return respond(choice.refused);
  const outcome = await extendCampaignDeadline(deps, choice.campaign.id, typed, chatActor(request), request.now);
  if ("refused" in outcome) return respond(extensionRefusalText(outcome));
  return [...outcome.deliveries, ...respond([extendedText(choice.campaign, outcome, timeZone), ...hourNotes(typed, outcome.oldAt, timeZone)].join("\n"))];
}

/**
 * How the new deadline's hour and year were read, said under the reply: "hết ngày" is the day's last
 * minute, a day alone keeps the old deadline's hour, a day without its year is the next one.
 */
function hourNotes(typed: TypedDeadline, oldAt: number, timeZone: string): string[] {
  const hour = typed.endOfDay ? vi.deadline.endOfDayRead(END_OF_DAY) : typed.time ? undefined : vi.deadline.hourKept(localDateTime(new Date(oldAt), timeZone).time);
  return [...(hour ? [hour] : []), ...(typed.yearGuessed ? [vi.deadline.yearGuessed(formatShortDate(typed.iso))] : [])];
}
