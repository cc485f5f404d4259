/** The test PostgreSQL server itself: reachable, recent enough, and one fresh migrated database per caller. */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../helpers/postgres-database.ts";

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const userTables = (client: pg.Client) =>
  client.query("select tablename from pg_tables where schemaname = 'public'").then((r) => r.rows);

describe("the test PostgreSQL server", () => {
  it("gives a database that stores and returns a row, on PostgreSQL 12 or later", async () => {
    await withClient(await testDatabaseUrl(), async (client) => {
      const version = await client.query<{ server_version_num: string }>("show server_version_num");
      expect(Number(version.rows[0]!.server_version_num)).toBeGreaterThanOrEqual(120000);

      await client.query("create table notes (id serial primary key, body text not null)");
      await client.query("insert into notes (body) values ($1)", ["Báo cáo tuần"]);
      const { rows } = await client.query("select id, body from notes");
      expect(rows).toEqual([{ id: 1, body: "Báo cáo tuần" }]);
    });
  });

  it("gives each caller its own database, migrated and holding no rows", async () => {
    const [first, second] = await Promise.all([testDatabaseUrl(), testDatabaseUrl()]);
    expect(first).not.toBe(second);

    for (const url of [first, second]) {
      await withClient(url, async (client) => {
        const name = await client.query("select current_database() as name");
        expect(name.rows[0].name).toBe(new URL(url).pathname.slice(1));
        expect((await userTables(client)).map((r) => r.tablename)).toEqual(expect.arrayContaining(["units", "outbox", "submissions"]));
        const units = await client.query("select count(*)::int as n from units");
        expect(units.rows[0].n).toBe(0);
      });
    }

    await withClient(first, (client) => client.query("create table only_in_first (id int)"));
    const tablesOf = (url: string) => withClient(url, async (client) => (await userTables(client)).map((r) => r.tablename));
    expect(await tablesOf(first)).toContain("only_in_first");
    expect(await tablesOf(second)).not.toContain("only_in_first");
  });
});
