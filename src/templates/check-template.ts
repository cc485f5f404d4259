/**
 * Checks a template file and says each problem with its file, line, the section heading and the
 * question id it belongs to: what `npm run template -- check` prints, and what the bot logs for a
 * file it could not load (it loads the others).
 */
import { readTemplateSource } from "./template-source.ts";
import { checkPlaceholders } from "./check-placeholders.ts";
import { checkReferences, describeIssues, fieldsWithPaths, isObject, type ProblemPath, type TemplateProblem } from "./template-problems.ts";
import { templateSchema, type Template } from "./template-schema.ts";
import { vi } from "../sentences/vi.ts";

/**
 * The most questions a template may have, said in the refusal and the README: the built-in ones have
 * about twenty, and a file of thousands (a generated one, a paste gone wrong) is no report a unit
 * answers in a chat; its check would hold the bot's one thread. Counted before the checks run.
 */
export const MAX_TEMPLATE_QUESTIONS = 500;

export interface LocatedProblem {
  file: string;
  line?: number;
  /** "Công tác chỉ đạo › Tổ chức các hoạt động", or the part of the file outside the sections. */
  context?: string;
  message: string;
}

export type CheckResult = { ok: true; template: Template } | { ok: false; problems: LocatedProblem[] };

/** Checks data already read (a stored definition, a test's object): problems without lines. */
export function checkTemplateData(data: unknown, file = "", lineAt: (path: ProblemPath) => number | undefined = () => undefined): CheckResult {
  const locate = (problem: TemplateProblem): LocatedProblem => locateProblem(problem, file, data, lineAt);
  // A YAML file of comments alone, a list or a bare text: the schema would name the missing group
  // with an empty key ("«» phải là một nhóm { ... }").
  if (data === null || data === undefined) return { ok: false, problems: [{ file, message: vi.template.emptyFile }] };
  if (!isObject(data)) return { ok: false, problems: [{ file, line: lineAt([]), message: vi.template.notATemplate }] };
  const questions = [...fieldsWithPaths(data)].length;
  if (questions > MAX_TEMPLATE_QUESTIONS) return { ok: false, problems: [{ file, message: vi.template.tooManyQuestions(questions, MAX_TEMPLATE_QUESTIONS) }] };
  const parsed = templateSchema.safeParse(data, { reportInput: true });
  const problems = [...(parsed.success ? [] : describeIssues(parsed.error.issues)), ...checkReferences(data), ...(isObject(data) ? checkPlaceholders(data) : [])];
  if (problems.length > 0) return { ok: false, problems: problems.map(locate).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  return { ok: true, template: parsed.data! };
}

export function checkTemplateFile(file: string): CheckResult {
  const source = readTemplateSource(file);
  if (!source.ok && "refused" in source) return { ok: false, problems: [{ file, message: source.refused }] };
  if (!source.ok) {
    const { line, column, detail, format } = source.syntax;
    const message = line === undefined ? vi.template.unreadable(detail) : vi.template.syntax(format, column, detail);
    return { ok: false, problems: [{ file, line, message }] };
  }
  return checkTemplateData(source.data, file, source.lineAt);
}

/** A problem at `problem.path` of a template's data, with its line and the section and question it is in. */
export function locateProblem(problem: TemplateProblem, file: string, data: unknown, lineAt: (path: ProblemPath) => number | undefined): LocatedProblem {
  return { file, line: lineAt(problem.path), context: contextOf(data, problem.path), message: problem.message };
}

/** "mau.yaml, dòng 12 — mục «Công tác chỉ đạo», câu «so_luot»: thiếu «prompt»" */
export function formatProblem(problem: LocatedProblem): string {
  const where = vi.template.where(problem.file, problem.line);
  return `${where}${problem.context ? ` — ${problem.context}` : ""}: ${problem.message}`;
}

/** The section headings and the question id along `path`, read from the file's own data. */
function contextOf(data: unknown, path: ProblemPath): string | undefined {
  const parts: string[] = [];
  let node: unknown = data;
  for (const [i, part] of path.entries()) {
    const parent = node;
    node = node && typeof node === "object" ? (node as Record<string | number, unknown>)[part] : undefined;
    if (i === 0 && part === "closing") parts.push(vi.template.inClosing);
    if (i === 0 && part === "document") parts.push(vi.template.inDocument);
    if (typeof part !== "number" || !Array.isArray(parent)) continue;
    const key = path[i - 1];
    const element = (node ?? {}) as { heading?: unknown; id?: unknown };
    if (key === "sections" && typeof element.heading === "string") parts.push(vi.template.inSection(element.heading));
    if (key === "fields") parts.push(typeof element.id === "string" ? vi.template.inField(element.id) : vi.template.inFieldNumber(part + 1));
  }
  return parts.length > 0 ? parts.join(", ") : undefined;
}
