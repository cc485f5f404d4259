/**
 * SQLite through better-sqlite3: one connection, WAL, migrations at start-up. Its statements are
 * synchronous, but a transaction's work is async (the repositories are), so transactions are made
 * one at a time by a queue in this process and BEGIN IMMEDIATE against other processes.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite from "better-sqlite3";
import type { SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Database, Tables } from "../database.ts";
import { migrationsFolder } from "../migrations-folder.ts";
import * as schema from "../schema.ts";
import { createKeyedQueues, createQueue } from "../../async-queue.ts";

export function openSqliteDatabase(path: string): Database & { sqlite: BetterSqlite.Database } {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new BetterSqlite(path);
  sqlite.pragma("journal_mode = WAL");
  // NORMAL in WAL mode survives a process crash; only an OS crash may lose the last commits.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  reusePreparedStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder("sqlite") });

  // Raw queries (the outbox's), prepared once per text like drizzle's (reusePreparedStatements).
  const dialect = new SQLiteSyncDialect();
  const statement = (query: SQL) => {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return { prepared: sqlite.prepare(text), params };
  };

  /**
   * "transaction": inside BEGIN ... COMMIT. "alone": a lone repository call holding the queue
   * (autocommit statements; a transaction it opens runs at once, as it already has the queue).
   */
  const scope = new AsyncLocalStorage<"transaction" | "alone">();
  const oneAtATime = createQueue();
  const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    sqlite.exec("BEGIN IMMEDIATE");
    try {
      const result = await scope.run("transaction", work);
      sqlite.exec("COMMIT");
      return result;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    }
  };
  const named = createKeyedQueues();

  const database: Database & { sqlite: BetterSqlite.Database } = {
    dialect: "sqlite",
    db,
    tables: schema as Tables,
    sqlite,
    location: path,
    async rows<T>(query: SQL) {
      const { prepared, params } = statement(query);
      return prepared.all(...params) as T[];
    },
    async run(query: SQL) {
      const { prepared, params } = statement(query);
      return prepared.run(...params).changes;
    },
    statement(text) {
      let prepared: BetterSqlite.Statement | undefined;
      // Prepared at first use, after the migrations made the tables it names.
      const ready = () => (prepared ??= sqlite.prepare(text));
      return {
        all: async (...params) => ready().all(...params) as never[],
        get: async (...params) => ready().get(...params) as never,
        run: async (...params) => ready().run(...params).changes,
      };
    },
    async transaction<T>(work: () => Promise<T>): Promise<T> {
      const current = scope.getStore();
      if (current === "transaction") return work();
      if (current === "alone") return inTransaction(work);
      return oneAtATime(() => inTransaction(work));
    },
    async lock() {},
    exclusive(name, work) {
      return named(name, work);
    },
    /** A lone call must not run in the middle of another caller's transaction on the shared connection. */
    guard(repository) {
      const guarded: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(repository)) {
        // Waits its turn in the queue but opens no transaction: its statements commit one by one.
        guarded[key] =
          typeof value === "function"
            ? (...args: unknown[]) => (scope.getStore() ? value.apply(repository, args) : oneAtATime(() => scope.run("alone", async () => value.apply(repository, args))))
            : value;
      }
      return guarded as typeof repository;
    },
    async check() {
      sqlite.prepare("select 1").get();
    },
    async close() {
      sqlite.close();
    },
  };
  return database;
}

/**
 * drizzle prepares every query it runs; preparing costs more than running most of ours. The same
 * text gets the same statement back (drizzle runs them to completion, never iterating, so one
 * statement is never in use twice), reset to plain rows since drizzle may have left it in raw mode.
 */
function reusePreparedStatements(sqlite: BetterSqlite.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, BetterSqlite.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      if (statement.reader) statement.raw(false);
      return statement;
    }
    statement = prepare(source);
    // Texts that differ by a list's length (IN (?, ?, ...)) are few, but not bounded: start over.
    if (cache.size >= 1_000) cache.clear();
    cache.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}
