/**
 * What /xuat reads: every unit a campaign requires with its submission, its conversation state and
 * the answers of its latest submitted version; who gave each current answer.
 */
import { and, asc, eq, gt } from "drizzle-orm";
import type { Database } from "./database.ts";
import { reportAnswers } from "./report-answers.ts";

export function createExportRepository(database: Database) {
  const { answers, campaignUnits, submissions, submissionVersions, units } = database.tables;
  const db = () => database.db;
  return {
    /**
     * The campaign's units by code, in one query for thousands of units; the version columns are
     * null until a unit has submitted once (the latest version is the one the submission names).
     */
    async unitRows(campaignId: number) {
      return db()
        .select({
          code: units.code,
          name: units.name,
          submissionId: submissions.id,
          status: submissions.status,
          templateId: submissions.templateId,
          isLate: submissions.isLate,
          currentAnswers: reportAnswers(database),
          version: submissionVersions.version,
          answers: submissionVersions.answers,
          submittedBy: submissionVersions.submittedBy,
          submittedAt: submissionVersions.submittedAt,
        })
        .from(campaignUnits)
        .innerJoin(units, eq(units.id, campaignUnits.unitId))
        .leftJoin(submissions, and(eq(submissions.campaignId, campaignUnits.campaignId), eq(submissions.unitId, units.id)))
        .leftJoin(submissionVersions, and(eq(submissionVersions.submissionId, submissions.id), eq(submissionVersions.version, submissions.version)))
        .where(eq(campaignUnits.campaignId, campaignId))
        .orderBy(asc(units.code));
    },

    /** Who gave each current answer of the campaign's submitted reports, and when. */
    async answerAuthors(campaignId: number) {
      return db()
        .select({ submissionId: answers.submissionId, fieldId: answers.fieldId, name: answers.answeredByName, at: answers.answeredAt })
        .from(answers)
        .innerJoin(submissions, eq(submissions.id, answers.submissionId))
        .where(and(eq(submissions.campaignId, campaignId), gt(submissions.version, 0)));
    },
  };
}

export type ExportRepository = ReturnType<typeof createExportRepository>;
