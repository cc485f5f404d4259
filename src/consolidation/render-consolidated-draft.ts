/**
 * The consolidated report's draft as a Decree 30 .docx: issued by the campaign's issuing unit,
 * with the computed answers and the officers' own answers so far, dated the day it is made.
 */
import type { CampaignRow } from "../db/schema.ts";
import { buildReportContent } from "../documents/report-content.ts";
import { renderReportDocx } from "../documents/render-report.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { zonedYear } from "../vietnamese/zoned-time.ts";
import type { ConsolidatedReports } from "./consolidated-report.ts";

export async function renderConsolidatedDraft(reports: ConsolidatedReports, campaign: CampaignRow, now: number, timeZone: string): Promise<Buffer> {
  const { template, answers } = reports.currentAnswers(campaign);
  const issuer = reports.issuerOf(campaign);
  const content = buildReportContent(template, answers, {
    unit: { name: issuer?.name ?? campaign.issuerName, parentName: issuer?.parentName ?? null, placeName: issuer?.placeName ?? null },
    campaign: { issuerName: campaign.issuerName, referenceText: campaign.referenceText, year: zonedYear(campaign.deadlineAt, timeZone) },
    issuedOn: localDateTime(new Date(now), timeZone).iso,
  });
  return renderReportDocx(content);
}
