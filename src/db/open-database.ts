/** Picks the database from the settings: PostgreSQL when a URL is given, else the SQLite file. */
import type { Database } from "./database.ts";
import { openSqliteDatabase } from "./sqlite/sqlite-database.ts";

export interface DatabaseSettings {
  databaseUrl?: string;
  databasePath: string;
}

export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (!settings.databaseUrl) return openSqliteDatabase(settings.databasePath);
  // Loaded only with a URL: pg, drizzle's node-postgres and the PostgreSQL schema cost a bot on
  // SQLite about 8 MB resident for nothing (issue #12's idle memory).
  const { openPostgresDatabase } = await import("./postgres/postgres-database.ts");
  return openPostgresDatabase(settings.databaseUrl);
}
