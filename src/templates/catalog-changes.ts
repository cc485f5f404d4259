/**
 * What a catalog load changed, and the storing that finds it out: each report type read now is
 * stored as a new version when its template changed (template-repository.ts); those kept at their
 * last good version, and those no longer offered, are named. Part of template-catalog.ts's load.
 */
import type { StoredTemplate, TemplateRepository } from "../db/template-repository.ts";
import type { LocatedProblem } from "./check-template.ts";
import type { CatalogEntry } from "./template-catalog.ts";

export interface CatalogChanges {
  added: StoredTemplate[];
  /** `consolidates`: another report type names it its consolidated report, which always uses its latest version. */
  changed: (StoredTemplate & { previousVersion: number; consolidates: boolean })[];
  /** Titles of report types no longer offered (their file was removed). */
  removed: string[];
  unchanged: number;
  /** Titles whose file has problems now: their earlier version stays in use. */
  kept: string[];
  problems: LocatedProblem[];
  /** Said, not refused: a file that replaces a built-in under another title (replaced-built-in.ts). */
  notes: LocatedProblem[];
}

/**
 * Stores the report types read now (`next`) against those in use before (`before`); `elsewhere`:
 * kept from another machine's folder, which is no broken file.
 */
export async function storeCatalogChanges(
  templates: TemplateRepository,
  found: { next: Map<string, CatalogEntry>; before: Map<string, CatalogEntry>; elsewhere: Set<string> },
  said: Pick<CatalogChanges, "problems" | "notes">,
): Promise<CatalogChanges> {
  const { next, before, elsewhere } = found;
  const changes: CatalogChanges = { added: [], changed: [], removed: [], unchanged: 0, kept: [], ...said };
  const counterparts = new Set([...next.values()].flatMap((entry) => (entry.template?.consolidatedBy ? [entry.template.consolidatedBy] : [])));
  for (const [key, { template, title }] of next) {
    // Its file failed the check: the version stored before stays in use, and is named as such
    // (one kept from another machine's folder is no broken file).
    if (!template) {
      if (!elsewhere.has(key)) changes.kept.push(title);
      continue;
    }
    const stored = await templates.storeTemplate(key, template.title, template, template.version ?? 1);
    if (!stored.created) changes.unchanged++;
    else if (stored.previousVersion === undefined) changes.added.push(stored);
    else changes.changed.push({ ...stored, previousVersion: stored.previousVersion, consolidates: counterparts.has(key) });
  }
  changes.removed = [...before].filter(([key]) => !next.has(key)).map(([, entry]) => entry.title);
  return changes;
}
