/**
 * Submissions and their answers: the current answer per question (who, when) and a frozen copy of
 * the answers for every submitted version, so corrections never overwrite what was sent before.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { answers, submissions, submissionVersions, type SubmissionRow } from "./schema.ts";

export interface Author {
  id: string;
  name: string;
}

export function createSubmissionRepository(db: Db) {
  const byCampaignUnit = db
    .select()
    .from(submissions)
    .where(and(eq(submissions.campaignId, sql.placeholder("campaignId")), eq(submissions.unitId, sql.placeholder("unitId"))))
    .prepare();
  const upsertAnswer = db
    .insert(answers)
    .values({
      submissionId: sql.placeholder("submissionId"),
      fieldId: sql.placeholder("fieldId"),
      value: sql.placeholder("value"),
      answeredBy: sql.placeholder("answeredBy"),
      answeredByName: sql.placeholder("answeredByName"),
      answeredAt: sql.placeholder("answeredAt"),
      sourceMessageId: sql.placeholder("sourceMessageId"),
    })
    .onConflictDoUpdate({
      target: [answers.submissionId, answers.fieldId],
      set: {
        value: sql`excluded.value`,
        answeredBy: sql`excluded.answered_by`,
        answeredByName: sql`excluded.answered_by_name`,
        answeredAt: sql`excluded.answered_at`,
        sourceMessageId: sql`excluded.source_message_id`,
      },
    })
    .prepare();
  const touch = db.update(submissions).set({ updatedAt: sql`${sql.placeholder("now")}` }).where(eq(submissions.id, sql.placeholder("id"))).prepare();

  return {
    find(campaignId: number, unitId: number): SubmissionRow | undefined {
      return byCampaignUnit.get({ campaignId, unitId });
    },

    create(campaignId: number, unitId: number, now: number): SubmissionRow {
      db.insert(submissions).values({ campaignId, unitId, updatedAt: now }).onConflictDoNothing().run();
      const row = this.find(campaignId, unitId);
      if (!row) throw new Error(`submission for campaign ${campaignId}, unit ${unitId} was not created`);
      return row;
    },

    saveAnswer(submissionId: number, fieldId: string, value: unknown, by: Author, now: number, sourceMessageId?: string): void {
      upsertAnswer.run({ submissionId, fieldId, value, sourceMessageId: sourceMessageId ?? null, answeredBy: by.id, answeredByName: by.name, answeredAt: now });
      touch.run({ now, id: submissionId });
    },

    clearAnswers(submissionId: number, now: number): void {
      db.delete(answers).where(eq(answers.submissionId, submissionId)).run();
      db.update(submissions).set({ updatedAt: now, status: "in_progress" }).where(eq(submissions.id, submissionId)).run();
    },

    recordSubmit(submissionId: number, version: number, snapshot: unknown, by: Author, now: number): void {
      db.insert(submissionVersions).values({ submissionId, version, answers: snapshot, submittedBy: by.name, submittedAt: now }).run();
      db.update(submissions)
        .set({ status: "submitted", version, submittedBy: by.name, submittedAt: now, updatedAt: now })
        .where(eq(submissions.id, submissionId))
        .run();
    },

    /** The answer a platform message gave, and whether it is the submission's latest answer. */
    answerFromMessage(submissionId: number, sourceMessageId: string): { fieldId: string; isLatest: boolean } | undefined {
      const row = db
        .select({ fieldId: answers.fieldId })
        .from(answers)
        .where(and(eq(answers.submissionId, submissionId), eq(answers.sourceMessageId, sourceMessageId)))
        .get();
      if (!row) return undefined;
      const latest = db.select({ fieldId: answers.fieldId }).from(answers).where(eq(answers.submissionId, submissionId)).orderBy(desc(answers.answeredAt), desc(sql`rowid`)).limit(1).get();
      return { fieldId: row.fieldId, isLatest: latest?.fieldId === row.fieldId };
    },

    listAnswers(submissionId: number) {
      return db.select().from(answers).where(eq(answers.submissionId, submissionId)).orderBy(asc(answers.answeredAt)).all();
    },

    listVersions(submissionId: number) {
      return db.select().from(submissionVersions).where(eq(submissionVersions.submissionId, submissionId)).orderBy(desc(submissionVersions.version)).all();
    },
  };
}

export type SubmissionRepository = ReturnType<typeof createSubmissionRepository>;
