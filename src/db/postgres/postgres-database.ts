/**
 * PostgreSQL through node-postgres: a pool shared by the instance, migrations applied by one
 * instance at a time (an advisory lock), transactions that the repositories join through
 * AsyncLocalStorage, and advisory locks that keep instances off the same report.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { SQL } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Database, QueryDb, Tables } from "../database.ts";
import { migrationsFolder } from "../migrations-folder.ts";
import { sendBeginWithFirstStatement } from "./begin-with-first-statement.ts";
import { readPostgresUrl } from "../postgres-url.ts";
import { errorChain } from "../storage-failure.ts";
import * as schema from "./schema.ts";

type Handle = NodePgDatabase<typeof schema>;

/** Any number: held while migrating, so a second instance starting at once waits instead of racing. */
const MIGRATION_LOCK = 7_310_301;
/** A deadlock or serialization failure: the transaction is run again from the start. */
const RETRYABLE = new Set(["40P01", "40001"]);
const ATTEMPTS = 5;

// Times and counts are bigint columns; every one fits a JavaScript number (ms until year 285,000).
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export async function openPostgresDatabase(url: string): Promise<Database & { pool: pg.Pool }> {
  const openPool = (max: number) => {
    const opened = new pg.Pool({
      connectionString: url,
      max,
      types,
      // A database that does not answer fails a request in 10 s instead of queueing it for ever.
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      // A transaction left open (a partition mid-update) must not hold its locks for every instance.
      // (plan_cache_mode=force_generic_plan saved some server CPU on the hot statements, but it
      // also holds for drizzle's queries, whose parameters include the statuses our partial
      // indexes are defined on: a generic plan cannot use those indexes.)
      options: "-c idle_in_transaction_session_timeout=60000",
    });
    // An idle client's error (the server restarted) must not crash the process: the next query reconnects.
    opened.on("error", () => {});
    opened.on("connect", sendBeginWithFirstStatement);
    return opened;
  };
  const pool = openPool(10);
  /**
   * Background work (the outbox) on connections of its own: under load the main pool's queue holds
   * dozens of webhook transactions, and replies would wait behind all of them for each statement.
   */
  const backgroundPool = openPool(3);
  const background = new AsyncLocalStorage<true>();
  const [root, backgroundRoot] = [drizzle({ client: pool, schema }), drizzle({ client: backgroundPool, schema })];
  const rootNow = () => (background.getStore() ? backgroundRoot : root);
  await withSessionLock(pool, MIGRATION_LOCK, (client) => migrate(drizzle({ client }), { migrationsFolder: migrationsFolder("postgres") }));

  const current = new AsyncLocalStorage<Handle>();
  const handle = (): Handle => current.getStore() ?? rootNow();
  // drizzle's transaction runs on one pooled connection, its session's client: our named statements
  // must run there too, to be part of it.
  const connection = (): pg.Pool | pg.PoolClient => {
    const tx = current.getStore() as unknown as { session: { client: pg.PoolClient } } | undefined;
    return tx ? tx.session.client : background.getStore() ? backgroundPool : pool;
  };
  /** The advisory locks each transaction holds (a transaction retried from the start is a new one). */
  const heldLocks = new WeakMap<Handle, Set<string>>();
  // The migrations' outbox_enqueue (0009), report_after_lock (0010), outbox_finish (0014) and
  // outbox_claim_reads (0015, replaced by 0016) take the same lock the same way: a change here needs a migration that
  // changes them too.
  const lockSql = (keySql: string) => `pg_advisory_xact_lock(hashtextextended(${keySql}, 0))`;
  const lockStatement = preparedStatement(`select ${lockSql("?")}`);
  const recordHeld = (tx: Handle, key: string) => {
    let held = heldLocks.get(tx);
    if (!held) heldLocks.set(tx, (held = new Set()));
    held.add(key);
  };

  return {
    dialect: "postgres",
    get db() {
      return handle() as unknown as QueryDb;
    },
    tables: schema as unknown as Tables,
    pool,
    location: describe(url),
    async rows<T>(query: SQL) {
      return (await handle().execute(query)).rows as T[];
    },
    async run(query: SQL) {
      return (await handle().execute(query)).rowCount ?? 0;
    },
    statement(text) {
      const query = preparedStatement(text);
      const execute = (values: unknown[]) => connection().query({ ...query, values });
      return {
        all: async (...params) => (await execute(params)).rows,
        get: async (...params) => (await execute(params)).rows[0],
        run: async (...params) => (await execute(params)).rowCount ?? 0,
      };
    },
    async transaction<T>(work: () => Promise<T>): Promise<T> {
      if (current.getStore()) return work();
      for (let attempt = 1; ; attempt++) {
        try {
          return await rootNow().transaction((tx) => current.run(tx as unknown as Handle, work));
        } catch (error) {
          if (attempt >= ATTEMPTS || !RETRYABLE.has(errorCode(error) ?? "")) throw error;
        }
      }
    },
    async lock(key: string) {
      const tx = current.getStore();
      if (!tx) throw new Error(`lock(${key}) outside a transaction would be released at once`);
      // Held to the end of the transaction: asking again would only cost a round trip.
      if (heldLocks.get(tx)?.has(key)) return;
      await connection().query({ ...lockStatement, values: [key] });
      recordHeld(tx, key);
    },
    lockSql,
    tookLock(key: string) {
      const tx = current.getStore();
      if (!tx) throw new Error(`tookLock(${key}) outside a transaction: the lock was released at once`);
      recordHeld(tx, key);
    },
    exclusive(name, work) {
      return withSessionLock(pool, name, () => work());
    },
    guard: (repository) => repository,
    background: (work) => background.run(true, work),
    async check() {
      await pool.query("select 1");
    },
    async close() {
      // A second close (a stop after a failed start) is a no-op, as SQLite's is.
      for (const p of [pool, backgroundPool]) if (!p.ended) await p.end();
    },
  };
}

let statementCount = 0;

/**
 * A named statement: node-postgres prepares it once on each connection, then sends only its name
 * and values. `?` becomes `$1`, `$2`... (our statements hold no `?` of their own).
 */
function preparedStatement(text: string): { name: string; text: string } {
  let n = 0;
  return { name: `hot_${++statementCount}`, text: text.replace(/\?/g, () => `$${++n}`) };
}

/** Holds a session-level advisory lock on one pooled connection while `work` runs. */
async function withSessionLock<T>(pool: pg.Pool, key: string | number, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const id = typeof key === "number" ? "$1::bigint" : "hashtextextended($1, 0)";
  try {
    await client.query(`select pg_advisory_lock(${id})`, [key]);
    try {
      return await work(client);
    } finally {
      await client.query(`select pg_advisory_unlock(${id})`, [key]);
    }
  } finally {
    client.release();
  }
}

/** drizzle wraps the driver's error; the SQLSTATE code is on it or on its cause. */
function errorCode(error: unknown): string | undefined {
  for (const e of errorChain(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** The URL without its password, for messages; never throws (pg accepts forms URL does not). */
function describe(url: string): string {
  // Through the server's socket (postgres-url.ts): its directory stands for the host.
  const read = readPostgresUrl(url);
  if (read?.host.startsWith("/")) return `postgres:///${read.database}?host=${read.host}`;
  try {
    const { hostname, port, pathname } = new URL(url);
    return `postgres://${hostname}${port ? `:${port}` : ""}${pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}
