/**
 * The storage every repository is written against, whichever database holds it. Repositories use
 * drizzle's query builder typed for SQLite; PostgreSQL's builder answers the same calls, so each
 * query is written once. What differs between the two (how a transaction is held, how two
 * instances stay out of each other's way) is behind these few methods.
 */
import type { SQL } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type * as schema from "./schema.ts";

export type Tables = typeof schema;
export type QueryDb = BetterSQLite3Database<Tables>;
export type Dialect = "sqlite" | "postgres";

/** A statement's parameters: booleans are written as the column expects them in SQL, not bound. */
export type Param = string | number | null;

export interface Statement<Row> {
  all(...params: Param[]): Promise<Row[]>;
  get(...params: Param[]): Promise<Row | undefined>;
  /** How many rows it changed. */
  run(...params: Param[]): Promise<number>;
}

export interface Database {
  readonly dialect: Dialect;
  /** The current transaction's handle inside `transaction`, else the database itself. */
  readonly db: QueryDb;
  /** The dialect's table objects (PostgreSQL's are typed as their SQLite twins). */
  readonly tables: Tables;
  /** Rows of a raw query; its parameters are bound by drizzle's `sql` template. */
  rows<T>(query: SQL): Promise<T[]>;
  /** Runs a raw statement; how many rows it changed. */
  run(query: SQL): Promise<number>;
  /**
   * A statement every update runs: SQL written once for both databases, `?` for its parameters,
   * prepared once (on PostgreSQL, a named statement on each connection). drizzle's builder builds
   * and prepares a query on every call, which costs several times what running it does.
   * Rows come as the database gives them: read them with `readRow` (table-rows.ts).
   */
  statement<Row = Record<string, unknown>>(text: string): Statement<Row>;
  /**
   * Runs `work` as one transaction: all of it is stored, or none. A call inside another joins it.
   * SQLite: one at a time, BEGIN IMMEDIATE. PostgreSQL: retried on a deadlock or serialization failure,
   * so `work` must not have effects outside the database.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Inside a transaction: holds `key` until the transaction ends, so two instances never work on the
   * same thing (a report) at once. Nothing to do on SQLite, whose transactions already go one by one.
   */
  lock(key: string): Promise<void>;
  /**
   * PostgreSQL: the SQL that takes `lock`'s lock on the key `keySql` (a parameter, `?`, or an
   * expression), for a statement that takes it along with its own work (one round trip instead of
   * two); `tookLock` then records it as held. Undefined on SQLite, whose transactions need no locks.
   */
  readonly lockSql?: (keySql: string) => string;
  /** Inside a transaction: a statement of ours took `key`'s lock (with `lockSql`, or a function of the migrations that takes it the same way); `lock(key)` is then free. */
  tookLock(key: string): void;
  /** Runs `work` (which may wait on the network) while no other instance runs work of that name. */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
  /**
   * Makes each method of a repository safe to call outside a transaction. On SQLite, whose one
   * connection is shared, a lone statement must not slip into another caller's open transaction.
   */
  guard<R extends object>(repository: R): R;
  /**
   * Runs `work` (and all it starts) on connections kept for background work, so that it does not
   * wait behind the webhooks' transactions for one. SQLite has one connection: it just runs.
   */
  background<T>(work: () => Promise<T>): Promise<T>;
  /** A trivial query, for /healthz. */
  check(): Promise<void>;
  close(): Promise<void>;
  /** Where the data is, for log lines and messages (never a password). */
  readonly location: string;
}
