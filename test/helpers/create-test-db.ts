/** A real, migrated database for a test (see test-database.ts): in memory by default, or a file to survive a "restart". */
import { afterEach } from "vitest";
import { openDatabase } from "../../src/db/open-database.ts";
import { createRepositories } from "../../src/db/repositories.ts";
import { testDatabaseSettings } from "./test-database.ts";

export async function createTestDb(path = ":memory:") {
  const database = await openDatabase(await testDatabaseSettings(path));
  return { database, repos: createRepositories(database), close: () => database.close() };
}

/** Databases opened through `open` are closed after each test (PostgreSQL pools keep the process alive). */
export function useTestDbs() {
  let opened: Awaited<ReturnType<typeof createTestDb>>[] = [];
  afterEach(async () => {
    for (const db of opened) await db.close();
    opened = [];
  });
  return {
    async open(path?: string) {
      const db = await createTestDb(path);
      opened.push(db);
      return db;
    },
  };
}
