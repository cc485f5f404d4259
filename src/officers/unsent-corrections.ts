/**
 * The units whose submitted report has corrections not sent again (reopened with /sua or "sửa câu",
 * no /nop since), for the close's confirmation: an officer closing a campaign took every submitted
 * report for final, and the corrections a unit was still making went unmentioned.
 */
import { correctionsWaiting } from "../conversation/corrections-waiting.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { OfficerDeps } from "./officer-context.ts";

/** The units with corrections waiting, in `units`' order; only submitted reports are read (one query each). */
export async function unitsWithUnsentCorrections<U extends { unitId: number; status: string | null }>(deps: OfficerDeps, campaign: CampaignRow, units: readonly U[]): Promise<U[]> {
  const submitted = units.filter((unit) => unit.status === "submitted");
  if (submitted.length === 0) return [];
  const template = await deps.templateFor(campaign.templateId);
  const found: U[] = [];
  for (const unit of submitted) {
    const waiting = await correctionsWaiting(deps.repos, template, campaign, unit.unitId);
    if (waiting?.kind === "corrections" || waiting?.kind === "asked-again") found.push(unit);
  }
  return found;
}
