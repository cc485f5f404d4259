/**
 * A unit's current answers in a campaign, as one JSON object by field id, for queries over many
 * units (/status, reminders, /xuat): progress k/n is counted from them. They are read from the
 * answers table, where every answer is stored as it is given; the report's conversation state no
 * longer holds them (conversation-state.ts, REPORT_STATE_VERSION).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "./database.ts";

/** SQLite gives the object as text, PostgreSQL as parsed JSON; null when there is no answer. */
export function reportAnswers(database: Database): SQL<string | Record<string, unknown> | null> {
  const { submissions } = database.tables;
  return database.dialect === "postgres"
    ? sql`(SELECT json_object_agg(a.field_id, a.value) FROM answers a WHERE a.submission_id = ${submissions.id})`
    : sql`(SELECT json_group_object(a.field_id, json(a.value)) FROM answers a WHERE a.submission_id = ${submissions.id})`;
}
