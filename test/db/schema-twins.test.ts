/**
 * The repositories are written once, against SQLite's table types, and run on PostgreSQL's twins:
 * both schemas must define the same tables, columns (SQL name, JavaScript type, null, default, key,
 * allowed values), primary keys, indexes and foreign keys, or a query would work on one only.
 */
import { is } from "drizzle-orm";
import { getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as postgres from "../../src/db/postgres/schema.ts";
import * as sqlite from "../../src/db/schema.ts";

type Config = ReturnType<typeof sqliteTableConfig> | ReturnType<typeof pgTableConfig>;

/** What both dialects must agree on, in words that do not depend on the dialect. */
function shape(config: Config) {
  return {
    name: config.name,
    columns: config.columns.map((c) => ({
      name: c.name,
      // PostgreSQL's bytea is a custom column type in drizzle; SQLite's blob says "buffer".
      type: c.columnType === "PgCustomColumn" && c.getSQLType() === "bytea" ? "buffer" : c.dataType,
      notNull: c.notNull,
      // SQLite gives any integer primary key a value (the rowid); only an autoincrement one is meant to.
      hasDefault: c.columnType === "SQLiteInteger" && c.primary ? (c as unknown as { autoIncrement: boolean }).autoIncrement : c.hasDefault,
      primary: c.primary,
      unique: c.isUnique,
      values: c.enumValues ?? null,
    })),
    primaryKeys: config.primaryKeys.map((k) => k.columns.map((c) => c.name)),
    indexes: config.indexes
      .map((i) => ({ name: i.config.name, unique: i.config.unique, columns: i.config.columns.map((c) => ("name" in c ? c.name : "?")), partial: i.config.where !== undefined }))
      .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "")),
    foreignKeys: config.foreignKeys
      .map((f) => {
        const ref = f.reference();
        return `${ref.columns.map((c) => c.name).join(",")} -> ${ref.foreignTable[Symbol.for("drizzle:Name") as never]}(${ref.foreignColumns.map((c) => c.name).join(",")})`;
      })
      .sort(),
  };
}

const sqliteTables = (Object.values(sqlite) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable)).map((t) => shape(sqliteTableConfig(t)));
/**
 * Indexes one dialect needs and the other does without, each for a reason: PostgreSQL finds old
 * handled updates by a BRIN index on their time, SQLite by its rowid's order (retention-repository.ts).
 */
const POSTGRES_ONLY_INDEXES = new Set(["processed_updates_idx_at"]);
const postgresTables = (Object.values(postgres) as unknown[])
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => shape(pgTableConfig(t)))
  .map((t) => ({ ...t, indexes: t.indexes.filter((i) => !POSTGRES_ONLY_INDEXES.has(i.name ?? "")) }));

describe("the SQLite and PostgreSQL schemas", () => {
  it("define the same tables", () => {
    const names = (tables: { name: string }[]) => tables.map((t) => t.name).sort();
    expect(names(sqliteTables).length).toBeGreaterThan(15);
    expect(names(postgresTables)).toEqual(names(sqliteTables));
  });

  it.each(sqliteTables.map((t) => [t.name, t] as const))("define %s alike: columns, keys, indexes, references", (name, table) => {
    expect(postgresTables.find((t) => t.name === name)).toEqual(table);
  });
});
