/**
 * Checks between report types: a unit template's `consolidatedBy` must name a report type that
 * exists, and each `from` of that consolidated counterpart must name a question of the unit
 * template with a kind that can be computed from its answers, into a question that can hold what it
 * computes (counterpart-targets.ts). Each file alone passes its own check;
 * together they can still leave the ward's figures silently empty ("so_hocsinh" for "so_hoc_sinh",
 * a `sum` of yes/no answers). Run by /mau nap (the file at fault keeps its last good version) and by
 * `npm run template -- check`.
 */
import type { LocatedProblem } from "./check-template.ts";
import { locateProblem } from "./check-template.ts";
import { listFields } from "./template-fields.ts";
import { fieldsWithPaths, type ProblemPath, type TemplateProblem } from "./template-problems.ts";
import type { Field, FieldSource, Template } from "./template-schema.ts";
import { readTemplateSource } from "./template-source.ts";
import { targetProblems } from "./counterpart-targets.ts";
import { vi } from "../sentences/vi.ts";

export interface TemplateInFile {
  template: Template;
  /** Where it was read from; a built-in's too. */
  file: string;
}

/** The question types each kind of computation reads (`list` and `units-answered` read any). */
const KIND_READS: Record<FieldSource["as"], readonly Field["type"][] | "any"> = {
  sum: ["integer", "decimal", "percent", "table"],
  average: ["integer", "decimal", "percent", "date"],
  min: ["integer", "decimal", "percent", "date"],
  max: ["integer", "decimal", "percent", "date"],
  "count-yes": ["yes-no"],
  "count-no": ["yes-no"],
  "share-yes": ["yes-no"],
  "per-option": ["single-choice", "multiple-choice", "yes-no"],
  "units-answered": "any",
  list: "any",
};

const kindsFor = (type: Field["type"]) => (Object.keys(KIND_READS) as FieldSource["as"][]).filter((kind) => KIND_READS[kind] === "any" || KIND_READS[kind].includes(type));

/**
 * `known`: the keys of every report type in use, those kept at an earlier version included.
 * Problems come with the file at fault: the counterpart's for a `from`, the unit template's for its
 * `consolidatedBy`; but when the counterpart is a built-in, or its file has not changed since it
 * was last loaded (`isChanged`, /mau nap) while the unit's has, the unit's file is at fault: the
 * question it renamed broke the ward's report, which was refused in its place.
 */
export function counterpartProblems(
  templates: readonly TemplateInFile[],
  known: ReadonlySet<string> = new Set(templates.map((t) => t.template.key)),
  isBuiltIn: (file: string) => boolean = () => false,
  isChanged: (file: string) => boolean = () => true,
): LocatedProblem[] {
  const byKey = new Map(templates.map((t) => [t.template.key, t]));
  const problems: { file: TemplateInFile; problem: TemplateProblem }[] = [];
  for (const unit of templates) {
    const key = unit.template.consolidatedBy;
    if (key === undefined) continue;
    const counterpart = byKey.get(key);
    if (!counterpart) {
      if (!known.has(key)) problems.push({ file: unit, problem: { path: ["consolidatedBy"], message: vi.template.unknownCounterpart(key) } });
      continue;
    }
    const sources = new Map(listFields(unit.template).map((p) => [p.field.id, p.field]));
    for (const { field, path } of fieldsWithPaths(counterpart.template as unknown as Record<string, unknown>)) {
      const from = (field as { from?: FieldSource }).from;
      if (!from) continue;
      const source = sources.get(from.field);
      const fits = source !== undefined && kindsFor(source.type).includes(from.as);
      // A built-in counterpart is not the operator's to change, nor one whose file stayed as it was
      // while the unit's changed: the unit's file that no longer gives what it reads is at fault
      // (and keeps its last good version).
      const builtIn = isBuiltIn(counterpart.file) && !isBuiltIn(unit.file);
      const unitAtFault = builtIn || (!isBuiltIn(unit.file) && isChanged(unit.file) && !isChanged(counterpart.file));
      if (fits) {
        for (const problem of targetProblems(from, source, field as Record<string, unknown>, unit.template.key)) {
          problems.push({ file: unitAtFault ? unit : counterpart, problem: { path: unitAtFault ? ["consolidatedBy"] : [...path, ...problem.path], message: problem.message } });
        }
        continue;
      }
      if (unitAtFault) {
        const message = source ? vi.template.counterpartKindGone(key, builtIn, from.as, source.id, source.type) : vi.template.counterpartFieldGone(key, builtIn, from.field);
        problems.push({ file: unit, problem: { path: ["consolidatedBy"], message } });
        continue;
      }
      const at = (part: string): ProblemPath => [...path, "from", part];
      if (!source) problems.push({ file: counterpart, problem: { path: at("field"), message: vi.template.unknownSource(from.field, unit.template.key) } });
      else problems.push({ file: counterpart, problem: { path: at("as"), message: vi.template.kindDoesNotFit(from.as, source.id, source.type, kindsFor(source.type)) } });
    }
  }
  return problems.map(({ file, problem }) => {
    const source = readTemplateSource(file.file);
    return locateProblem(problem, file.file, source.ok ? source.data : file.template, source.ok ? source.lineAt : () => undefined);
  });
}
