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

it("sends BEGIN with the first statement: two statements and COMMIT in three round trips, each statement with its own rows", async () => {
  const named = database.statement<{ n: number }>("SELECT count(*)::int + ? AS n FROM units");
  const transaction = () =>
    database.transaction(async () => [await named.get(1), (await database.rows<{ code: string }>(sql`SELECT ${"TH-01"}::text AS code`))[0]]);
  // The named statement's first use on a connection prepares it, with the BEGIN sent alone before.
  await transaction();
  await transaction();
  let result: unknown;
  expect(await counting(async () => (result = await transaction()))).toBe(3);
  expect(result).toEqual([{ n: 1 }, { code: "TH-01" }]);
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

it("rolls back when the first statement itself fails, and leaves every connection ready for the next transaction", async () => {
  await insertUnit("TH-01");
  // The same code twice: the first statement fails on the unique index, after the BEGIN it carried.
  await expect(database.transaction(() => insertUnit("TH-01"))).rejects.toThrow();
  for (let i = 0; i < 12; i++) await database.transaction(() => insertUnit(`TH-1${i}`));
  expect(await unitCount()).toBe(13);
  // No connection was left inside a transaction (node-postgres's last ReadyForQuery status: I, idle).
  const clients = await Promise.all(Array.from({ length: 10 }, () => database.pool.connect()));
  expect(clients.map((c) => (c as unknown as { _txStatus: string })._txStatus)).toEqual(Array(10).fill("I"));
  for (const client of clients) client.release();
});
