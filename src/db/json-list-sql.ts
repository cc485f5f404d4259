/**
 * A list passed to SQL as one JSON parameter (`?`, bound to `JSON.stringify(list)`), read as the
 * subquery of its values: one prepared statement serves any number of rows, where a statement per
 * row cost a round trip each (on PostgreSQL under load, each waited its turn in a busy event loop).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Dialect } from "./database.ts";

/** `(SELECT …)` of the list's values, as text or as integers (ids), for `x IN ${jsonListIn(…)}`. */
export function jsonListIn(dialect: Dialect, values: "text" | "integer"): string {
  const [before, after] = aroundTheList(dialect, values);
  return `${before}?${after}`;
}

/** The same subquery as a drizzle fragment with `list` bound in it, for queries built with `sql`. */
export function jsonList(dialect: Dialect, values: "text" | "integer", list: readonly (string | number)[]): SQL {
  const [before, after] = aroundTheList(dialect, values);
  return sql`${sql.raw(before)}${JSON.stringify(list)}${sql.raw(after)}`;
}

/** The SQL on either side of the list's one parameter. */
function aroundTheList(dialect: Dialect, values: "text" | "integer"): [string, string] {
  if (dialect !== "postgres") return ["(SELECT value FROM json_each(", "))"];
  return values === "integer" ? ["(SELECT CAST(json_array_elements_text(CAST(", " AS json)) AS integer))"] : ["(SELECT json_array_elements_text(CAST(", " AS json)))"];
}
