/**
 * Last year's report of a unit: its latest submitted answers in its most recent earlier campaign of
 * the same report type (template key, whatever the version). Read when a report starts, to offer
 * those answers as drafts, and while figures are asked, to compare them (conversation/previous-report.ts).
 */
import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Database } from "./database.ts";

export interface PreviousAnswers {
  campaignId: number;
  campaignTitle: string;
  answers: Record<string, unknown>;
}

export function createPreviousReportRepository(database: Database) {
  const { campaigns, submissions, submissionVersions, templates } = database.tables;
  const db = () => database.db;
  return {
    /**
     * `beforeCampaignId`: the campaign being answered; only earlier ones (smaller ids) count. A
     * submission counts once it was submitted at least once (a returned one still has what it
     * sent); its template is its own when it has one (a consolidated report), else its campaign's.
     */
    async latestSubmitted(unitId: number, templateKey: string, beforeCampaignId: number): Promise<PreviousAnswers | undefined> {
      const [row] = await db()
        .select({ campaignId: campaigns.id, campaignTitle: campaigns.title, answers: submissionVersions.answers })
        .from(submissions)
        .innerJoin(campaigns, eq(campaigns.id, submissions.campaignId))
        .innerJoin(templates, eq(templates.id, sql`coalesce(${submissions.templateId}, ${campaigns.templateId})`))
        .innerJoin(submissionVersions, and(eq(submissionVersions.submissionId, submissions.id), eq(submissionVersions.version, submissions.version)))
        .where(and(eq(submissions.unitId, unitId), eq(templates.key, templateKey), lt(campaigns.id, beforeCampaignId), gt(submissions.version, 0)))
        .orderBy(desc(campaigns.id))
        .limit(1);
      if (!row || !row.answers || typeof row.answers !== "object") return undefined;
      return { campaignId: row.campaignId, campaignTitle: row.campaignTitle, answers: row.answers as Record<string, unknown> };
    },
  };
}

export type PreviousReportRepository = ReturnType<typeof createPreviousReportRepository>;
