/**
 * "/canbo chuyen TÊN": a staff member reports for the unit they first reported for, and only that
 * one (a stranger in a unit's group cannot touch its report). Someone who moved to another school,
 * or was bound by a slip, is freed by an officer: their next report binds them again. Named by id,
 * or by display name when one person has it (a name cannot raise anyone's rights here).
 */
import type { ChannelName } from "../channels/channel.ts";
import type { MemberRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { findMember } from "./find-member.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

/** The officer's own platform first: a clerk on Zalo is freed from a Telegram officers' group too. */
const PLATFORMS: ChannelName[] = ["telegram", "zalo-oa", "zalo-bot", "local"];

export async function releaseMember(deps: OfficerDeps, request: OfficerRequest, who: string): Promise<Delivery[]> {
  const respond = (text: string) => reply(request, say(text));
  const own = request.message.channel;
  const candidates: MemberRow[] = [];
  for (const channel of [own, ...PLATFORMS.filter((c) => c !== own)]) {
    const found = await findMember(deps.repos, channel, who, "anyone");
    if (found && "member" in found) {
      candidates.splice(0, candidates.length, found.member);
      break;
    }
    if (found) candidates.push(...found.named);
  }
  if (candidates.length === 0) return respond(vi.officer.officerUnknown(who));
  if (candidates.length > 1) {
    return respond(vi.officer.releaseByIdPlease(candidates.map((m) => vi.officer.memberWithId(m.displayName, m.externalId)).join("; "), candidates[0]!.externalId));
  }
  const member = candidates[0]!;
  if (member.unitId === null) return respond(vi.officer.memberNotBound(member.displayName));
  const unit = await deps.repos.officers.unitById(member.unitId);
  await deps.repos.officers.releaseMemberUnit(member.channel, member.externalId);
  return respond(vi.officer.memberReleased(member.displayName, unit?.name ?? ""));
}
