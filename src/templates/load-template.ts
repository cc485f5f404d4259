/**
 * Reads and checks a template. A malformed template is refused with each problem located (file,
 * line, section, question: see check-template.ts), so a broken file never reaches a conversation.
 */
import { checkTemplateData, checkTemplateFile, formatProblem, type LocatedProblem } from "./check-template.ts";
import type { Template } from "./template-schema.ts";

export class TemplateError extends Error {
  constructor(
    readonly source: string,
    readonly problems: LocatedProblem[],
  ) {
    super(`Template ${source} is invalid:\n  ${problems.map(formatProblem).join("\n  ")}`);
    this.name = "TemplateError";
  }
}

export function parseTemplate(data: unknown, source = "template"): Template {
  const checked = checkTemplateData(data, source);
  if (!checked.ok) throw new TemplateError(source, checked.problems);
  return checked.template;
}

export function loadTemplateFile(path: string): Template {
  const checked = checkTemplateFile(path);
  if (!checked.ok) throw new TemplateError(path, checked.problems);
  return checked.template;
}
