/**
 * Reads and checks a template file. A malformed template is refused at load with the path of the
 * bad element ("sections[0].fields[2].type: ..."), so a broken file never reaches a conversation.
 */
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { listFields } from "./template-fields.ts";
import { templateSchema, type Template } from "./template-schema.ts";

export class TemplateError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Template ${source} is invalid:\n  ${problems.join("\n  ")}`);
    this.name = "TemplateError";
  }
}

export function parseTemplate(data: unknown, source = "template"): Template {
  const parsed = templateSchema.safeParse(data);
  if (!parsed.success) throw new TemplateError(source, parsed.error.issues.map(describeIssue));
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) throw new TemplateError(source, problems);
  return parsed.data;
}

export function loadTemplateFile(path: string): Template {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new TemplateError(path, [`not readable JSON: ${(error as Error).message}`]);
  }
  return parseTemplate(data, path);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** Checks zod cannot express: unique ids, conditions on earlier fields, closing roles that exist. */
function checkReferences(template: Template): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const { field, index } of listFields(template)) {
    const where = `field "${field.id}"`;
    if (seen.has(field.id)) problems.push(`${where}: duplicate id`);
    if (field.showIf && !seen.has(field.showIf.field)) {
      problems.push(`${where}.showIf.field: "${field.showIf.field}" is not an earlier field`);
    }
    if ("min" in field && "max" in field && field.min !== undefined && field.max !== undefined && field.min > field.max) {
      problems.push(`${where}: min is greater than max`);
    }
    seen.set(field.id, index);
  }
  const closing = template.closing;
  for (const role of ["recipients", "signerAuthority", "signerPosition", "signerName"] as const) {
    const id = closing[role];
    if (id !== undefined && !closing.fields.some((f) => f.id === id)) {
      problems.push(`closing.${role}: "${id}" is not one of closing.fields`);
    }
  }
  return problems;
}
