/**
 * The consolidated report's draft as Decree 30 content (the render worker packs the .docx): issued
 * by the campaign's issuing unit, with the computed answers and the officers' own answers so far,
 * dated the day it is made.
 */
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import { campaignPeriod, campaignYear } from "../documents/campaign-period.ts";
import { buildReportContent, type ReportContent, type ReportContext } from "../documents/report-content.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { vi } from "../sentences/vi.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import type { ConsolidatedReports } from "./consolidated-report.ts";
import { refusesLateNow } from "../conversation/closed-campaign.ts";

/** `notIncluded`: the campaign's units whose report is not in it (not submitted, or returned), with their status. */
export async function consolidatedDraftContent(
  reports: ConsolidatedReports,
  campaign: CampaignRow,
  notIncluded: { name: string; status: string | null }[],
  now: number,
  timeZone: string,
): Promise<ReportContent> {
  const { template, answers, included, shareBases } = await reports.currentAnswers(campaign);
  const context = { ...wardReportContext(campaign, await reports.issuerOf(campaign), now, timeZone), shareBases };
  const content = buildReportContent(template, withPartsToWrite(template, answers, campaign.id), context);
  // With no unit's report yet the draft is only its frame: it says so, not a blank page. With some,
  // the figures are those units' only: it says whose are missing, or they read as the whole ward's.
  // With every unit in, it still says it is a draft: otherwise it read as the signed report.
  // Closed refusing late reports, a unit not in (and not returned) never will be: "chưa có số liệu
  // của …" spoke of figures still to come.
  const sealed = refusesLateNow(campaign);
  const never = notIncluded.filter((u) => sealed && u.status !== "returned").map((u) => u.name);
  const toCome = notIncluded.filter((u) => !sealed || u.status === "returned").map((u) => u.name);
  const note =
    included === 0 ? vi.consolidation.noUnitYet : notIncluded.length > 0 ? vi.consolidation.someUnitsMissing(included, included + notIncluded.length, toCome, never) : vi.consolidation.allUnitsIn(included);
  return { ...content, body: [{ kind: "paragraph", text: note }, ...content.body] };
}

/**
 * The ward's report as its documents print it: issued by the campaign's issuing unit, in the
 * campaign it issued, dated `now`. The submitted document's context is the same (document-service.ts).
 */
export function wardReportContext(campaign: CampaignRow, issuer: UnitRow | undefined, now: number, timeZone: string): ReportContext {
  return {
    unit: { name: issuer?.name ?? campaign.issuerName, parentName: issuer?.parentName ?? null, placeName: issuer?.placeName ?? null },
    campaign: {
      issuerName: campaign.issuerName,
      referenceText: campaign.referenceText,
      year: campaignYear(campaign, timeZone),
      period: campaignPeriod(campaign, timeZone),
    },
    issuedOn: localDateTime(new Date(now), timeZone).iso,
    ownCampaign: true,
  };
}

/**
 * The officers' own part not written yet, marked where it goes: without it the draft had no
 * "ĐÁNH GIÁ CHUNG" nor "ĐỀ XUẤT" section and no signature, and read as a skeleton. Only text
 * questions of the body that nothing computes and no condition hides, and the signer's lines.
 */
function withPartsToWrite(template: Template, answers: Answers, campaignId: number): Answers {
  const toWrite = vi.consolidation.toWrite(campaignId);
  const marked: Answers = { ...answers };
  for (const { field } of listFields(template)) {
    if (marked[field.id] !== undefined || field.from || field.showIf) continue;
    if (field.id === template.closing.signerPosition) marked[field.id] = vi.consolidation.signerToWrite.position;
    else if (field.id === template.closing.signerName) marked[field.id] = vi.consolidation.signerToWrite.name;
    else if (template.closing.fields.includes(field)) continue;
    else if (field.type === "bullet-list") marked[field.id] = [toWrite];
    else if (field.type === "paragraph") marked[field.id] = toWrite;
  }
  return marked;
}
