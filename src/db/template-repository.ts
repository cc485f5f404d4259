/**
 * Stored report templates. A template row never changes: a file whose content changed is stored as
 * its key's next version, and a campaign keeps the row it was opened with. Whether the content
 * changed is told by a digest of the definition (its JSON with keys sorted, so PostgreSQL's jsonb,
 * which reorders keys, gives the same digest as SQLite's text).
 */
import { createHash } from "node:crypto";
import { desc, eq, inArray } from "drizzle-orm";
import type { Database } from "./database.ts";
import { canonicalJson } from "../canonical-json.ts";

export interface StoredTemplate {
  id: number;
  key: string;
  title: string;
  version: number;
}

/** The settings row naming the report types in use, and their files: the last load's, any instance's. */
const IN_USE = "templates_in_use";

export function createTemplateRepository(database: Database) {
  const { settings, templates } = database.tables;
  const db = () => database.db;

  return {
    /**
     * Stores `definition` as `key`'s latest version unless that already has the same content.
     * `atLeast`: the file's own version number, if it gives one. Under a lock per key, so two
     * instances starting together store one version, not two.
     */
    storeTemplate(
      key: string,
      title: string,
      definition: unknown,
      atLeast = 1,
      /** Reuse any stored version with this content, not only the latest: a derived template (the generic consolidated one) made from several versions of its source. */
      anyVersion = false,
    ): Promise<StoredTemplate & { previousVersion?: number; created: boolean }> {
      return database.transaction(async () => {
        await database.lock(`template:${key}`);
        const digest = digestOf(definition);
        const rows = await db().select().from(templates).where(eq(templates.key, key)).orderBy(desc(templates.version));
        const [latest] = rows;
        const same = (anyVersion ? rows : rows.slice(0, 1)).find((row) => (row.contentHash ?? digestOf(row.definition)) === digest);
        // The file's own number above the stored one is a change too (the schema says "at least").
        if (same && same.version >= atLeast) return { ...pick(same), created: false };
        const version = Math.max(atLeast, (latest?.version ?? 0) + 1);
        const [row] = await db().insert(templates).values({ key, version, title, definition, contentHash: digest }).returning();
        return { ...pick(row!), created: true, previousVersion: latest?.version };
      });
    },

    /**
     * Records which report types are in use (and the file each came from), so that every instance
     * offers the same ones, whichever read the files last.
     */
    async setInUse(inUse: { key: string; file?: string }[]): Promise<void> {
      const value = JSON.stringify(inUse);
      await db().insert(settings).values({ key: IN_USE, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
    },

    async inUse(): Promise<{ key: string; file?: string }[] | undefined> {
      const [row] = await db().select().from(settings).where(eq(settings.key, IN_USE)).limit(1);
      return row ? (JSON.parse(row.value) as { key: string; file?: string }[]) : undefined;
    },

    /** Of these definitions, the keys whose latest stored version has other content (or none): the files changed since. */
    async changedKeys(read: readonly { key: string; definition: unknown }[]): Promise<Set<string>> {
      const changed = new Set<string>();
      for (const { key, definition } of read) {
        const [latest] = await db().select().from(templates).where(eq(templates.key, key)).orderBy(desc(templates.version)).limit(1);
        if (!latest || (latest.contentHash ?? digestOf(latest.definition)) !== digestOf(definition)) changed.add(key);
      }
      return changed;
    },

    /** The latest stored version of each of `keys`. */
    async latestOf(keys: string[]): Promise<StoredTemplate[]> {
      if (keys.length === 0) return [];
      const rows = await db()
        .select({ id: templates.id, key: templates.key, title: templates.title, version: templates.version })
        .from(templates)
        .where(inArray(templates.key, keys))
        .orderBy(desc(templates.version));
      const latest = new Map<string, StoredTemplate>();
      for (const row of rows) if (!latest.has(row.key)) latest.set(row.key, row);
      return keys.flatMap((key) => latest.get(key) ?? []);
    },
  };
}

const pick = (row: StoredTemplate): StoredTemplate => ({ id: row.id, key: row.key, title: row.title, version: row.version });

/** A digest of a definition, the same whatever order its keys were stored in. */
export function digestOf(definition: unknown): string {
  return createHash("sha256").update(canonicalJson(definition)).digest("hex");
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
