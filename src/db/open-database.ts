/** Picks the database from the settings: PostgreSQL when a URL is given, else the SQLite file. */
import type { Database } from "./database.ts";

export interface DatabaseSettings {
  databaseUrl?: string;
  databasePath: string;
}

/**
 * Each database's driver is loaded only when it is the one used: pg, drizzle's node-postgres and
 * the PostgreSQL schema cost a bot on SQLite about 8 MB resident for nothing, and better-sqlite3
 * with its migrator cost a bot on PostgreSQL a few MB (issue #12's idle memory).
 */
export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (!settings.databaseUrl) {
    const { openSqliteDatabase } = await import("./sqlite/sqlite-database.ts");
    return openSqliteDatabase(settings.databasePath);
  }
  const { openPostgresDatabase } = await import("./postgres/postgres-database.ts");
  return openPostgresDatabase(settings.databaseUrl);
}
