/**
 * What /xuat and the consolidated report read: every unit a campaign requires with its submission,
 * its current answers and the answers of its latest submitted version; who gave each current answer.
 */
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import { reportAnswers } from "./report-answers.ts";

export function createExportRepository(database: Database) {
  const { answers, campaignUnits, submissions, submissionVersions, units } = database.tables;
  const db = () => database.db;
  return {
    /**
     * The campaign's units among `unitIds`, by code (a page: thousands of units are read a few dozen
     * at a time, unit-pages.ts, so no read holds the event loop long). The version columns
     * are null until a unit has submitted once (the latest version is the one the submission names).
     * The current answers are read only where they count the progress shown: not for a report
     * standing as submitted, whose submitted version is what is exported.
     */
    async unitRows(campaignId: number, unitIds: number[]) {
      const notSubmitted = ne(submissions.status, "submitted");
      return db()
        .select({
          code: units.code,
          name: units.name,
          submissionId: submissions.id,
          status: submissions.status,
          templateId: submissions.templateId,
          isLate: submissions.isLate,
          currentAnswers: sql<string | Record<string, unknown> | null>`CASE WHEN ${notSubmitted} THEN ${reportAnswers(database)} END`,
          version: submissionVersions.version,
          answers: submissionVersions.answers,
          submittedBy: submissionVersions.submittedBy,
          submittedAt: submissionVersions.submittedAt,
        })
        .from(campaignUnits)
        .innerJoin(units, eq(units.id, campaignUnits.unitId))
        .leftJoin(submissions, and(eq(submissions.campaignId, campaignUnits.campaignId), eq(submissions.unitId, units.id)))
        .leftJoin(submissionVersions, and(eq(submissionVersions.submissionId, submissions.id), eq(submissionVersions.version, submissions.version)))
        .where(and(eq(campaignUnits.campaignId, campaignId), inArray(units.id, unitIds)))
        .orderBy(asc(units.code));
    },

    /** The ids of the campaign's units by code: the export's pages. */
    async unitIdsByCode(campaignId: number): Promise<number[]> {
      const rows = await db()
        .select({ id: units.id })
        .from(campaignUnits)
        .innerJoin(units, eq(units.id, campaignUnits.unitId))
        .where(eq(campaignUnits.campaignId, campaignId))
        .orderBy(asc(units.code));
      return rows.map((row) => row.id);
    },

    /** Who gave each current answer of these submissions, and when. */
    async answerAuthors(submissionIds: number[]) {
      if (submissionIds.length === 0) return [];
      return db()
        .select({ submissionId: answers.submissionId, fieldId: answers.fieldId, name: answers.answeredByName, at: answers.answeredAt })
        .from(answers)
        .where(inArray(answers.submissionId, submissionIds));
    },
  };
}

export type ExportRepository = ReturnType<typeof createExportRepository>;
