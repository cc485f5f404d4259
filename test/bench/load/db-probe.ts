/**
 * Reads the bot's database directly, beside the running bot, without its code: better-sqlite3 on
 * the SQLite file (read-only; WAL lets it read while the bot writes), pg on PostgreSQL. What the
 * bench checks and measures after a load: which updates are stored, which answers, the outbox.
 */
import Database from "better-sqlite3";
import pg from "pg";

export interface DbProbe {
  /** update_key of every Telegram update the bot recorded as processed. */
  processedUpdateKeys(): Promise<Set<string>>;
  /** source_message_id of every stored answer. */
  answerMessageIds(): Promise<Set<string>>;
  /** Outbox rows not yet finished (pending or being sent), and those sent. */
  outbox(): Promise<{ unfinished: number; sent: number; failed: number }>;
  /** Unit report documents: made (ready) and waiting to be rendered; and document messages sent. */
  documents(): Promise<{ ready: number; pending: number; documentMessagesSent: number }>;
  /**
   * Only the documents made, for polling during the burst: cheap (an index), where `documents()`
   * scans the whole outbox. This process is also the load's client: a scan of tens of thousands of
   * rows every 200 ms here held autocannon's answers back and showed as the bot's latency.
   */
  readyDocuments(): Promise<number>;
  /** Messages sent (those with the platform's message id), from an index: read at the measured window's edges. */
  sentMessages(): Promise<number>;
  close(): Promise<void>;
}

const OUTBOX = `SELECT
  SUM(CASE WHEN status IN ('pending', 'sending') THEN 1 ELSE 0 END) AS unfinished,
  SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END) AS sent,
  SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed FROM outbox`;
const SENT_MESSAGES = "SELECT COUNT(*) AS sent FROM outbox WHERE sent_message_id IS NOT NULL";
const READY_DOCUMENTS = "SELECT COUNT(*) AS ready FROM documents WHERE kind = 'report' AND status = 'ready'";
const DOCUMENTS = `SELECT
  (SELECT COUNT(*) FROM documents WHERE kind = 'report' AND status = 'ready') AS ready,
  (SELECT COUNT(*) FROM documents WHERE kind = 'report' AND status = 'pending') AS pending,
  (SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND payload LIKE '%"kind":"document"%') AS sent`;

export function openProbe(database: { databasePath: string; databaseUrl?: string }): DbProbe {
  return database.databaseUrl ? postgresProbe(database.databaseUrl) : sqliteProbe(database.databasePath);
}

function sqliteProbe(file: string): DbProbe {
  const db = new Database(file, { readonly: true });
  db.pragma("busy_timeout = 5000");
  const column = (query: string) => new Set(db.prepare(query).pluck().all().map(String));
  return {
    processedUpdateKeys: async () => column("SELECT update_key FROM processed_updates WHERE channel = 'telegram'"),
    answerMessageIds: async () => column("SELECT source_message_id FROM answers WHERE source_message_id IS NOT NULL"),
    async outbox() {
      const row = db.prepare(OUTBOX).get() as Record<string, number | null>;
      return { unfinished: row.unfinished ?? 0, sent: row.sent ?? 0, failed: row.failed ?? 0 };
    },
    async documents() {
      const row = db.prepare(DOCUMENTS).get() as Record<string, number>;
      return { ready: row.ready!, pending: row.pending!, documentMessagesSent: row.sent! };
    },
    readyDocuments: async () => (db.prepare(READY_DOCUMENTS).get() as { ready: number }).ready,
    sentMessages: async () => (db.prepare(SENT_MESSAGES).get() as { sent: number }).sent,
    close: async () => void db.close(),
  };
}

function postgresProbe(url: string): DbProbe {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const column = async (query: string) => new Set((await pool.query(query)).rows.map((r) => String(Object.values(r)[0])));
  const counts = async (query: string) => {
    const row = (await pool.query(query)).rows[0] as Record<string, string | null>;
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v ?? 0)]));
  };
  return {
    processedUpdateKeys: () => column("SELECT update_key FROM processed_updates WHERE channel = 'telegram'"),
    answerMessageIds: () => column("SELECT source_message_id FROM answers WHERE source_message_id IS NOT NULL"),
    async outbox() {
      const row = await counts(OUTBOX);
      return { unfinished: row.unfinished!, sent: row.sent!, failed: row.failed! };
    },
    async documents() {
      const row = await counts(DOCUMENTS);
      return { ready: row.ready!, pending: row.pending!, documentMessagesSent: row.sent! };
    },
    readyDocuments: async () => (await counts(READY_DOCUMENTS)).ready!,
    sentMessages: async () => (await counts(SENT_MESSAGES)).sent!,
    close: () => pool.end(),
  };
}
