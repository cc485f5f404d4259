/**
 * What the bot keeps only for a while: the ids of the updates it handled (a platform redelivers
 * within hours: Telegram for a day, Zalo OA for 12 hours) and the outbox rows already sent or
 * given up (their text, a sign-in link's URL among them). Without this both tables grew with every
 * message for ever, a stranger's included. Each call deletes a bounded batch of the oldest rows, so
 * the officers' scheduler (every minute) never holds the database long; a backlog goes in batches.
 */
import type { Database } from "./database.ts";

/** Rows looked at, from the oldest, per call. */
export const RETENTION_BATCH = 500;

export function createRetentionRepository(database: Database) {
  const postgres = database.dialect === "postgres";
  // Handled updates in the order they came. SQLite: the rowid's order, a window of the oldest rows
  // (never a scan of the table when none is old). PostgreSQL: processed_at's BRIN index (0011).
  const oldUpdates = database.statement(
    postgres
      ? `DELETE FROM processed_updates WHERE ctid = ANY(ARRAY(SELECT ctid FROM processed_updates WHERE processed_at < ? LIMIT ${RETENTION_BATCH}))`
      : `DELETE FROM processed_updates WHERE rowid IN (SELECT rowid FROM (SELECT rowid, processed_at FROM processed_updates ORDER BY rowid LIMIT ${RETENTION_BATCH}) WHERE processed_at < ?)`,
  );
  // Outbox rows by id, the order they were queued: a window of the oldest finished ones (the scan
  // passes over rows still waiting, which are few, and which never hold the window back), of which
  // those finished long enough ago go. A row queued long ago but finished lately (sent after a long
  // wait) does hold the window back until it is old too: rare, and the table is no worse meanwhile
  // than without the retention; the window stays an index range, not a scan by finish time.
  const oldOutbox = database.statement(
    `DELETE FROM outbox WHERE id IN (SELECT w.id FROM (SELECT id, status, sent_at, next_attempt_at FROM outbox WHERE status IN ('sent', 'failed') ORDER BY id LIMIT ${RETENTION_BATCH}) w
       WHERE (w.status = 'sent' AND w.sent_at < ?) OR (w.status = 'failed' AND w.next_attempt_at < ?))`,
  );
  return {
    /** Forgets handled updates older than `before`; how many went. */
    async forgetUpdatesBefore(before: number): Promise<number> {
      return oldUpdates.run(before);
    },
    /** Deletes outbox rows sent (or given up) before `before`; how many went. */
    async deleteSentBefore(before: number): Promise<number> {
      return oldOutbox.run(before, before);
    },
  };
}
