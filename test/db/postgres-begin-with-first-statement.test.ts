/**
 * A transaction's BEGIN sent with its first statement (begin-with-first-statement.ts), on a real
 * server: one round trip fewer, and still a transaction, whatever its first statement does. Round
 * trips are counted as the server's ReadyForQuery messages, one per round trip.
 */
import { sql } from "drizzle-orm";
import type pg from "pg";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { openPostgresDatabase } from "../../src/db/postgres/postgres-database.ts";
import { testDatabaseUrl } from "../helpers/postgres-database.ts";

let database: Database & { pool: pg.Pool };
let roundTrips = 0;
beforeEach(async () => {
  database = await openPostgresDatabase(await testDatabaseUrl());
  const counted = new WeakSet<object>();
  database.pool.on("acquire", (client) => {
    const wire = (client as unknown as { connection: { on(event: string, listener: () => void): void } }).connection;
    if (counted.has(wire)) return;
    counted.add(wire);
    wire.on("readyForQuery", () => roundTrips++);
  });
});
afterEach(() => database.close());

/** The round trips `work` took. */
async function counting(work: () => Promise<unknown>): Promise<number> {
  const before = roundTrips;
  await work();
  return roundTrips - before;
}

const unitCount = () => database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM units WHERE code LIKE ${"%"}`).then((rows) => rows[0]!.n);
const insertUnit = (code: string) => database.run(sql`INSERT INTO units (code, name) VALUES (${code}, ${`Trường ${code}`})`);

it("sends BEGIN with the first statement: two statements and COMMIT in three round trips, each statement with its own rows, in one transaction", async () => {
  // A setting made for the transaction only (set_config's `true`): without the BEGIN before it, it
  // would end with its own statement, and the second would not see it.
  const setForTransaction = database.statement<{ value: string }>("SELECT set_config('report_bot.test', ?, true) AS value");
  const transaction = () =>
    database.transaction(async () => [
      await setForTransaction.get("TH-01"),
      (await database.rows<{ value: string }>(sql`SELECT current_setting(${"report_bot.test"}, true) AS value`))[0],
    ]);
  // The named statement's first use on a connection prepares it, with the BEGIN sent alone before.
  await transaction();
  await transaction();
  let result: unknown;
  expect(await counting(async () => (result = await transaction()))).toBe(3);
  expect(result).toEqual([{ value: "TH-01" }, { value: "TH-01" }]);
  // A transaction that runs no statement sends nothing.
  expect(await counting(() => database.transaction(async () => "nothing"))).toBe(0);
});

it("keeps the first statement inside the transaction: undone with it when the work fails after it", async () => {
  await expect(
    database.transaction(async () => {
      await insertUnit("TH-01");
      throw new Error("the work fails after its first write");
    }),
  ).rejects.toThrow("the work fails after its first write");
  expect(await unitCount()).toBe(0);

  await database.transaction(() => insertUnit("TH-02"));
  expect(await unitCount()).toBe(1);
});

/** Connections to this database left inside a transaction, as the server sees them. */
const leftInTransaction = () =>
  database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE ${"idle in transaction%"}`).then((rows) => rows[0]!.n);

it("rolls back when the first statement itself fails, and leaves no connection inside a transaction", async () => {
  await insertUnit("TH-01");
  // The same code twice: the first statement fails on the unique index, after the BEGIN it carried.
  await expect(database.transaction(() => insertUnit("TH-01"))).rejects.toThrow();
  for (let i = 0; i < 12; i++) await database.transaction(() => insertUnit(`TH-1${i}`));
  expect(await unitCount()).toBe(13);
  expect(await leftInTransaction()).toBe(0);
});

it("keeps the statements' order, and their transaction, when the first one cannot carry the BEGIN (no values: sent alone after it)", async () => {
  await insertUnit("TH-01");
  // Issued together: the DELETE first, then the INSERT, which must not pass it.
  await database.transaction(() => Promise.all([database.run(sql`DELETE FROM units`), insertUnit("TH-02")]));
  expect(await unitCount()).toBe(1);
  // A first statement not awaited, then the work fails: the ROLLBACK must not pass it either.
  await expect(
    database.transaction(async () => {
      void database.run(sql`INSERT INTO units (code, name) VALUES ('TH-03', 'Trường TH-03')`);
      throw new Error("the work fails at once");
    }),
  ).rejects.toThrow("the work fails at once");
  expect(await unitCount()).toBe(1);
  expect(await leftInTransaction()).toBe(0);
});
