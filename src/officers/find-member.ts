/**
 * The person an officer names in /canbo: by the platform's user id, or by the name the platform
 * shows (ignoring case and diacritics), which is what an officer knows of a colleague. Anyone may
 * take any display name, so a name alone never makes an officer: "/canbo them <name>" answers with
 * the ids of the people of that name, and the officer adds one by id. A name removes only among
 * the officers, who are trusted already.
 */
import type { Repositories } from "../db/repositories.ts";
import type { MemberRow } from "../db/schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** `member`: found by id (or, among officers, by a name one of them has); `named`: the people of that name. */
export type FoundMember = { member: MemberRow } | { named: MemberRow[] } | undefined;

export async function findMember(repos: Repositories, channel: string, typed: string, among: "anyone" | "officers"): Promise<FoundMember> {
  const byId = await repos.officers.member(channel, typed);
  if (byId) return { member: byId };
  const name = foldVietnamese(typed);
  const named = (await repos.directory.membersOf(channel)).filter((m) => foldVietnamese(m.displayName) === name && (among === "anyone" || m.role === "officer"));
  if (among === "officers" && named.length === 1) return { member: named[0]! };
  return named.length > 0 ? { named } : undefined;
}
