/**
 * "/canbo chuyen TÊN": a staff member reports for the unit they first reported for, and only that
 * one (a stranger in a unit's group cannot touch its report). Someone who moved to another school,
 * or was bound by a slip, is freed by an officer: their next report binds them again. Named by id,
 * or by display name when one person has it (a name cannot raise anyone's rights here).
 */
import { vi } from "../sentences/vi.ts";
import { findMember } from "./find-member.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

export async function releaseMember(deps: OfficerDeps, request: OfficerRequest, who: string): Promise<Delivery[]> {
  const respond = (text: string) => reply(request, say(text));
  const found = await findMember(deps.repos, request.message.channel, who, "anyone");
  if (!found) return respond(vi.officer.officerUnknown(who));
  if ("named" in found && found.named.length > 1) {
    return respond(vi.officer.releaseByIdPlease(found.named.map((m) => vi.officer.memberWithId(m.displayName, m.externalId)).join("; "), found.named[0]!.externalId));
  }
  const member = "member" in found ? found.member : found.named[0]!;
  if (member.unitId === null) return respond(vi.officer.memberNotBound(member.displayName));
  const unit = await deps.repos.officers.unitById(member.unitId);
  await deps.repos.officers.releaseMemberUnit(member.channel, member.externalId);
  return respond(vi.officer.memberReleased(member.displayName, unit?.name ?? ""));
}
