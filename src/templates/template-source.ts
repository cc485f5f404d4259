/**
 * Reads a template file, JSON or YAML, keeping where each part of it stands: a problem found later
 * (a bad field type, a duplicate id) is reported with its line, as an operator editing the file
 * needs it. YAML is a superset of JSON, so one parser locates both; a `.json` file is still read by
 * JSON.parse first, so a YAML-only form (a comment, a missing quote) is refused in it.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join } from "node:path";
import type { Document, LineCounter, YAMLError } from "yaml";
import { hasDuplicateJsonKey } from "./find-duplicate-json-key.ts";
import { sizeRefusal, templateText } from "./template-text.ts";
import { vi } from "../sentences/vi.ts";

/**
 * The YAML parser, loaded on first use: the bot's own templates are JSON and most start-ups read
 * no YAML at all, while loading the parser (73 modules) and building its syntax tree of a template
 * (about 3 MB allocated per file) grew the bot's idle memory at start-up (issue #12). Synchronous,
 * because checking a template is (the CLI and the web page call it outside any promise).
 */
let yamlModule: typeof import("yaml") | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)("yaml") as typeof import("yaml"));
export const TEMPLATE_EXTENSIONS = [".json", ".yaml", ".yml"];

/** The template files of a folder, by name; the operator's folder is made when missing (template-catalog.ts). */
export function templateFiles(dir: string, create: boolean): { ok: true; names: string[] } | { ok: false; error: string } {
  try {
    if (create) mkdirSync(dir, { recursive: true });
    const names = readdirSync(dir)
      .filter((name) => TEMPLATE_EXTENSIONS.includes(extname(name).toLowerCase()))
      .sort()
      .map((name) => join(dir, name));
    return { ok: true, names };
  } catch (error) {
    return { ok: false, error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

export type TemplateSource =
  | { ok: true; data: unknown; lineAt: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; syntax: { line?: number; column?: number; detail: string; format: "JSON" | "YAML" } }
  /** Read, but not as text a template can be (another encoding, empty): said as it stands. */
  | { ok: false; refused: string };

export function readTemplateSource(path: string): TemplateSource {
  let bytes: Uint8Array;
  try {
    // Refused by its size before a byte of it is read or parsed.
    const tooLarge = sizeRefusal(statSync(path).size);
    if (tooLarge) return { ok: false, refused: tooLarge };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, syntax: { detail: (error as NodeJS.ErrnoException).code ?? String(error), format: formatOf(path) } };
  }
  const text = templateText(bytes);
  return text.ok ? parseTemplateText(text.text, formatOf(path)) : text;
}

export function parseTemplateText(text: string, format: "JSON" | "YAML"): TemplateSource {
  if (format === "JSON") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      return { ok: false, syntax: { ...positionOf(text, jsonErrorOffset(text, message)), detail: jsonErrorDetail(message), format } };
    }
    // Valid JSON is valid YAML with the same data: the YAML parser is needed only to say where a
    // repeated key or, later, a problem is; a file without either never loads it.
    if (!hasDuplicateJsonKey(text)) {
      let located: Located | undefined;
      return { ok: true, data, lineAt: (path) => lineOf((located ??= locate(text)).document, located.lines, path) };
    }
  }
  const { document, lines } = locate(text);
  const [error] = document.errors;
  if (error) {
    const [start] = error.linePos ?? [];
    const detail =
      error.code === "DUPLICATE_KEY"
        ? vi.template.repeatedKey(keyAt(text, error.pos[0]))
        : yamlErrorWords(error);
    const hint = start && needsQuotes(text.split("\n").slice(Math.max(0, start.line - 2), start.line)) ? `; ${vi.template.quoteHint}` : "";
    return { ok: false, syntax: { line: start?.line, column: start?.col, detail: detail + hint, format } };
  }
  return { ok: true, data: document.toJS(), lineAt: (path) => lineOf(document, lines, path) };
}

/** A YAML parser's error in words: the usual ones said in Vietnamese, others without the position the caller gives by line. */
export function yamlErrorWords(error: YAMLError): string {
  return vi.template.yamlErrors[error.code] ?? error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/**
 * A plain value that YAML reads as something else: a ": " or " #" inside it, or a "{" or "[" first
 * ("documentText: Tổng số: {value} em."). The parser's own words then name the symptom (an indent,
 * a missing bracket); the cure is the quotes. Looked for on the error's line and the one before it.
 */
function needsQuotes(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const value = /^\s*(?:-\s+)?[\w.-]+:\s+(.+)$/.exec(line)?.[1]?.trim();
    if (value === undefined || /^["']/.test(value)) return false;
    // A flow list or map written whole on its line ("[]", "{ fields: [] }") is no text.
    return !/^\[.*\]$|^\{.*\}$/.test(value) && (/:\s|\s#/.test(value) || /^[{[]/.test(value));
  });
}

interface Located {
  document: Document;
  lines: LineCounter;
}

/** The text's YAML syntax tree, with the offsets of its lines. */
function locate(text: string): Located {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  return { document: parseDocument(text, { lineCounter: lines, uniqueKeys: true }), lines };
}

const formatOf = (path: string): "JSON" | "YAML" => (extname(path).toLowerCase() === ".json" ? "JSON" : "YAML");

/**
 * Where JSON.parse stopped. Node 20 says "at position N" for some errors, and for an unexpected
 * token only quotes the text around it ("...context..." with 10 characters before the token).
 */
function jsonErrorOffset(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  // `..."` then the text from 10 characters before the token when cut, else `"` and the text.
  const quoted = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*?)"?(?:\.\.\.)?"? is not valid JSON$/.exec(message);
  if (!quoted) return text.length;
  const [, token, cut, core] = quoted as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(core);
  if (start < 0) return text.length;
  return cut ? start + 10 : start + core.indexOf(token);
}

/** JSON.parse's message without the quoted text (the line and column say where). */
function jsonErrorDetail(message: string): string {
  const token = /^Unexpected token '(.)'/.exec(message);
  if (token) return vi.template.unexpectedCharacter(token[1]!);
  if (/end of JSON input/.test(message)) return vi.template.unexpectedEnd;
  return message.replace(/ in JSON at position \d+.*$/, "");
}

/** 1-based line and column of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * The line of the deepest node on `path` that exists: a missing key is reported at the object
 * that lacks it, an unknown key at that key.
 */
function lineOf(document: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  const { isMap, isNode, isPair, isScalar, isSeq } = yaml();
  let node: unknown = document.contents;
  let offset = isNode(node) ? node.range?.[0] : undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === part);
      if (!pair) break;
      offset = (isNode(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === "number" && node.items[part] !== undefined) {
      node = node.items[part];
      offset = (isNode(node) ? node.range?.[0] : undefined) ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/** The key written at `offset` ("title", "\"title\"" or 'title'), as its writer wrote it. */
function keyAt(text: string, offset: number): string {
  const quote = text[offset];
  if (quote === '"' || quote === "'") return text.slice(offset + 1, text.indexOf(quote, offset + 1));
  return /^[^:\n]*/.exec(text.slice(offset))![0].trim();
}
