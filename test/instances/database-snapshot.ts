/**
 * What a run left in its PostgreSQL database, read with `pg` directly (not through the app): the
 * stored answers and submitted versions per unit, the conversations, the processed update ids,
 * the outbox and the reminder steps. Times are left out where two runs cannot agree on them.
 */
import pg from "pg";

export interface Snapshot {
  answers: { code: string; fieldId: string; value: unknown; answeredBy: string; sourceMessageId: string | null }[];
  versions: { code: string; version: number; answers: unknown; submittedBy: string; submittedAt: number }[];
  submissions: { code: string; status: string; version: number; isLate: boolean }[];
  conversations: { key: string; state: unknown }[];
  processedUpdates: { channel: string; updateKey: string }[];
  outbox: { id: number; chat: string; text: string | undefined; kind: string; status: string; attempts: number; createdAt: number }[];
  reminderSteps: { stepKey: string; sentAt: number; unitCount: number }[];
}

export async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Rows still to send (pending, or being sent under a lease). */
export async function unfinishedOutbox(client: pg.Client): Promise<number> {
  const { rows } = await client.query("SELECT count(*)::int AS n FROM outbox WHERE status IN ('pending', 'sending')");
  return rows[0].n as number;
}

/** The rows still to send, for a failure message: why they wait (due in, lease left, last error). */
export async function unfinishedRows(client: pg.Client, now: number) {
  const { rows } = await client.query(
    `SELECT id, chat_external_id AS chat, status, attempts, next_attempt_at - $1::bigint AS "dueInMs", lease_until - $1::bigint AS "leaseLeftMs", last_error AS "lastError"
     FROM outbox WHERE status IN ('pending', 'sending') ORDER BY id LIMIT 30`,
    [now],
  );
  return rows;
}

export async function reminderClaimed(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query("SELECT count(*)::int AS n FROM reminder_steps");
  return rows[0].n > 0;
}

export async function snapshot(databaseUrl: string): Promise<Snapshot> {
  return withClient(databaseUrl, async (client) => {
    const query = async <R>(text: string) => (await client.query(text)).rows as R[];
    const ofUnit = "JOIN submissions s ON s.id = x.submission_id JOIN units u ON u.id = s.unit_id";
    return {
      answers: await query(`SELECT u.code, x.field_id AS "fieldId", x.value, x.answered_by AS "answeredBy", x.source_message_id AS "sourceMessageId"
        FROM answers x ${ofUnit} ORDER BY u.code, x.field_id`),
      versions: await query(`SELECT u.code, x.version, x.answers, x.submitted_by AS "submittedBy", x.submitted_at::float8 AS "submittedAt"
        FROM submission_versions x ${ofUnit} ORDER BY u.code, x.version`),
      submissions: await query(`SELECT u.code, s.status, s.version, s.is_late AS "isLate" FROM submissions s JOIN units u ON u.id = s.unit_id ORDER BY u.code`),
      conversations: (await query<{ key: string; state: string }>("SELECT key, state FROM conversations ORDER BY key")).map((r) => {
        // The moment of the last submit differs between runs; the rest of the state must not.
        const { submittedAt: _at, ...state } = JSON.parse(r.state) as Record<string, unknown>;
        return { key: r.key, state };
      }),
      processedUpdates: await query(`SELECT channel, update_key AS "updateKey" FROM processed_updates ORDER BY update_key`),
      outbox: (
        await query<{ id: number; chat: string; payload: string; status: string; attempts: number; createdAt: number }>(
          `SELECT id, chat_external_id AS chat, payload, status, attempts, created_at::float8 AS "createdAt" FROM outbox ORDER BY id`,
        )
      ).map(({ payload, ...row }) => {
        const message = JSON.parse(payload) as { kind: string; text?: string };
        return { ...row, kind: message.kind, text: message.text };
      }),
      reminderSteps: await query(`SELECT step_key AS "stepKey", sent_at::float8 AS "sentAt", unit_count AS "unitCount" FROM reminder_steps ORDER BY step_key`),
    };
  });
}
