/**
 * The units roster, from a CSV or YAML file: code, name, type, parent (a unit code), parent body
 * (the header's upper line) and place name. Validated whole before anything is stored: every
 * problem of every row is reported with the file line it is on, and nothing is loaded.
 */
import { isMap, isNode, isSeq, LineCounter, parseDocument, type YAMLError } from "yaml";
import { yamlErrorWords } from "../templates/template-source.ts";
import { z } from "zod";
import { parseCsv } from "./roster-csv.ts";

export interface RosterUnit {
  code: string;
  name: string;
  type: string;
  parent?: string;
  parentBody?: string;
  place?: string;
}

/** Each field checked on its own, so one bad field never hides another of the same row. */
const FIELDS = {
  code: z.string({ error: "mã đơn vị (code) trống" }).trim().min(1, "mã đơn vị (code) trống").regex(/^[A-Za-z0-9_-]+$/, "mã đơn vị chỉ gồm chữ không dấu, số, - và _"),
  name: z.string({ error: "tên đơn vị (name) trống" }).trim().min(1, "tên đơn vị (name) trống"),
};

export type RosterResult = { ok: true; units: RosterUnit[] } | { ok: false; errors: string[] };

interface SourceRow {
  line: number;
  values: Record<string, unknown>;
  /** Problems found while reading the row itself (e.g. extra CSV columns). */
  problems: string[];
}

/** Parses and checks a roster; `knownCodes` are units already in the database (valid parents). */
export function parseRoster(text: string, format: "csv" | "yaml", knownCodes: ReadonlySet<string> = new Set()): RosterResult {
  const source = format === "csv" ? csvRows(text) : yamlRows(text);
  if (!source.ok) return source;
  const rows = source.rows.map((row) => ({ row, ...checkRow(row) }));
  const firstLine = new Map<string, number>();
  for (const { row, unit } of rows) if (unit.code && !firstLine.has(unit.code)) firstLine.set(unit.code, row.line);
  const errors: string[] = [];
  for (const { row, unit, problems } of rows) {
    const seenAt = unit.code ? firstLine.get(unit.code) : undefined;
    if (seenAt !== undefined && seenAt !== row.line) problems.push(`mã ${unit.code} trùng với dòng ${seenAt}`);
    if (unit.parent && unit.parent === unit.code) problems.push("đơn vị không thể là cấp trên của chính nó");
    else if (unit.parent && !firstLine.has(unit.parent) && !knownCodes.has(unit.parent)) problems.push(`đơn vị cấp trên ${unit.parent} không có trong danh sách`);
    if (problems.length > 0) errors.push(`Dòng ${row.line}: ${problems.join("; ")}`);
  }
  if (rows.length === 0) errors.push("Tệp không có đơn vị nào.");
  return errors.length > 0 ? { ok: false, errors } : { ok: true, units: rows.map((r) => r.unit as RosterUnit) };
}

/** One row's unit (as far as it could be read) and every problem of its own fields. */
function checkRow(row: SourceRow): { unit: Partial<RosterUnit>; problems: string[] } {
  const value = (key: string) => {
    const raw = row.values[key];
    return raw === "" || raw === null || raw === undefined ? undefined : String(raw).trim() || undefined;
  };
  const problems = [...row.problems];
  const field = <T>(schema: z.ZodType<T>, key: string): T | undefined => {
    const parsed = schema.safeParse(value(key));
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => issue.message));
    return parsed.success ? parsed.data : undefined;
  };
  const code = field(FIELDS.code, "code")?.toUpperCase();
  const name = field(FIELDS.name, "name");
  const parent = value("parent")?.toUpperCase();
  const unit = { code, name, type: value("type") ?? "school", parent, parentBody: value("parent_body"), place: value("place") };
  return { unit, problems };
}

function csvRows(text: string): { ok: true; rows: SourceRow[] } | { ok: false; errors: string[] } {
  const table = parseCsv(text);
  const missing = ["code", "name"].filter((column) => !table.header.includes(column));
  if (table.header.length > 0 && missing.length > 0) return { ok: false, errors: [`Dòng ${table.headerLine}: thiếu cột ${missing.join(", ")} ở dòng tiêu đề`] };
  const rows = table.records.map((record) => ({
    line: record.line,
    values: record.values,
    problems:
      record.fieldCount > table.header.length
        ? [`có ${record.fieldCount} ô nhưng tiêu đề chỉ có ${table.header.length} cột (ô có dấu phẩy cần đặt trong ngoặc kép)`]
        : [],
  }));
  return { ok: true, rows };
}

/** A YAML list of units (or `units:` holding one); each unit's line comes from the parser's positions. */
function yamlRows(text: string): { ok: true; rows: SourceRow[] } | { ok: false; errors: string[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  // The parser's messages already name the line and column.
  // The first error, as the template checker says it (a Tab, a missing quote), with its line: those
  // after it follow from it (a Tab gave three English messages).
  if (document.errors.length > 0) return { ok: false, errors: [yamlErrorText(document.errors[0]!)] };
  const root = document.contents;
  const list = isSeq(root) ? root : isMap(root) ? root.get("units", true) : undefined;
  if (!isSeq(list)) return { ok: false, errors: ["Không đọc được tệp: cần một danh sách đơn vị (hoặc khóa units:)"] };
  const rows = list.items.map((item) => {
    const line = isNode(item) && item.range ? lineCounter.linePos(item.range[0]).line : 1;
    if (!isMap(item)) return { line, values: {}, problems: ["mục này không phải là một đơn vị (cần các khóa code, name…)"] };
    return { line, values: lowerKeys(item.toJSON() as Record<string, unknown>), problems: [] };
  });
  return { ok: true, rows };
}

function lowerKeys(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key.trim().toLowerCase(), value]));
}

function yamlErrorText(error: YAMLError): string {
  const line = error.linePos?.[0]?.line;
  return `Không đọc được tệp${line === undefined ? "" : `, dòng ${line}`}: ${yamlErrorWords(error)}`;
}
