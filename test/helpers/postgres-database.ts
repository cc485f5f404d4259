/** A fresh PostgreSQL database for a test, migrated, on the server the globalSetup started. */
import { inject } from "vitest";
import { createDatabase } from "./postgres-server.ts";

export async function testDatabaseUrl(): Promise<string> {
  return createDatabase(inject("postgresUrl"), inject("postgresTemplate"));
}
