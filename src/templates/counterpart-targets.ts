/**
 * What a consolidated question computed by `from` can hold, by what is computed and from what: a
 * count into a percent question printed "2%" for two schools, a list into a figure printed "NaN",
 * and a table column the units' table does not have stayed empty in every row. The source side
 * (which questions each kind reads) is counterpart-problems.ts's; this is the target side.
 */
import type { Field, FieldSource } from "./template-schema.ts";
import type { ProblemPath } from "./template-problems.ts";
import { vi } from "../sentences/vi.ts";

/** A sum, an average, a minimum or a maximum of figures: a share stays a share, a count no share ("1.250%"). */
const figuresFrom = (source: Field["type"]): readonly Field["type"][] => (source === "percent" ? ["percent", "decimal"] : ["integer", "decimal"]);
const TEXTS: readonly Field["type"][] = ["paragraph", "bullet-list"];

/** The question types that can hold what `as` computes from a question of type `source`. */
export function targetTypesFor(as: FieldSource["as"], source: Field["type"]): readonly Field["type"][] {
  switch (as) {
    case "sum":
      return source === "table" ? ["table"] : figuresFrom(source);
    case "average":
    case "min":
    case "max":
      return source === "date" ? ["date"] : figuresFrom(source);
    case "count-yes":
    case "count-no":
    case "units-answered":
      return ["integer", "decimal"];
    case "share-yes":
      return ["percent", "decimal"];
    case "per-option":
    case "list":
      return TEXTS;
  }
}

type RawField = { id?: unknown; type?: unknown; columns?: unknown };
type RawColumn = { id?: unknown; type?: unknown; sum?: unknown };

/**
 * Problems of one computed question (`target`, as written in the file) against the units' question
 * it reads; `unitKey` names the units' report type. Paths are relative to the question.
 */
export function targetProblems(from: FieldSource, source: Field, target: RawField, unitKey: string): { path: ProblemPath; message: string }[] {
  const fitting = targetTypesFor(from.as, source.type);
  const type = String(target.type);
  if (!fitting.includes(type as Field["type"])) return [{ path: ["type"], message: vi.template.targetDoesNotFit(from.as, source.id, source.type, type, fitting) }];
  if (source.type !== "table" || !Array.isArray(target.columns)) return [];
  // Columns are matched by id (sum-tables.ts): one the units' table lacks would always be empty.
  const sourceColumns = new Map(source.columns.map((column) => [column.id, column]));
  return (target.columns as RawColumn[]).flatMap((column, i) => {
    const id = String(column.id);
    const sourceColumn = sourceColumns.get(id);
    if (sourceColumn === undefined) return [{ path: ["columns", i, "id"], message: vi.template.columnNotInSource(id, source.id, unitKey, [...sourceColumns.keys()]) }];
    if (sourceColumn.type !== column.type) return [{ path: ["columns", i, "type"], message: vi.template.columnTypeDiffers(id, String(column.type), sourceColumn.type) }];
    // Minutes the units do not add up would be added up by the ward (merged rows, its totals).
    if ((sourceColumn.sum === false) !== (column.sum === false)) return [{ path: ["columns", i], message: vi.template.columnSumDiffers(id, sourceColumn.sum === false) }];
    return [];
  });
}
