/** Where drizzle-kit writes each dialect's migrations, found from this file so the working directory does not matter. */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dialect } from "./database.ts";

export function migrationsFolder(dialect: Dialect): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "../../migrations", dialect);
}
