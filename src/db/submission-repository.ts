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
    })
    .onConflictDoUpdate({
      target: [answers.submissionId, answers.fieldId],
      set: {
        value: sql`excluded.value`,
        answeredBy: sql`excluded.answered_by`,
        answeredByName: sql`excluded.answered_by_name`,
        answeredAt: sql`excluded.answered_at`,
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

    saveAnswer(submissionId: number, fieldId: string, value: unknown, by: Author, now: number): void {
      upsertAnswer.run({ submissionId, fieldId, value, answeredBy: by.id, answeredByName: by.name, answeredAt: now });
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

    listAnswers(submissionId: number) {
      return db.select().from(answers).where(eq(answers.submissionId, submissionId)).orderBy(asc(answers.answeredAt)).all();
    },

    listVersions(submissionId: number) {
      return db.select().from(submissionVersions).where(eq(submissionVersions.submissionId, submissionId)).orderBy(desc(submissionVersions.version)).all();
    },
  };
}

export type SubmissionRepository = ReturnType<typeof createSubmissionRepository>;
