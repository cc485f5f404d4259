/**
 * The units roster, from a CSV or YAML file: code, name, type, parent (a unit code), parent body
 * (the header's upper line) and place name. Validated whole before anything is stored: duplicate
 * codes, empty names and unknown parents are reported with their row, and nothing is loaded.
 */
import { parse as parseYaml } from "yaml";
import { z } from "zod";

export interface RosterUnit {
  code: string;
  name: string;
  type: string;
  parent?: string;
  parentBody?: string;
  place?: string;
}

const rowSchema = z.object({
  code: z.string({ error: "mã đơn vị (code) trống" }).trim().min(1, "mã đơn vị (code) trống").regex(/^[A-Za-z0-9_-]+$/, "mã đơn vị chỉ gồm chữ không dấu, số, - và _"),
  name: z.string({ error: "tên đơn vị (name) trống" }).trim().min(1, "tên đơn vị (name) trống"),
  type: z.string().trim().default("school"),
  parent: z.string().trim().optional(),
  parent_body: z.string().trim().optional(),
  place: z.string().trim().optional(),
});

export type RosterResult = { ok: true; units: RosterUnit[] } | { ok: false; errors: string[] };

/** Parses and checks a roster; `knownCodes` are units already in the database (valid parents). */
export function parseRoster(text: string, format: "csv" | "yaml", knownCodes: ReadonlySet<string> = new Set()): RosterResult {
  let rows: Record<string, unknown>[];
  try {
    rows = format === "csv" ? parseCsv(text) : yamlRows(parseYaml(text));
  } catch (error) {
    return { ok: false, errors: [`Không đọc được tệp: ${(error as Error).message}`] };
  }
  const errors: string[] = [];
  const units: RosterUnit[] = [];
  const where: string[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, i) => {
    const label = format === "csv" ? `Dòng ${i + 2}` : `Mục ${i + 1}`;
    const cleaned = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.trim().toLowerCase(), v === "" || v === null ? undefined : String(v)]));
    const parsed = rowSchema.safeParse(cleaned);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((issue) => `${label}: ${issue.message}`));
      return;
    }
    const row = parsed.data;
    const code = row.code.toUpperCase();
    if (seen.has(code)) errors.push(`${label}: mã ${code} trùng với dòng ${seen.get(code)}`);
    seen.set(code, format === "csv" ? i + 2 : i + 1);
    where.push(label);
    units.push({ code, name: row.name, type: row.type, parent: row.parent?.toUpperCase(), parentBody: row.parent_body, place: row.place });
  });
  units.forEach((unit, i) => {
    if (unit.parent && !seen.has(unit.parent) && !knownCodes.has(unit.parent)) {
      errors.push(`${where[i]}: đơn vị cấp trên ${unit.parent} không có trong danh sách`);
    }
  });
  if (rows.length === 0) errors.push("Tệp không có đơn vị nào.");
  return errors.length > 0 ? { ok: false, errors } : { ok: true, units };
}

function yamlRows(data: unknown): Record<string, unknown>[] {
  const list = Array.isArray(data) ? data : (data as { units?: unknown })?.units;
  if (!Array.isArray(list)) throw new Error("cần một danh sách đơn vị (hoặc khóa units:)");
  return list as Record<string, unknown>[];
}

/** CSV with a header row; quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (record.push(field), (field = ""));
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      record.push(field);
      if (record.some((f) => f.trim() !== "")) records.push(record);
      (record = []), (field = "");
    } else field += c;
  }
  record.push(field);
  if (record.some((f) => f.trim() !== "")) records.push(record);
  const [header = [], ...rows] = records;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name.trim(), (row[i] ?? "").trim()])));
}
