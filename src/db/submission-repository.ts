/**
 * Submissions and their answers: the current answer per question (who, when) and a frozen copy of
 * the answers for every submitted version, so corrections never overwrite what was sent before.
 */
import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import { reportInProgress } from "./report-in-progress.ts";
import { columnsOf, rowReader } from "./table-rows.ts";
import type { SubmissionRow } from "./schema.ts";

export interface Author {
  id: string;
  name: string;
}

/** Parameters: the answer's row (`answerRow`). */
export const UPSERT_ANSWER = `INSERT INTO answers (submission_id, field_id, value, answered_by, answered_by_name, answered_at, source_message_id) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (submission_id, field_id) DO UPDATE SET value = excluded.value, answered_by = excluded.answered_by,
  answered_by_name = excluded.answered_by_name, answered_at = excluded.answered_at, source_message_id = excluded.source_message_id`;
/** Parameters: now, the submission's id. */
export const TOUCH_SUBMISSION = "UPDATE submissions SET updated_at = ? WHERE id = ?";

/** One answer as `UPSERT_ANSWER` takes it. */
export interface AnswerWrite {
  submissionId: number;
  fieldId: string;
  value: unknown;
  by: Author;
  now: number;
  sourceMessageId?: string;
}

/** `UPSERT_ANSWER`'s parameters. The value as JSON text: SQLite stores it as is, PostgreSQL reads it into the jsonb column. */
export const answerRow = ({ submissionId, fieldId, value, by, now, sourceMessageId }: AnswerWrite) =>
  [submissionId, fieldId, value === undefined || value === null ? null : JSON.stringify(value), by.id, by.name, now, sourceMessageId ?? null] as const;

export function createSubmissionRepository(database: Database) {
  const { answers, submissions, submissionVersions } = database.tables;
  const db = () => database.db;
  // Answers given in the same millisecond: the later write wins (SQLite's rowid; PostgreSQL's
  // transaction id, as each answer is its own transaction).
  const writeOrder = database.dialect === "sqlite" ? sql`rowid` : sql`xmin::text::bigint`;
  // Every answer: prepared once.
  const submissionOf = database.statement(`SELECT ${columnsOf(submissions, "s")} FROM submissions s WHERE s.campaign_id = ? AND s.unit_id = ?`);
  const readSubmission = rowReader(submissions);
  const upsertAnswer = database.statement(UPSERT_ANSWER);
  const touchSubmission = database.statement(TOUCH_SUBMISSION);
  // Each submission: prepared once too (drizzle's builder costs more than these statements).
  const insertVersion = database.statement("INSERT INTO submission_versions (submission_id, version, answers, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?)");
  const markSubmitted = database.statement("UPDATE submissions SET status = 'submitted', version = ?, submitted_by = ?, submitted_at = ?, updated_at = ? WHERE id = ?");
  // PostgreSQL does both in one statement, so one round trip: each costs the bot more CPU than the
  // statement itself. (SQLite has no writes inside WITH, and nothing to save by them.)
  const touchAndUpsertAnswer =
    database.dialect === "postgres"
      ? database.statement(`WITH touched AS (${TOUCH_SUBMISSION} RETURNING id) ${UPSERT_ANSWER}`)
      : undefined;

  return {
    async find(campaignId: number, unitId: number): Promise<SubmissionRow | undefined> {
      const raw = await submissionOf.get(campaignId, unitId);
      return raw && readSubmission(raw);
    },

    async create(campaignId: number, unitId: number, now: number): Promise<SubmissionRow> {
      await db().insert(submissions).values({ campaignId, unitId, updatedAt: now }).onConflictDoNothing();
      const row = await this.find(campaignId, unitId);
      if (!row) throw new Error(`submission for campaign ${campaignId}, unit ${unitId} was not created`);
      return row;
    },

    async saveAnswer(submissionId: number, fieldId: string, value: unknown, by: Author, now: number, sourceMessageId?: string): Promise<void> {
      const answer = answerRow({ submissionId, fieldId, value, by, now, sourceMessageId });
      if (touchAndUpsertAnswer) return void (await touchAndUpsertAnswer.run(now, submissionId, ...answer));
      await upsertAnswer.run(...answer);
      await touchSubmission.run(now, submissionId);
    },

    async removeAnswer(submissionId: number, fieldId: string, now: number): Promise<void> {
      await db().delete(answers).where(and(eq(answers.submissionId, submissionId), eq(answers.fieldId, fieldId)));
      await touchSubmission.run(now, submissionId);
    },

    /** The submission's answers become exactly these (a consolidated report's level-up). */
    async replaceAnswers(submissionId: number, values: Record<string, unknown>, by: Author, now: number): Promise<void> {
      await db().delete(answers).where(eq(answers.submissionId, submissionId));
      for (const [fieldId, value] of Object.entries(values)) await this.saveAnswer(submissionId, fieldId, value, by, now);
    },

    async clearAnswers(submissionId: number, now: number): Promise<void> {
      await db().delete(answers).where(eq(answers.submissionId, submissionId));
      await db().update(submissions).set({ updatedAt: now, status: "in_progress" }).where(eq(submissions.id, submissionId));
    },

    async recordSubmit(submissionId: number, version: number, snapshot: unknown, by: Author, now: number): Promise<void> {
      // JSON text, as saveAnswer writes it.
      await insertVersion.run(submissionId, version, JSON.stringify(snapshot), by.name, now);
      await markSubmitted.run(version, by.name, now, now, submissionId);
    },

    /** The answer a platform message gave, and whether it is the submission's latest answer. */
    async answerFromMessage(submissionId: number, sourceMessageId: string): Promise<{ fieldId: string; isLatest: boolean } | undefined> {
      const [row] = await db()
        .select({ fieldId: answers.fieldId })
        .from(answers)
        .where(and(eq(answers.submissionId, submissionId), eq(answers.sourceMessageId, sourceMessageId)))
        .limit(1);
      if (!row) return undefined;
      const [latest] = await db()
        .select({ fieldId: answers.fieldId })
        .from(answers)
        .where(eq(answers.submissionId, submissionId))
        .orderBy(desc(answers.answeredAt), desc(writeOrder))
        .limit(1);
      return { fieldId: row.fieldId, isLatest: latest?.fieldId === row.fieldId };
    },

    /**
     * How many units of a campaign have a report in progress (report-in-progress.ts) in another open
     * campaign: their chats finish that one first (directory-repository.ts).
     */
    async unitsBusyElsewhere(campaignId: number): Promise<number> {
      const [row] = await database.rows<{ n: number | string }>(
        sql`SELECT count(DISTINCT s.unit_id) AS n FROM campaign_units cu
            JOIN submissions s ON s.unit_id = cu.unit_id AND s.campaign_id <> cu.campaign_id AND ${sql.raw(reportInProgress("s"))}
            JOIN campaigns c ON c.id = s.campaign_id AND c.status = 'open'
            WHERE cu.campaign_id = ${campaignId}`,
      );
      return Number(row?.n ?? 0);
    },

    /** The units with a report in progress in this campaign (answered in part, or returned). */
    async unitsWithReportInProgress(campaignId: number): Promise<number[]> {
      const rows = await database.rows<{ unit_id: number }>(sql`SELECT s.unit_id FROM submissions s WHERE s.campaign_id = ${campaignId} AND ${sql.raw(reportInProgress("s"))}`);
      return rows.map((row) => Number(row.unit_id));
    },

    /** The campaign's units that have not started its report (none, or one opened and left without an answer). */
    async unitsNotStarted(campaignId: number): Promise<number[]> {
      const rows = await database.rows<{ unit_id: number }>(
        sql`SELECT cu.unit_id FROM campaign_units cu LEFT JOIN submissions s ON s.campaign_id = cu.campaign_id AND s.unit_id = cu.unit_id
            WHERE cu.campaign_id = ${campaignId} AND (s.id IS NULL OR (s.status = 'in_progress' AND NOT ${sql.raw(reportInProgress("s"))}))`,
      );
      return rows.map((row) => Number(row.unit_id));
    },

    async listAnswers(submissionId: number) {
      return db().select().from(answers).where(eq(answers.submissionId, submissionId)).orderBy(asc(answers.answeredAt));
    },

    /** How many versions of the submission were submitted at or after `since` (ms). */
    async versionsSince(submissionId: number, since: number): Promise<number> {
      const [row] = await db()
        .select({ n: sql<number>`count(*)` })
        .from(submissionVersions)
        .where(and(eq(submissionVersions.submissionId, submissionId), gte(submissionVersions.submittedAt, since)));
      return Number(row?.n ?? 0);
    },

    /** The answers a version was submitted with. */
    async versionAnswers(submissionId: number, version: number): Promise<Record<string, unknown> | undefined> {
      const [row] = await db()
        .select({ answers: submissionVersions.answers })
        .from(submissionVersions)
        .where(and(eq(submissionVersions.submissionId, submissionId), eq(submissionVersions.version, version)))
        .limit(1);
      return row?.answers as Record<string, unknown> | undefined;
    },

    async listVersions(submissionId: number) {
      return db().select().from(submissionVersions).where(eq(submissionVersions.submissionId, submissionId)).orderBy(desc(submissionVersions.version));
    },
  };
}

export type SubmissionRepository = ReturnType<typeof createSubmissionRepository>;
