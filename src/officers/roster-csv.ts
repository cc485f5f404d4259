/**
 * The CSV side of the units roster: a header row, then one record per unit. Each record keeps the
 * file line it starts on, so every roster error can name the line the operator has to fix.
 */

export interface CsvRecord {
  /** The 1-based line of the file where the record starts (a quoted field may span lines). */
  line: number;
  /** Field values by header name, trimmed. */
  values: Record<string, string>;
  /** How many fields the record had: more than the header means an unquoted comma. */
  fieldCount: number;
}

export interface CsvTable {
  header: string[];
  /** The line of the header row. */
  headerLine: number;
  records: CsvRecord[];
}

/**
 * Parses CSV whose quoted fields may hold commas, quotes ("") and line breaks; blank lines are
 * skipped. The separator is the header line's: a comma, or the ";" Excel writes where the decimal
 * mark is a comma (Vietnamese settings), or a tab ("Unicode Text").
 */
export function parseCsv(text: string): CsvTable {
  const rows: { line: number; fields: string[] }[] = [];
  const source = text.replace(/^\uFEFF/, "");
  const separator = separatorOf(source);
  let field = "";
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== "")) rows.push({ line: startLine, fields });
    fields = [];
    field = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const isBreak = c === "\n" || c === "\r";
    if (c === "\r" && source[i + 1] === "\n") i++;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += isBreak ? "\n" : c;
    } else if (c === '"') quoted = true;
    else if (c === separator) (fields.push(field), (field = ""));
    else if (isBreak) endRecord();
    else field += c;
    if (isBreak) line++;
    if (isBreak && !quoted) startLine = line;
  }
  endRecord();
  const [head, ...body] = rows;
  const header = (head?.fields ?? []).map((name) => name.trim().toLowerCase());
  return {
    header,
    headerLine: head?.line ?? 1,
    records: body.map((row) => ({
      line: row.line,
      fieldCount: row.fields.length,
      values: Object.fromEntries(header.map((name, i) => [name, (row.fields[i] ?? "").trim()])),
    })),
  };
}

/** The separator the header line uses most, outside quotes: ",", ";" or a tab. */
function separatorOf(source: string): string {
  const header = source.split(/\r?\n/, 1)[0]!.replace(/"[^"]*"/g, "");
  const count = (c: string) => header.split(c).length - 1;
  return [";", "\t"].reduce((best, c) => (count(c) > count(best) ? c : best), ",");
}
