/**
 * A unit's current answers in a campaign, as one JSON object by field id (null when it has none):
 * the conversation reads them with its state (conversation-repository.ts), and queries over many
 * units (/status, reminders, /xuat) count progress k/n from them. They are read from the answers
 * table, where every answer is stored as it is given; a report's conversation state no longer
 * holds them (conversation-state.ts, REPORT_STATE_VERSION).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Database, Dialect } from "./database.ts";

/**
 * The subquery for the submission whose id is `submissionId` (an SQL expression). SQLite gives text,
 * PostgreSQL parsed JSON. PostgreSQL's report_after_lock (migration 0010) repeats it.
 */
export function answersObjectSql(dialect: Dialect, submissionId: string): string {
  return dialect === "postgres"
    ? `(SELECT json_object_agg(a.field_id, a.value) FROM answers a WHERE a.submission_id = ${submissionId})`
    : `(SELECT json_group_object(a.field_id, json(a.value)) FROM answers a WHERE a.submission_id = ${submissionId})`;
}

/** The same for drizzle's builder, over the submissions table of the query. */
export function reportAnswers(database: Database): SQL<string | Record<string, unknown> | null> {
  return sql<string | Record<string, unknown> | null>`${sql.raw(answersObjectSql(database.dialect, `"submissions"."id"`))}`;
}
