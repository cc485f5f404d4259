/**
 * DATABASE_URL through the server's Unix socket, node-postgres's form for a server on the same
 * machine (no host, `?host=` its socket directory): taken by the settings, opened, and named in
 * messages without the password.
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import { testDatabaseUrl } from "../helpers/postgres-database.ts";

async function socketDirectory(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SHOW unix_socket_directories");
    return String(rows[0].unix_socket_directories).split(",")[0]!.trim();
  } finally {
    await client.end();
  }
}

describe("DATABASE_URL through the server's socket", () => {
  it("is taken by the settings and opens the database over the socket, not TCP", async () => {
    const tcpUrl = await testDatabaseUrl();
    const { port, pathname } = new URL(tcpUrl);
    const directory = await socketDirectory(tcpUrl);
    const url = `postgres://postgres:secret@/${pathname.slice(1)}?host=${directory}&port=${port}`;

    const settings = createConfig({ DATABASE_URL: url });
    expect(settings).toMatchObject({ ok: true, config: { databaseUrl: url } });
    const database = await openDatabase({ databaseUrl: settings.ok ? settings.config.databaseUrl : undefined, databasePath: ":memory:" });
    try {
      expect(database.location).toBe(`postgres:///${pathname.slice(1)}?host=${directory}`);
      // A connection over a Unix socket has no server address.
      const [row] = await database.rows<{ overSocket: boolean; units: number }>(sql`SELECT inet_server_addr() IS NULL AS "overSocket", (SELECT count(*) FROM units)::int AS units`);
      expect(row).toEqual({ overSocket: true, units: 0 });
    } finally {
      await database.close();
    }
  });
});
