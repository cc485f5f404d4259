/** Columns many tables share, and the types SQLite has and PostgreSQL spells differently. */
import { sql } from "drizzle-orm";
import { bigint, customType } from "drizzle-orm/pg-core";

/** Times are ms since the epoch in both dialects: numbers in JavaScript, bigint here. */
export const millis = (name: string) => bigint(name, { mode: "number" });

/** Creation time in ms, set by the server when a row is inserted. */
export const createdAt = () =>
  millis("created_at").notNull().default(sql`(extract(epoch from clock_timestamp()) * 1000)::bigint`);

/** File bytes (SQLite's blob): drizzle's pg-core has no bytea column of its own. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});
