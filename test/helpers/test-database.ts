/**
 * Which database the tests run on: SQLite, or a real PostgreSQL when TEST_DIALECT=postgres (the
 * "postgres" project in vitest.config.ts runs the repository and service tests that way). With
 * PostgreSQL, ":memory:" is a fresh database each time, and a file path names a database that is
 * reopened by the same path, as a file is, so restart tests mean the same thing on both.
 */
import type { Dialect } from "../../src/db/database.ts";
import type { DatabaseSettings } from "../../src/db/open-database.ts";
import { testDatabaseUrl } from "./postgres-database.ts";

export const TEST_DIALECT: Dialect = process.env.TEST_DIALECT === "postgres" ? "postgres" : "sqlite";

const databasesByPath = new Map<string, Promise<string>>();

export async function testDatabaseSettings(databasePath = ":memory:"): Promise<DatabaseSettings> {
  if (TEST_DIALECT === "sqlite") return { databasePath };
  if (databasePath === ":memory:") return { databasePath, databaseUrl: await testDatabaseUrl() };
  let url = databasesByPath.get(databasePath);
  if (!url) databasesByPath.set(databasePath, (url = testDatabaseUrl()));
  return { databasePath, databaseUrl: await url };
}
