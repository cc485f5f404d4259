/**
 * JSON with every object's keys sorted: the same value gives the same text whichever way it was
 * stored. PostgreSQL's jsonb reorders keys ({"text","sub"} comes back {"sub","text"}), and zod
 * rebuilds objects in its schema's order: compared as plain JSON, an unchanged list item read back
 * differed from the one in memory.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Two answers (or their absence, undefined or null) that are the same value. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}
