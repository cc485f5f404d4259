/**
 * Engine state per conversation key, with the update-claim table that makes every inbound update
 * count once. Both are written inside the caller's transaction, on every update: hand-written
 * statements, prepared once.
 */
import { sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import { answersObjectSql } from "./report-answers.ts";
import { reportKey, reportKeySql } from "./report-key.ts";
import { type ReportRead, reportAnswersOf } from "./report-read.ts";
import { answerRow, type AnswerWrite, TOUCH_SUBMISSION, UPSERT_ANSWER } from "./submission-repository.ts";
import { columnsOf, jsonOf, rowReader } from "./table-rows.ts";

export function createConversationRepository(database: Database) {
  const { conversations, submissions } = database.tables;
  const insertClaim = "INSERT INTO processed_updates (channel, update_key, processed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
  const claim = database.statement(insertClaim);
  // PostgreSQL: the lock taken by the same statement, only when the update is new (one round trip).
  const claimAndLock = database.lockSql && database.statement(`WITH claimed AS (${insertClaim} RETURNING 1) SELECT ${database.lockSql("?")} FROM claimed`);
  const processed = database.statement("SELECT 1 AS one FROM processed_updates WHERE channel = ? AND update_key = ?");
  const select = database.statement(`SELECT ${columnsOf(conversations, "c")} FROM conversations c WHERE c.key = ?`);
  const readConversation = rowReader(conversations);
  const insert = database.statement("INSERT INTO conversations (key, state, state_version, revision, updated_at) VALUES (?, ?, ?, 1, ?) ON CONFLICT DO NOTHING");
  const updateState = "UPDATE conversations SET state = ?, state_version = ?, revision = revision + 1, updated_at = ? WHERE key = ? AND revision = ?";
  const update = database.statement(updateState);
  // An answer and the state that moved on from it: on PostgreSQL one statement, so one round trip
  // instead of two (SQLite has no writes inside WITH, and no round trips to save).
  const [upsertAnswer, touchSubmission] = [database.statement(UPSERT_ANSWER), database.statement(TOUCH_SUBMISSION)];
  const answerAndState =
    database.dialect === "postgres"
      ? database.statement(`WITH touched AS (${TOUCH_SUBMISSION} RETURNING id), answered AS (${UPSERT_ANSWER} RETURNING 1) ${updateState}`)
      : undefined;
  // A report's state, its submission and that submission's answers as one JSON object: one read
  // (on PostgreSQL one round trip) for what every message in a unit's chat needs. PostgreSQL's
  // report_after_lock (migration 0010) repeats it: a change here needs a migration there.
  const selectReport = database.statement(
    `SELECT ${columnsOf(conversations, "c")}, ${columnsOf(submissions, "s", "submission.")}, ${answersObjectSql(database.dialect, "s.id")} AS "answers"
     FROM (SELECT 1 AS one) here
     LEFT JOIN conversations c ON c.key = ?
     LEFT JOIN submissions s ON s.campaign_id = ? AND s.unit_id = ?`,
  );
  const readSubmission = rowReader(submissions, "submission.");
  return {
    /**
     * Records an inbound update id; false when it was already handled (a platform redelivery). On
     * PostgreSQL a second instance holding the same update waits here until the first commits.
     * With `lockKey`, a new update's transaction then holds that lock (see `Database.lock`).
     */
    async claimUpdate(channel: string, updateKey: string, now: number, lockKey?: string): Promise<boolean> {
      if (lockKey !== undefined && claimAndLock) {
        const claimed = (await claimAndLock.all(channel, updateKey, now, lockKey)).length === 1;
        if (claimed) database.tookLock(lockKey);
        return claimed;
      }
      const claimed = (await claim.run(channel, updateKey, now)) === 1;
      if (claimed && lockKey !== undefined) await database.lock(lockKey);
      return claimed;
    },

    /** Whether an update was handled already (read before fetching a file it carries). */
    async isProcessed(channel: string, updateKey: string): Promise<boolean> {
      return (await processed.get(channel, updateKey)) !== undefined;
    },

    async load(key: string) {
      const raw = await select.get(key);
      return raw && readConversation(raw);
    },

    /** A unit's report (report-read.ts), read now. */
    async loadReport(key: string, campaignId: number, unitId: number): Promise<ReportRead> {
      const raw = (await selectReport.get(key, campaignId, unitId))!;
      return { conversation: readConversation(raw), submission: readSubmission(raw), answers: reportAnswersOf(raw.answers) };
    },

    /**
     * Several units' reports (each as `loadReport` reads it, with the answers of the version last
     * submitted) in one query, whatever their number: a campaign opening reads every report a
     * unit's chat may stay on. Keyed by `reportKey`.
     */
    async loadReports(reports: { campaignId: number; unitId: number }[]): Promise<Map<string, ReportRead>> {
      if (reports.length === 0) return new Map();
      // The pairs as a VALUES list (column1, column2 on both databases), typed for PostgreSQL,
      // which would read untyped parameters there as text.
      const wanted = sql.join(
        reports.map(({ campaignId, unitId }) => sql`(CAST(${campaignId} AS integer), CAST(${unitId} AS integer))`),
        sql`, `,
      );
      const rows = await database.rows<Record<string, unknown>>(
        sql`SELECT w.column1 AS "for.campaign", w.column2 AS "for.unit", ${sql.raw(columnsOf(conversations, "c"))}, ${sql.raw(columnsOf(submissions, "s", "submission."))}, ${sql.raw(answersObjectSql(database.dialect, "s.id"))} AS "answers",
              (SELECT v.answers FROM submission_versions v WHERE v.submission_id = s.id AND v.version = s.version) AS "submitted"
            FROM (VALUES ${wanted}) w
            LEFT JOIN conversations c ON c.key = ${sql.raw(reportKeySql("w.column1", "w.column2"))}
            LEFT JOIN submissions s ON s.campaign_id = w.column1 AND s.unit_id = w.column2`,
      );
      return new Map(
        rows.map((raw) => [
          reportKey(Number(raw["for.campaign"]), Number(raw["for.unit"])),
          { conversation: readConversation(raw), submission: readSubmission(raw), answers: reportAnswersOf(raw.answers), submitted: (jsonOf(raw.submitted) ?? null) as Record<string, unknown> | null },
        ]),
      );
    },

    /**
     * Writes the new state only if nobody else wrote since `revision` was read; false on a conflict
     * (the caller's transaction holds the report's lock, so this is a last guard).
     */
    async save(key: string, state: string, stateVersion: number, revision: number | undefined, now: number): Promise<boolean> {
      if (revision === undefined) return (await insert.run(key, state, stateVersion, now)) === 1;
      return (await update.run(state, stateVersion, now, key, revision)) === 1;
    },

    /**
     * `answer` (its submission touched, as `submissions.saveAnswer` does), then the state as `save`
     * writes it over `revision`. False on a conflict: the answer is written all the same, and the
     * caller's transaction must not commit.
     */
    async saveAnswerAndState(answer: AnswerWrite, key: string, state: string, stateVersion: number, revision: number): Promise<boolean> {
      const { now, submissionId } = answer;
      if (answerAndState) return (await answerAndState.run(now, submissionId, ...answerRow(answer), state, stateVersion, now, key, revision)) === 1;
      await upsertAnswer.run(...answerRow(answer));
      await touchSubmission.run(now, submissionId);
      return (await update.run(state, stateVersion, now, key, revision)) === 1;
    },
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
