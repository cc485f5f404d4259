/** Picks the database from the settings: PostgreSQL when a URL is given, else the SQLite file. */
import type { Database } from "./database.ts";
import { openPostgresDatabase } from "./postgres/postgres-database.ts";
import { openSqliteDatabase } from "./sqlite/sqlite-database.ts";

export interface DatabaseSettings {
  databaseUrl?: string;
  databasePath: string;
}

export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  return settings.databaseUrl ? openPostgresDatabase(settings.databaseUrl) : openSqliteDatabase(settings.databasePath);
}
