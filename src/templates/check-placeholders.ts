/**
 * The `{…}` names a template's texts may use, checked: a name the document cannot fill, or a brace
 * left open, would be printed as typed in an official document ("Ngày {khong_ton_tai}").
 * The document's own texts (summary, reference, closing, Kính gửi) take the campaign's names; a
 * field's documentText its own answer, {value}, or another question's, {field_id}; section texts
 * and headings nothing (they are printed as written).
 */
import { vi } from "../sentences/vi.ts";
import { arrayOf, fieldsWithPaths, isObject, type ProblemPath, sectionsWithPaths, type TemplateProblem } from "./template-problems.ts";

/** What report-content.ts fills in the document's own texts. */
const DOCUMENT_NAMES = ["year", "period", "unitName", "issuerName", "reference"];
const PLACEHOLDER = /\{([^{}]*)\}/g;

export function checkPlaceholders(data: Record<string, unknown>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const check = (text: unknown, path: ProblemPath, allowed: readonly string[]) => {
    if (typeof text !== "string") return;
    for (const [, name] of text.matchAll(PLACEHOLDER)) {
      if (!allowed.includes(name!)) problems.push({ path, message: vi.template.unknownPlaceholder(name!, allowed.length > 0 ? allowed.map((a) => `{${a}}`).join(", ") : vi.template.noPlaceholders) });
    }
    // What is left once the pairs are gone: a lone brace.
    if (/[{}]/.test(text.replace(PLACEHOLDER, ""))) problems.push({ path, message: vi.template.loneBrace });
  };

  const document = isObject(data.document) ? data.document : {};
  for (const key of ["summary", "referenceText", "closingText"]) check(document[key], ["document", key], DOCUMENT_NAMES);
  for (const [i, to] of arrayOf(document.addressedTo).entries()) check(to, ["document", "addressedTo", i], DOCUMENT_NAMES);

  const fields = [...fieldsWithPaths(data)];
  const ids = fields.flatMap(({ field }) => (typeof field.id === "string" ? [field.id] : []));
  for (const { field, path } of fields) {
    for (const key of ["documentText", "documentTextIfZero"]) check(field[key], [...path, key], ["value", ...ids.filter((id) => id !== field.id)]);
    check(field.documentHeading, [...path, "documentHeading"], []);
  }
  for (const { section, path } of sectionsWithPaths(data)) for (const key of ["heading", "intro", "whenEmpty"]) check(section[key], [...path, key], []);
  return problems;
}
