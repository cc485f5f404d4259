/**
 * The template files shipped in built-in/ (the operator's own are read by template-catalog.ts from
 * TEMPLATES_DIR), and the officers' own flow.
 */
import { readdirSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTemplateFile } from "./load-template.ts";
import { TEMPLATE_EXTENSIONS } from "./template-source.ts";
import type { Template } from "./template-schema.ts";

export const BUILT_IN_TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), "built-in");

/** The key of the lifelong-learning-week report derived from the seeds. */
export const LIFELONG_LEARNING_WEEK = "tuan-le-hoc-tap-suot-doi";

export function loadTemplatesFrom(dir: string): Template[] {
  return readdirSync(dir)
    .filter((name) => TEMPLATE_EXTENSIONS.includes(extname(name).toLowerCase()))
    .sort()
    .map((name) => loadTemplateFile(join(dir, name)));
}

export function loadBuiltInTemplates(): Template[] {
  return loadTemplatesFrom(BUILT_IN_TEMPLATES_DIR);
}

/** The officers' own flow (opening a campaign): a template too, read once. */
export function loadOpenCampaignTemplate(): Template {
  return loadTemplateFile(join(dirname(fileURLToPath(import.meta.url)), "officer", "mo-dot-bao-cao.json"));
}

/** The campaign template with the report types that exist now as the choices of its first question. */
export function withReportTypes(template: Template, reportTitles: string[]): Template {
  const options = reportTitles.length >= 2 ? reportTitles : [...reportTitles, ...reportTitles];
  const sections = template.sections.map((section) => ({
    ...section,
    fields: section.fields.map((field) => (field.id === "template_title" && field.type === "single-choice" ? { ...field, options } : field)),
  }));
  return { ...template, sections };
}
