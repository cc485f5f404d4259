/**
 * What /xuat reads: every unit a campaign requires with its submission, its conversation state and
 * the answers of its latest submitted version; who gave each current answer.
 */
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { answers, campaignUnits, conversations, submissions, submissionVersions, units } from "./schema.ts";

export function createExportRepository(db: Db) {
  // One query for thousands of units: the latest version is the one the submission's counter names.
  const unitRows = db
    .select({
      code: units.code,
      name: units.name,
      submissionId: submissions.id,
      status: submissions.status,
      templateId: submissions.templateId,
      isLate: submissions.isLate,
      state: conversations.state,
      version: submissionVersions.version,
      answers: submissionVersions.answers,
      submittedBy: submissionVersions.submittedBy,
      submittedAt: submissionVersions.submittedAt,
    })
    .from(campaignUnits)
    .innerJoin(units, eq(units.id, campaignUnits.unitId))
    .leftJoin(submissions, and(eq(submissions.campaignId, campaignUnits.campaignId), eq(submissions.unitId, units.id)))
    .leftJoin(submissionVersions, and(eq(submissionVersions.submissionId, submissions.id), eq(submissionVersions.version, submissions.version)))
    .leftJoin(conversations, eq(conversations.key, sql`'report:' || ${campaignUnits.campaignId} || ':' || ${units.id}`))
    .where(eq(campaignUnits.campaignId, sql.placeholder("campaignId")))
    .orderBy(asc(units.code))
    .prepare();

  const answerAuthors = db
    .select({ submissionId: answers.submissionId, fieldId: answers.fieldId, name: answers.answeredByName, at: answers.answeredAt })
    .from(answers)
    .innerJoin(submissions, eq(submissions.id, answers.submissionId))
    .where(and(eq(submissions.campaignId, sql.placeholder("campaignId")), gt(submissions.version, 0)))
    .prepare();

  return {
    /** The campaign's units by code; the version columns are null until a unit has submitted once. */
    unitRows(campaignId: number) {
      return unitRows.all({ campaignId });
    },

    /** Who gave each current answer of the campaign's submitted reports, and when. */
    answerAuthors(campaignId: number) {
      return answerAuthors.all({ campaignId });
    },
  };
}

export type ExportRepository = ReturnType<typeof createExportRepository>;
