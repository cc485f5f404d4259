/** A real, migrated SQLite database for a test: in memory by default, or a file to survive a "restart". */
import { createDb, runMigrations } from "../../src/db/client.ts";
import { createRepositories } from "../../src/db/repositories.ts";

export function createTestDb(path = ":memory:") {
  const handle = createDb(path);
  runMigrations(handle.db);
  return { ...handle, repos: createRepositories(handle.db) };
}
