/**
 * SQLite through better-sqlite3: one connection, WAL, migrations at start-up. Its statements are
 * synchronous, but a transaction's work is async (the repositories are), so transactions are made
 * one at a time by a queue in this process, committed in groups, and BEGIN IMMEDIATE against other
 * processes.
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
import { createWalCheckpointer } from "./wal-checkpointer.ts";

/** The size the WAL file is cut back to when it starts over. */
export const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

export function openSqliteDatabase(path: string): Database & { sqlite: BetterSqlite.Database } {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new BetterSqlite(path);
  sqlite.pragma("journal_mode = WAL");
  // NORMAL in WAL mode survives a process crash; only an OS crash may lose the last commits.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // 2 MB by default: too little for the indexes every update touches (reads then go to the OS).
  sqlite.pragma("cache_size = -16000");
  // The WAL file keeps the size it once grew to (a long read, a big import); this cuts it back
  // when it starts over. Above what a busy bot's WAL reaches (wal-checkpointer.ts: about 32 MB).
  sqlite.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  reusePreparedStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder("sqlite") });
  // Under load the WAL's checkpoints run on a thread of their own (wal-checkpointer.ts).
  const checkpointer =
    path === ":memory:" ? undefined : createWalCheckpointer(sqlite, path, { onFailure: (error) => process.emitWarning(`WAL checkpoints are back on the main thread: ${error.message}`) });

  // Raw queries (the outbox's), prepared once per text like drizzle's (reusePreparedStatements).
  const dialect = new SQLiteSyncDialect();
  const statement = (query: SQL) => {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return { prepared: sqlite.prepare(text), params };
  };

  /**
   * Group commit. The transactions the queue runs back to back share one BEGIN ... COMMIT, each in a
   * savepoint of its own (a failure undoes its part only). The COMMIT runs when the queue has taken
   * in what was waiting, and only then do their callers get their results: nothing is answered
   * before it is stored. A commit writes every page the transaction dirtied to the WAL, which costs
   * more than an update's statements; under load one commit now serves many updates.
   */
  const inTransaction = new AsyncLocalStorage<true>();
  const oneAtATime = createQueue();
  let uncommitted: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let commitQueued = false;
  const settle = (error?: unknown) => {
    const callers = uncommitted;
    uncommitted = [];
    for (const caller of callers) error === undefined ? caller.resolve() : caller.reject(error);
  };
  const commit = async () => {
    commitQueued = false;
    // A safety net: SQLite rolling back on its own (a full disk) already failed the batch's callers.
    if (!sqlite.inTransaction) return settle(uncommitted.length > 0 ? Object.assign(new Error("the transaction was rolled back before its commit"), { code: "SQLITE_ABORT_ROLLBACK" }) : undefined);
    try {
      sqlite.exec("COMMIT");
      settle();
      // After the callers' answer: what the checkpointer does is never the commit's failure.
      checkpointer?.committed();
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      settle(error);
    }
  };
  /** Behind whatever is queued by then: those join this commit. */
  const queueCommit = () => {
    if (commitQueued) return;
    commitQueued = true;
    setImmediate(() => void oneAtATime(commit));
  };
  const inBatch = async <T>(work: () => Promise<T>): Promise<{ result: T; stored: Promise<void> }> => {
    if (!sqlite.inTransaction) sqlite.exec("BEGIN IMMEDIATE");
    sqlite.exec("SAVEPOINT work");
    let result: T;
    try {
      result = await inTransaction.run(true, work);
      sqlite.exec("RELEASE work");
    } catch (error) {
      if (sqlite.inTransaction) {
        sqlite.exec("ROLLBACK TO work");
        sqlite.exec("RELEASE work");
        // The BEGIN is not left open (holding the file's write lock) when nothing follows.
        queueCommit();
      } else {
        // SQLite rolled the whole transaction back (a full disk): the batch's earlier work is gone too.
        settle(error);
      }
      throw error;
    }
    const stored = new Promise<void>((resolve, reject) => uncommitted.push({ resolve, reject }));
    queueCommit();
    return { result, stored };
  };
  const transaction = async <T>(work: () => Promise<T>): Promise<T> => {
    if (inTransaction.getStore()) return work();
    const { result, stored } = await oneAtATime(() => inBatch(work));
    await stored;
    return result;
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
    transaction,
    async lock() {},
    tookLock() {},
    exclusive(name, work) {
      return named(name, work);
    },
    /**
     * A lone call must not run in the middle of another caller's transaction on the shared
     * connection: it is a transaction of its own (in the group commit, so it costs little).
     */
    guard(repository) {
      const guarded: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(repository)) {
        guarded[key] = typeof value === "function" ? (...args: unknown[]) => (inTransaction.getStore() ? value.apply(repository, args) : transaction(async () => value.apply(repository, args))) : value;
      }
      return guarded as typeof repository;
    },
    background: (work) => work(),
    async check() {
      sqlite.prepare("select 1").get();
    },
    async close() {
      // What is waiting for its commit is committed first.
      await oneAtATime(commit);
      await checkpointer?.stop();
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
