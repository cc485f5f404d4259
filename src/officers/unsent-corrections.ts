/**
 * The units whose submitted report has corrections not sent again (an answer changed with /sua or
 * "sửa câu", no /nop since), for the close's confirmation in the chat and on the web board: an
 * officer closing a campaign took every submitted report for final, and the corrections a unit was
 * still making went unmentioned. A question only reopened ("/sua 9"), its answer unchanged, is no
 * correction: the report sent is still the report.
 */
import { correctionUnsent, correctionsWaiting } from "../conversation/corrections-waiting.ts";
import { reportKey } from "../conversation/conversation-state.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import type { OfficerDeps } from "./officer-context.ts";

type UnitRow = { unitId: number; name: string; status: string | null };

/**
 * The units with a changed answer not sent again, in `units`' order; the submitted reports are read
 * in one query. `reopened`: a question reopened and not answered yet counts too (the chat is in the
 * middle of a correction: the close must tell it, though the officer is not told of a change).
 */
export async function unitsWithUnsentCorrections<U extends UnitRow>(deps: OfficerDeps, campaign: CampaignRow, units: readonly U[], reopened = false): Promise<U[]> {
  const submitted = units.filter((unit) => unit.status === "submitted");
  if (submitted.length === 0) return [];
  const template = await deps.templateFor(campaign.templateId);
  const reports = await deps.repos.conversations.loadReports(submitted.map((unit) => ({ campaignId: campaign.id, unitId: unit.unitId })));
  const found: U[] = [];
  for (const unit of submitted) {
    const waiting = await correctionsWaiting(deps.repos, template, campaign, unit.unitId, reports.get(reportKey(campaign.id, unit.unitId)));
    if (correctionUnsent(waiting) || (reopened && waiting?.kind === "asked-again")) found.push(unit);
  }
  return found;
}

/** The close confirmation's sentence about those units and what closing does to their corrections ("" when none). */
export async function unsentCorrectionsNote(deps: OfficerDeps, campaign: CampaignRow, units: readonly UnitRow[]): Promise<string> {
  const corrected = (await unitsWithUnsentCorrections(deps, campaign, units)).map((unit) => unit.name);
  return corrected.length > 0 ? vi.officer.unsentCorrections(corrected, campaign.latePolicy === "refuse") : "";
}
