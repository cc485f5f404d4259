/**
 * The report types in use: the built-in ones, and the operator's files in TEMPLATES_DIR (JSON or
 * YAML), where a file with a built-in's key replaces it. Read at start-up and on /mau nap. A broken
 * file never stops the bot: it is reported (file, line, section, question) and the others load; a
 * file that breaks after it loaded once keeps its last good version in use.
 *
 * Versions live in the database (template-repository.ts; catalog-changes.ts): a changed file is stored as a new
 * version, an open campaign keeps the one it was opened with, and every instance lists the report
 * types the last load found (on any instance), each at its latest stored version.
 */
import { existsSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import type { StoredTemplate, TemplateRepository } from "../db/template-repository.ts";
import { type CatalogChanges, storeCatalogChanges } from "./catalog-changes.ts";
import { checkTemplateFile, type LocatedProblem } from "./check-template.ts";
import { counterpartProblems } from "./counterpart-problems.ts";
import { replacedBuiltInNote } from "./replaced-built-in.ts";
import { templateFiles } from "./template-source.ts";
import type { Template } from "./template-schema.ts";
import { vi } from "../sentences/vi.ts";

export interface CatalogEntry {
  title: string;
  /** The file's template as read now; undefined for one kept at its last good version (broken now). */
  template?: Template;
  /** The operator's file it was read from; undefined for a built-in. */
  file?: string;
  /** Kept from a folder another machine has (TEMPLATES_DIR of another instance): not broken, only not read here. */
  elsewhere?: true;
}

// Read by the officers' /mau nap (template-commands.ts) from here, where the catalog's load returns it.
export type { CatalogChanges } from "./catalog-changes.ts";

export interface TemplateCatalogDeps {
  templates: TemplateRepository;
  builtInDir: string;
  operatorDir: string;
}

export function createTemplateCatalog(deps: TemplateCatalogDeps) {
  let entries = new Map<string, CatalogEntry>();
  /** The key each operator file gave when it last loaded, so a broken file keeps its last good version. */
  const keyOfFile = new Map<string, string>();

  /**
   * After a restart, what the last load (on any instance) had in use: an operator file that is
   * broken now keeps the version stored then, instead of its report type disappearing.
   */
  const remember = async () => {
    const inUse = (await deps.templates.inUse()) ?? [];
    const titles = new Map((await deps.templates.latestOf(inUse.map((e) => e.key))).map((row) => [row.key, row.title]));
    for (const { key, file } of inUse) {
      if (!file || !titles.has(key)) continue;
      keyOfFile.set(file, key);
      entries.set(key, { title: titles.get(key)!, file });
    }
  };

  /**
   * Reads every file again and stores what changed as new versions. `startUp`: an instance starting
   * keeps what another instance read from a folder this machine does not have; an officer's /mau nap
   * on it loads its own folder only (the way to withdraw such a type).
   */
  const load = async (options: { startUp?: boolean } = {}): Promise<CatalogChanges> => {
    if (keyOfFile.size === 0) await remember();
    const problems: LocatedProblem[] = [];
    const notes: LocatedProblem[] = [];
    const next = new Map<string, CatalogEntry>();
    /** The file each report type read now came from, a built-in's too. */
    const fileOfKey = new Map<string, string>();
    /** Operator files that could not be read keep the entry they had. */
    const keep = (file: string) => {
      const key = keyOfFile.get(file);
      const entry = key === undefined ? undefined : entries.get(key);
      if (key !== undefined && entry && !next.has(key)) next.set(key, { title: entry.title, file });
    };
    const read = (dir: string, operator: boolean) => {
      const byKey = new Map<string, string>();
      /** Keys two operator files gave this time. */
      const duplicated = new Set<string>();
      const files = templateFiles(dir, operator);
      if (!files.ok) {
        problems.push({ file: dir, message: vi.template.unreadableFolder(dir, files.error) });
        if (operator) for (const file of keyOfFile.keys()) keep(file);
        return;
      }
      for (const file of files.names) {
        const checked = checkTemplateFile(file);
        if (!checked.ok) {
          problems.push(...checked.problems);
          if (operator) keep(file);
          continue;
        }
        const { key, title } = checked.template;
        const earlier = byKey.get(key);
        // Two operator files with one key (a copy being edited): neither is used, whichever name
        // sorts first, and the version loaded before stays (the copy won, the real file was skipped).
        if (operator && earlier) {
          problems.push({ file, message: vi.template.duplicateKeyBoth(key, basename(earlier)) });
          if (!duplicated.has(key)) next.delete(key);
          duplicated.add(key);
          const before = entries.get(key);
          if (before && !next.has(key)) next.set(key, { title: before.title, file: before.file });
          continue;
        }
        const sameTitle = [...next].find(([other, entry]) => other !== key && entry.title === title);
        if (earlier || sameTitle) {
          problems.push({ file, message: earlier ? vi.template.duplicateKey(key, earlier) : vi.template.duplicateTitle(title, sameTitle![0]) });
          continue;
        }
        const builtIn = operator ? next.get(key) : undefined;
        const note = builtIn?.template && !builtIn.file && replacedBuiltInNote(checked.template, builtIn.template);
        if (note) notes.push({ file, message: note });
        byKey.set(key, file);
        fileOfKey.set(key, file);
        if (operator) keyOfFile.set(file, key);
        next.set(key, { title, template: checked.template, file: operator ? file : undefined });
      }
    };
    read(deps.builtInDir, false);
    read(deps.operatorDir, true);
    // A report type another instance read from a folder this one does not have (TEMPLATES_DIR
    // unset or another path on one of them): not withdrawn for every instance by this one's start,
    // but kept and said.
    const ownFolder = resolve(deps.operatorDir);
    const elsewhere = new Set<string>();
    for (const [file, key] of options.startUp ? keyOfFile : []) {
      // A folder of this machine (TEMPLATES_DIR moved from it) is this machine's to read: not kept.
      if (resolve(dirname(file)) === ownFolder || next.has(key) || existsSync(dirname(file))) continue;
      keep(file);
      if (!next.has(key)) continue;
      problems.push({ file, message: vi.template.otherFolder(key, ownFolder) });
      elsewhere.add(key);
    }
    // Between report types: a file whose counterpart or sources do not fit is refused, as a broken
    // file is (its last good version stays in use).
    const readNow = [...next].flatMap(([key, entry]) => (entry.template ? [{ template: entry.template, file: fileOfKey.get(key)! }] : []));
    // Of two files that no longer fit, the one changed since the last load is at fault, not the other.
    const changedKeys = await deps.templates.changedKeys(readNow.map(({ template }) => ({ key: template.key, definition: template })));
    const changedFiles = new Set(readNow.filter(({ template }) => changedKeys.has(template.key)).map(({ file }) => file));
    for (const problem of counterpartProblems(readNow, new Set(next.keys()), (file) => file.startsWith(deps.builtInDir), (file) => changedFiles.has(file))) {
      problems.push(problem);
      const key = [...fileOfKey].find(([, file]) => file === problem.file)?.[0];
      const entry = key === undefined ? undefined : next.get(key);
      // A built-in is never dropped (it has no earlier version to fall back on).
      if (key === undefined || !entry?.template || !entry.file) continue;
      next.delete(key);
      if (entry.file) keep(entry.file);
    }

    const changes = await storeCatalogChanges(deps.templates, { next, before: entries, elsewhere }, { problems, notes });
    for (const key of elsewhere) next.set(key, { ...next.get(key)!, elsewhere: true });
    entries = next;
    await deps.templates.setInUse([...next].map(([key, entry]) => ({ key, file: entry.file })));
    return changes;
  };

  return {
    load,
    /**
     * The report types in use, each at its latest stored version, by title: as the last load on
     * any instance found them (an officer's /mau nap reaches one instance; the others follow).
     */
    async current(): Promise<(StoredTemplate & { file?: string; broken: boolean })[]> {
      const inUse = (await deps.templates.inUse()) ?? [...entries].map(([key, entry]) => ({ key, file: entry.file }));
      const files = new Map(inUse.map((entry) => [entry.key, entry.file]));
      const latest = await deps.templates.latestOf(inUse.map((entry) => entry.key));
      // Kept at its last good version because its file is broken now (as this instance last read it).
      const broken = (key: string) => entries.get(key)?.file !== undefined && entries.get(key)?.template === undefined && !entries.get(key)?.elsewhere;
      return latest.map((row) => ({ ...row, file: files.get(row.key), broken: broken(row.key) })).sort((a, b) => a.title.localeCompare(b.title, "vi"));
    },
    /** The template of a report type in use. */
    template(key: string): Template | undefined {
      return entries.get(key)?.template;
    },
    operatorDir: deps.operatorDir,
  };
}

export type TemplateCatalog = ReturnType<typeof createTemplateCatalog>;
