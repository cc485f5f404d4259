/**
 * A claimed outbox row's lease: the claim, which counts an attempt and answers with that count (the
 * claim's number, its `lease`), then what its sender writes while it holds the row. Each of those
 * writes passes the lease and changes the row only while that claim holds it, so a sender whose
 * lease ran out can no longer put back a row another worker has claimed since. Part of the outbox
 * repository (outbox-repository.ts), which finishes rows.
 */
import type { Database } from "./database.ts";
import { jsonListIn } from "./json-list-sql.ts";
import { countRecorded, countsJson, recordCountsSql } from "./rate-window-repository.ts";

/** A claim's sends, counted with its lease: one count per scope, each at its time (the limiter's `planMany`). */
export interface ClaimCounts {
  channel: string;
  counts: readonly { scope: string; at: number }[];
}
/** What a claim of many rows took: each row's claim number (its lease) by id, and the counts' ids by scope and time. */
export interface Claimed {
  leases: Map<number, number>;
  counts: { id: number; scope: string; at: number }[];
}

/** Only while this claim holds the row: the attempt count its claim left (`claim`'s answer). */
export const HELD = " AND status = 'sending' AND attempts = ?";

/** `claimable` and `isHead`: the repository's conditions on a row `o` (parameters: now, now). */
export function createOutboxLeases(database: Database, where: { claimable: string; isHead: string }) {
  const { claimable, isHead } = where;
  const postgres = database.dialect === "postgres";
  const greatest = postgres ? "greatest" : "max";
  const statement = database.statement.bind(database);
  const idsIn = jsonListIn(database.dialect, "integer");
  const claimSql = `UPDATE outbox SET status = 'sending', lease_until = ?, attempts = attempts + 1
     WHERE id IN (SELECT o.id FROM outbox o WHERE o.id IN ${idsIn} AND ${claimable} AND ${isHead}${postgres ? " FOR UPDATE SKIP LOCKED" : ""}) RETURNING id, attempts`;
  const claimRows = statement<{ id: number; attempts: number }>(claimSql);
  // PostgreSQL: the counts and the lease in one statement, a round trip fewer for every claim that
  // sends (each waited its turn in a busy event loop, issue #12). SQLite has no writes in WITH.
  const recordCounts = statement<{ id: number; scope: string; sentAt: number }>(recordCountsSql(database.dialect));
  const countAndClaim = postgres
    ? statement<{ id: number; attempts: number | null; scope: string | null; sentAt: string | null }>(
        `WITH counted AS (${recordCountsSql("postgres")}), claimed AS (${claimSql})
         SELECT id, attempts, CAST(NULL AS text) AS scope, CAST(NULL AS bigint) AS "sentAt" FROM claimed UNION ALL SELECT id, NULL, scope, "sentAt" FROM counted`,
      )
    : undefined;
  /**
   * `claim` for many rows in one statement: the claims' numbers by row id (a row missing: not
   * claimed). With `counts`, the claim's sends are counted in the same transaction (`ClaimCounts`).
   */
  const claimMany = async (ids: readonly number[], now: number, leaseUntil: number, counts?: ClaimCounts): Promise<Claimed> => {
    if (ids.length === 0) return { leases: new Map(), counts: [] };
    const claim = [leaseUntil, JSON.stringify(ids), now, now];
    const count = counts && counts.counts.length > 0 ? [counts.channel, countsJson(counts.counts)] : undefined;
    if (count && countAndClaim) {
      const rows = await countAndClaim.all(...count, ...claim);
      return {
        leases: new Map(rows.filter((r) => r.scope === null).map((r) => [Number(r.id), r.attempts!])),
        counts: rows.filter((r) => r.scope !== null).map((r) => countRecorded({ id: r.id, scope: r.scope!, sentAt: r.sentAt! })),
      };
    }
    const counted = count ? (await recordCounts.all(...count)).map(countRecorded) : [];
    return { leases: new Map((await claimRows.all(...claim)).map((r) => [Number(r.id), r.attempts])), counts: counted };
  };
  const progress = statement(`UPDATE outbox SET parts_sent = ?, sent_message_id = coalesce(?, sent_message_id), lease_until = ? WHERE id = ?${HELD}`);
  const renew = statement(`UPDATE outbox SET lease_until = ? WHERE id = ?${HELD}`);
  const releaseRow = statement(`UPDATE outbox SET status = 'pending', lease_until = NULL, attempts = ${greatest}(attempts - 1, 0),
    next_attempt_at = ${greatest}(next_attempt_at, ?) WHERE id = ?${HELD}`);
  const retryRow = statement(`UPDATE outbox SET status = 'pending', next_attempt_at = ?, lease_until = NULL, last_error = ? WHERE id = ?${HELD}`);

  return {
    /**
     * Leases a row until `leaseUntil` and counts an attempt, if it is still its chat's claimable
     * head: returns the claim's number (`lease`, the attempts counted); undefined when another
     * worker has it or it is finished.
     */
    async claim(id: number, now: number, leaseUntil: number): Promise<number | undefined> {
      return (await claimMany([id], now, leaseUntil)).leases.get(id);
    },

    claimMany,

    /**
     * Records that the first `partsSent` parts of a split message went out, and renews the lease;
     * false when the claim `lease` no longer holds the row (its lease ran out, another took it).
     */
    async recordProgress(id: number, partsSent: number, sentMessageId: string | undefined, leaseUntil: number, lease: number): Promise<boolean> {
      return (await progress.run(partsSent, sentMessageId ?? null, leaseUntil, id, lease)) === 1;
    },

    /** Keeps the lease of a row whose send is still in flight; false when the claim no longer holds it. */
    async renewLease(id: number, leaseUntil: number, lease: number): Promise<boolean> {
      return (await renew.run(leaseUntil, id, lease)) === 1;
    },

    /** Puts a claimed row back, due no earlier than `notBefore`, without counting an attempt. */
    async release(id: number, notBefore: number, lease: number): Promise<void> {
      await releaseRow.run(notBefore, id, lease);
    },

    /** A claimed row's send failed: due again at `nextAttemptAt`, still its chat's head. */
    async markRetry(id: number, nextAttemptAt: number, error: string, lease: number): Promise<void> {
      await retryRow.run(nextAttemptAt, error, id, lease);
    },
  };
}
