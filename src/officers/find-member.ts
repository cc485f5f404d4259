/**
 * The person an officer names in "/canbo them …": by the platform's user id, or by the name the
 * platform shows (ignoring case and diacritics), which is what an officer knows of a colleague.
 */
import type { Repositories } from "../db/repositories.ts";
import type { MemberRow } from "../db/schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** The member; `sameName` when several people have that name (then the id must be used). */
export type FoundMember = { member: MemberRow } | { sameName: MemberRow[] } | undefined;

export async function findMember(repos: Repositories, channel: string, typed: string): Promise<FoundMember> {
  const byId = await repos.officers.member(channel, typed);
  if (byId) return { member: byId };
  const name = foldVietnamese(typed);
  const named = (await repos.directory.membersOf(channel)).filter((member) => foldVietnamese(member.displayName) === name);
  if (named.length === 1) return { member: named[0]! };
  return named.length > 1 ? { sameName: named } : undefined;
}
