/**
 * "/dotbaocao giahan N dd/mm/yyyy [hh:mm]" ("gia hạn"): moves an open campaign's deadline later.
 * Reads the command; the extension itself (checks, log, the units told, the schedule) is the web
 * page's too (deadline-extension.ts).
 */
import { vi } from "../sentences/vi.ts";
import { chatActor } from "./campaign-actions.ts";
import { campaignNumberIn, chooseOpenCampaign } from "./choose-open-campaign.ts";
import { closedText, extendCampaignDeadline, extendedText, extensionRefusalText } from "./deadline-extension.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

/**
 * "[N] dd/mm/yyyy [hh:mm]", the number also as "đợt N"; as officers write it too: "đến ngày
 * 30-12-2026 lúc 16h30", "30.12.2026" (they got the usage line alone).
 */
const TYPED = /^(?:(\d{1,9})\s+)?(?:(?:đến|tới|den|toi)\s+)?(?:(?:ngày|ngay)\s+)?(\d{1,2})([/.-])(\d{1,2})\3(\d{4})(?:\s+(?:(?:lúc|luc)\s+)?(\d{1,2})(?:[:hg](\d{2})?)?)?$/iu;

export async function extendDeadline(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const { repos, timeZone } = deps;
  const respond = (text: string) => reply(request, say(text));
  const named = campaignNumberIn(argument);
  const typed = TYPED.exec(named.rest);
  if (!typed) return respond(vi.officer.extendUsage);
  const [, bare, day, , month, year, hour, minute] = typed;
  // Retyped as told, with the hour typed (it was dropped, and the old hour kept).
  const retry = `/dotbaocao giahan N ${day}/${month}/${year}${hour ? ` ${hour}:${minute ?? "00"}` : ""}`;
  const number = named.number ?? (bare ? Number(bare) : undefined);
  const choice = await chooseOpenCampaign(repos, number, retry, timeZone);
  // A closed campaign named is said to be closed ("no open campaign N" left the officer guessing why).
  const asked = "refused" in choice && number !== undefined ? await repos.directory.campaignById(number) : undefined;
  if (asked?.status === "closed") return respond(closedText(asked));
  if ("refused" in choice) return respond(choice.refused);
  const iso = `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  const time = hour ? `${hour.padStart(2, "0")}:${minute ?? "00"}` : undefined;
  const outcome = await extendCampaignDeadline(deps, choice.campaign.id, { iso, time }, chatActor(request), request.now);
  if ("refused" in outcome) return respond(extensionRefusalText(outcome));
  return [...outcome.deliveries, ...respond(extendedText(choice.campaign, outcome, timeZone))];
}
