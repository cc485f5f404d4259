/**
 * The sends counted by the rate limiter, one row per platform message and scope ("*" for the
 * platform as a whole, else a chat id). In the database, so a restart (or another instance) keeps
 * counting the same window: no Telegram group gets more than its limit across a restart.
 */
import type { Database, Dialect } from "./database.ts";
import { jsonListIn } from "./json-list-sql.ts";

/**
 * What a claim reads of a channel's windows before reserving (the limiter's `toRead`): the
 * platform's latest `count` sends after `since` (absent: no platform limit), and the chats' sends
 * after `chatsSince` (absent: no chat limit). On PostgreSQL read with the claim's heads, in one
 * round trip (outbox-claim-reads.ts).
 */
export interface WindowsToRead {
  global?: { since: number; count: number };
  chatsSince?: number;
}

/** A send counted in a window: its count's id and time. */
export interface WindowCount {
  id: number;
  at: number;
}

/**
 * What was read: the platform's counts (with their ids, which the limiter matches to its sends in
 * flight), and each chat's times that were read (an empty list: none in its window).
 */
export interface WindowsRead {
  global: WindowCount[];
  chats: Map<string, number[]>;
}

/**
 * Counts sends, each in its scope at its own time (a claim made ahead counts each send when its
 * place in the window frees), returning their ids, scopes and times (parameters: channel, the JSON
 * list of [scope, time] pairs; bind with `countsJson`). A claim's counts are written with its lease
 * (outbox-leases.ts, `claimMany`): on PostgreSQL in the same statement.
 */
export const recordCountsSql = (dialect: Dialect) =>
  dialect === "postgres"
    ? `INSERT INTO rate_events (channel, scope, sent_at) SELECT CAST(? AS text), e->>0, CAST(e->>1 AS bigint) FROM json_array_elements(CAST(? AS json)) AS e
       RETURNING id, scope, sent_at AS "sentAt"`
    : `INSERT INTO rate_events (channel, scope, sent_at) SELECT ?, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?) WHERE true
       RETURNING id, scope, sent_at AS "sentAt"`;

/** `recordCountsSql`'s list parameter. */
export const countsJson = (counts: readonly { scope: string; at: number }[]) => JSON.stringify(counts.map((c) => [c.scope, c.at]));
/** A row `recordCountsSql` returned, as the limiter reads it. */
export const countRecorded = (row: { id: number; scope: string; sentAt: number | string }) => ({ id: Number(row.id), scope: row.scope, at: Number(row.sentAt) });

export function createRateWindowRepository(database: Database) {
  // Every send and every claim runs these: prepared once.
  const pruneBefore = database.statement("DELETE FROM rate_events WHERE sent_at <= ?");
  const moveBetween = database.statement("UPDATE rate_events SET sent_at = ? WHERE channel = ? AND sent_at > ? AND sent_at < ?");
  // A claim of many heads counts them in a few statements, whatever their number: a list of scopes
  // is passed as one JSON parameter.
  const scopesIn = jsonListIn(database.dialect, "text");
  const latest = database.statement<{ id: number; sentAt: number }>(
    `SELECT id, sent_at AS "sentAt" FROM rate_events WHERE channel = ? AND scope = ? AND sent_at > ? ORDER BY sent_at DESC LIMIT ?`,
  );
  const ofScopes = database.statement<{ scope: string; sentAt: number }>(
    `SELECT scope, sent_at AS "sentAt" FROM rate_events WHERE channel = ? AND scope IN ${scopesIn} AND sent_at > ?`,
  );
  // A send's counts (the platform's and its chat's) move in one statement: one round trip per send.
  const settleMany = database.statement(`UPDATE rate_events SET sent_at = ? WHERE id IN ${jsonListIn(database.dialect, "integer")}`);
  const insertMany = database.statement<{ id: number; scope: string; sentAt: number }>(recordCountsSql(database.dialect));
  return {
    /** A scope's latest `n` counts after `since`, latest first. */
    async latestSince(channel: string, scope: string, since: number, n: number): Promise<WindowCount[]> {
      return (await latest.all(channel, scope, since, n)).map((r) => ({ id: Number(r.id), at: Number(r.sentAt) }));
    },

    /** The times of the sends after `since` of each of `scopes`. */
    async timesOf(channel: string, scopes: readonly string[], since: number): Promise<Map<string, number[]>> {
      const times = new Map<string, number[]>();
      if (scopes.length === 0) return times;
      for (const row of await ofScopes.all(channel, JSON.stringify(scopes), since)) {
        const list = times.get(row.scope) ?? times.set(row.scope, []).get(row.scope)!;
        list.push(Number(row.sentAt));
      }
      return times;
    },

    /** Counts a send in each scope at its time (a scope may come more than once); their ids, scopes and times. */
    async recordMany(channel: string, counts: readonly { scope: string; at: number }[]): Promise<{ id: number; scope: string; at: number }[]> {
      return counts.length === 0 ? [] : (await insertMany.all(channel, countsJson(counts))).map(countRecorded);
    },

    /** Moves counted sends to `at` (when the platform answered: it has the message by then). */
    async settle(ids: readonly number[], at: number): Promise<void> {
      if (ids.length > 0) await settleMany.run(at, JSON.stringify(ids));
    },

    /** Moves a platform's sends counted after `since` and before `at` to `at`. */
    async moveLaterThan(channel: string, since: number, at: number): Promise<void> {
      await moveBetween.run(at, channel, since, at);
    },

    /** Forgets sends older than every window (`before`). */
    async prune(before: number): Promise<void> {
      await pruneBefore.run(before);
    },
  };
}

export type RateWindowRepository = ReturnType<typeof createRateWindowRepository>;
