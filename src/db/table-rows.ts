/**
 * Hand-written statements (Database.statement) select a table's columns by their SQL names and get
 * back what the database gives: SQLite's booleans are 0/1 and its JSON is text, PostgreSQL's are
 * true/false and parsed jsonb (and its bigints text, read through drizzle). These helpers, made
 * from the drizzle table, give the row the query builder would have given.
 */
import { getTableColumns, type InferSelectModel } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

/** `alias.sql_name AS "jsName", ...` for every column of `table`, prefixed so joins keep them apart. */
export function columnsOf(table: SQLiteTable, alias: string, prefix = ""): string {
  return Object.entries(getTableColumns(table))
    .map(([key, column]) => `${alias}.${column.name} AS "${prefix}${key}"`)
    .join(", ");
}

/** Reads a row selected with `columnsOf(table, alias, prefix)`; undefined when its key is null (an outer join). */
export function rowReader<T extends SQLiteTable>(table: T, prefix = ""): (raw: Record<string, unknown>) => InferSelectModel<T> | undefined {
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({ key, from: `${prefix}${key}`, type: column.dataType }));
  const firstKey = columns[0]!.from;
  return (raw) => {
    if (raw[firstKey] === null || raw[firstKey] === undefined) return undefined;
    const row: Record<string, unknown> = {};
    for (const { key, from, type } of columns) {
      const value = raw[from];
      // A bigint through drizzle's execute() (Database.rows on PostgreSQL) comes as text.
      row[key] = value === null ? null : type === "boolean" ? value === true || value === 1 : type === "json" ? jsonOf(value) : type === "number" && typeof value === "string" ? Number(value) : value;
    }
    return row as InferSelectModel<T>;
  };
}

/** A JSON value as a query gave it: SQLite gives text (parsed here), PostgreSQL already parsed json. */
export function jsonOf(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

/**
 * Reads a row as PostgreSQL's to_json gives it, keyed by column names (report_after_lock, 0010):
 * the row the query builder would have given; undefined for null.
 */
export function jsonRowReader<T extends SQLiteTable>(table: T): (json: unknown) => InferSelectModel<T> | undefined {
  const read = rowReader(table);
  const columns = Object.entries(getTableColumns(table));
  // to_json gives what the driver gives only for these: a date or a bytea column would come as
  // text. Such a table needs another reader, not a silently different row.
  const odd = columns.find(([, column]) => !["string", "number", "boolean", "json"].includes(column.dataType));
  if (odd) throw new Error(`jsonRowReader: column ${odd[1].name} is ${odd[1].dataType}, which to_json does not give as the driver does`);
  const names = columns.map(([key, column]) => [key, column.name] as const);
  return (value) => {
    const json = jsonOf(value);
    if (json === null || json === undefined) return undefined;
    // Anything else is a reading gone wrong, not a row that is not there (a report not started).
    if (typeof json !== "object") throw new Error(`jsonRowReader: a row must be an object, not ${typeof json}`);
    const byName = json as Record<string, unknown>;
    return read(Object.fromEntries(names.map(([key, name]) => [key, byName[name] ?? null])));
  };
}
