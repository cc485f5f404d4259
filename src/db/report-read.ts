/**
 * A unit's report as an update reads it: its stored conversation, its submission, and the answers
 * that submission holds by field id (null: skipped). Each may be missing: a report not started has
 * none of them. Read by `loadReport` (conversation-repository.ts), or on PostgreSQL with the first
 * read of an update, right after the report's lock (`senderInChat`, directory-repository.ts).
 */
import type { Database } from "./database.ts";
import type { conversations, SubmissionRow } from "./schema.ts";
import { jsonOf, jsonRowReader } from "./table-rows.ts";

export interface ReportRead {
  conversation: typeof conversations.$inferSelect | undefined;
  submission: SubmissionRow | undefined;
  answers: Record<string, unknown>;
  /**
   * The submission's answers as its latest version was submitted (null: none), when the read took
   * them along (`loadReports`); absent, they are read apart where needed.
   */
  submitted?: Record<string, unknown> | null;
}

/** A report's answers object as read (SQLite's text, PostgreSQL's JSON); null when the submission has none, or there is no submission. */
export function reportAnswersOf(value: unknown): Record<string, unknown> {
  return (jsonOf(value) ?? {}) as Record<string, unknown>;
}

/** What `report_after_lock` (migration 0010) gave, as `report.conversation`, `report.submission` and `report.answers`. */
export function readLockedReport(database: Database): (raw: Record<string, unknown>) => ReportRead {
  const { conversations, submissions } = database.tables;
  const [readConversation, readSubmission] = [jsonRowReader(conversations), jsonRowReader(submissions)];
  return (raw) => ({
    conversation: readConversation(raw["report.conversation"]),
    submission: readSubmission(raw["report.submission"]),
    answers: reportAnswersOf(raw["report.answers"]),
  });
}
