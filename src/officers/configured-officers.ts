/**
 * OFFICER_IDS at start-up: each configured id becomes an officer row in the database the first time
 * it is seen, and never again. The database is the truth afterwards, so `/canbo xoa` of a configured
 * officer survives a restart.
 */
import type { Repositories } from "../db/repositories.ts";

/** The settings key that records one configured id as applied (one key per id, never deleted). */
export const appliedKey = (channel: string, externalId: string) => `officer_id_applied:${channel}:${externalId}`;

/**
 * Makes officers of the configured ids not applied before, in one transaction; returns them as
 * "channel:id". An id already applied is left as the database has it, removed or not.
 */
export function applyConfiguredOfficers(repos: Repositories, officerIds: Partial<Record<string, ReadonlySet<string>>>, now: number): Promise<string[]> {
  return repos.transaction(async () => {
    const applied: string[] = [];
    for (const [channel, ids] of Object.entries(officerIds)) {
      for (const id of ids ?? []) {
        if (!(await repos.settings.claimOnce(appliedKey(channel, id), String(now)))) continue;
        await repos.officers.ensureOfficer(channel, id);
        applied.push(`${channel}:${id}`);
      }
    }
    return applied;
  });
}
