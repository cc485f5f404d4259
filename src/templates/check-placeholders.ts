/**
 * The `{…}` names a template's texts may use, checked: a name the document cannot fill, or a brace
 * left open, would be printed as typed in an official document ("Ngày {khong_ton_tai}").
 * The document's own texts (summary, reference, closing, Kính gửi) take the campaign's names; a
 * field's documentText its own answer, {value}, another question's, {field_id}, or the unit's name,
 * {unitName} (the report naming itself: "… {unitName} trân trọng đề nghị:"); section texts
 * and headings nothing (they are printed as written).
 */
import { vi } from "../sentences/vi.ts";
import { arrayOf, fieldsWithPaths, isObject, type ProblemPath, sectionsWithPaths, type TemplateProblem } from "./template-problems.ts";

/** What report-content.ts fills in the document's own texts. */
const DOCUMENT_NAMES: ReadonlySet<string> = new Set(["year", "period", "unitName", "issuerName", "reference"]);
const NONE: ReadonlySet<string> = new Set();
const PLACEHOLDER = /\{([^{}]*)\}/g;

export function checkPlaceholders(data: Record<string, unknown>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  /**
   * `allowed` is a set, and a field's own id is left out by `except`, not by copying the ids for
   * each field: that copy (and a search of it per name) made a template's check grow with the
   * square of its questions (20,000 took two minutes, the bot answering no one meanwhile).
   */
  const check = (text: unknown, path: ProblemPath, allowed: ReadonlySet<string>, except?: unknown) => {
    if (typeof text !== "string") return;
    // {value} is the field's own answer even when its id is "value".
    const fits = (name: string) => allowed.has(name) && (name !== except || name === "value");
    for (const [, name] of text.matchAll(PLACEHOLDER)) {
      if (fits(name!)) continue;
      const names = [...allowed].filter(fits);
      problems.push({ path, message: vi.template.unknownPlaceholder(name!, names.length > 0 ? names.map((a) => `{${a}}`).join(", ") : vi.template.noPlaceholders) });
    }
    // What is left once the pairs are gone: a lone brace.
    if (/[{}]/.test(text.replace(PLACEHOLDER, ""))) problems.push({ path, message: vi.template.loneBrace });
  };

  const document = isObject(data.document) ? data.document : {};
  for (const key of ["summary", "referenceText", "closingText"]) check(document[key], ["document", key], DOCUMENT_NAMES);
  for (const [i, to] of arrayOf(document.addressedTo).entries()) check(to, ["document", "addressedTo", i], DOCUMENT_NAMES);

  const fields = [...fieldsWithPaths(data)];
  const answers = new Set(["value", "unitName", ...fields.flatMap(({ field }) => (typeof field.id === "string" ? [field.id] : []))]);
  for (const { field, path } of fields) {
    for (const key of ["documentText", "documentTextIfZero"]) check(field[key], [...path, key], answers, field.id);
    check(field.documentHeading, [...path, "documentHeading"], NONE);
  }
  for (const { section, path } of sectionsWithPaths(data)) for (const key of ["heading", "intro", "whenEmpty"]) check(section[key], [...path, key], NONE);
  return problems;
}
