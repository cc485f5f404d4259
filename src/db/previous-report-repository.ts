/**
 * Last year's report of a unit: its latest submitted answers in its most recent earlier campaign of
 * the same report type (template key, whatever the version). Read when a report starts, to offer
 * those answers as drafts, and while figures are asked, to compare them (conversation/previous-report.ts).
 */
import type { Database } from "./database.ts";
import { jsonOf } from "./table-rows.ts";

export interface PreviousAnswers {
  campaignId: number;
  campaignTitle: string;
  answers: Record<string, unknown>;
}

export function createPreviousReportRepository(database: Database) {
  // Read for every figure a clerk types: hand-written, prepared once.
  const latest = database.statement<{ campaignId: number; campaignTitle: string; answers: unknown }>(
    `SELECT c.id AS "campaignId", c.title AS "campaignTitle", v.answers AS "answers"
     FROM submissions s
     JOIN campaigns c ON c.id = s.campaign_id
     JOIN templates t ON t.id = coalesce(s.template_id, c.template_id)
     JOIN submission_versions v ON v.submission_id = s.id AND v.version = s.version
     WHERE s.unit_id = ? AND t.key = ? AND c.id < ? AND s.version > 0
     ORDER BY c.id DESC LIMIT 1`,
  );
  return {
    /**
     * `beforeCampaignId`: the campaign being answered; only earlier ones (smaller ids) count. A
     * submission counts once it was submitted at least once (a returned one still has what it
     * sent); its template is its own when it has one (a consolidated report), else its campaign's.
     */
    async latestSubmitted(unitId: number, templateKey: string, beforeCampaignId: number): Promise<PreviousAnswers | undefined> {
      const row = await latest.get(unitId, templateKey, beforeCampaignId);
      const answers = jsonOf(row?.answers);
      if (!row || !answers || typeof answers !== "object") return undefined;
      return { campaignId: row.campaignId, campaignTitle: row.campaignTitle, answers: answers as Record<string, unknown> };
    },
  };
}

export type PreviousReportRepository = ReturnType<typeof createPreviousReportRepository>;
