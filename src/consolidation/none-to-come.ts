/**
 * A campaign whose consolidated report has no unit's figures and never will: closed refusing late
 * reports, no unit's report in, and none returned (a returned unit may still send its report again).
 * /tonghop sua said there that the figures "will be filled in when a unit submits", which none can.
 */
import { refusesLateNow } from "../conversation/closed-campaign.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { OfficerDeps } from "../officers/officer-context.ts";

export async function noneToCome(repos: OfficerDeps["repos"], campaign: CampaignRow): Promise<boolean> {
  if (!refusesLateNow(campaign)) return false;
  const units = await repos.officers.unitStatuses(campaign.id);
  return units.every((unit) => unit.status !== "submitted" && unit.status !== "returned");
}
