/**
 * Vitest globalSetup: one PostgreSQL server for the whole run, since starting one costs seconds
 * and a fresh database on it costs milliseconds. Tests reach it through testDatabaseUrl().
 * A server that will not start fails the run here, rather than letting tests skip.
 * One database is migrated here and kept as the template of the tests' databases: copying it is
 * faster than migrating each (the app still runs its migrator, which then finds nothing to do).
 */
import type { TestProject } from "vitest/node";
import { openPostgresDatabase } from "../../src/db/postgres/postgres-database.ts";
import { createDatabase, startPostgres } from "./postgres-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  try {
    const migratedUrl = await createDatabase(server.url);
    await (await openPostgresDatabase(migratedUrl)).close();
    project.provide("postgresUrl", server.url);
    project.provide("postgresTemplate", new URL(migratedUrl).pathname.slice(1));
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server.stop;
}
