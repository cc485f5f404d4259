/**
 * The report types the bot would read from TEMPLATES_DIR besides the files being checked: checking
 * pccc.yaml alone, while pccc-phuong.yaml (its consolidatedBy) sits in that folder, said no report
 * type had that key. The folder is found as the bot finds it (TEMPLATES_DIR, else beside the
 * database; `.env` read too); none is read when the settings cannot be (checking the files
 * themselves needs no settings), and the folder's own broken files are not this check's to say.
 */
import { resolve } from "node:path";
import { createConfig } from "../config.ts";
import { loadDotEnv } from "../load-dot-env.ts";
import { checkTemplateFile } from "../templates/check-template.ts";
import type { TemplateInFile } from "../templates/counterpart-problems.ts";
import { templateFiles } from "../templates/template-source.ts";

/** `checked`: the files named on the command line and the keys they give, which replace the folder's. */
export function folderTemplates(checked: { files: readonly string[]; keys: ReadonlySet<string> }): { dir?: string; templates: TemplateInFile[] } {
  try {
    loadDotEnv();
  } catch {
    // An unreadable .env is the bot's to refuse at its start; the files are still checked.
  }
  const config = createConfig(process.env);
  if (!config.ok) return { templates: [] };
  const dir = resolve(config.config.templatesDir);
  const listed = templateFiles(dir, false);
  if (!listed.ok) return { dir, templates: [] };
  const named = new Set(checked.files.map((file) => resolve(file)));
  const templates: TemplateInFile[] = [];
  const keys = new Set(checked.keys);
  for (const file of listed.names) {
    if (named.has(file)) continue;
    const read = checkTemplateFile(file);
    // Two files of one key are both refused by the bot: neither is a report type it would offer.
    if (!read.ok || keys.has(read.template.key)) continue;
    keys.add(read.template.key);
    templates.push({ template: read.template, file });
  }
  return { dir, templates };
}
