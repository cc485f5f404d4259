/**
 * Checks Bot API calls and updates against api.json (Bot API 10.1, PaulSonOfLars/telegram-bot-api-spec,
 * MIT; see NOTICE.txt): the method exists, required parameters are present, no unknown parameters,
 * every value has one of the documented types, recursively. Multipart values arrive as strings and
 * are coerced first, as the real server does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface SpecField {
  name: string;
  types: string[];
  required: boolean;
}
interface SpecEntry {
  name: string;
  fields?: SpecField[];
  subtypes?: string[];
  returns?: string[];
}
interface Spec {
  version: string;
  methods: Record<string, SpecEntry>;
  types: Record<string, SpecEntry>;
}

export const spec: Spec = JSON.parse(readFileSync(join(import.meta.dirname, "api.json"), "utf8"));

/** Parameters grammY 1.46 sends that the 10.1 snapshot lacks (telegram.md §1.3). */
const ALLOWED_EXTRA_PARAMETERS = new Set(["reply_to_message_id"]);

export function findMethod(name: string): SpecEntry | undefined {
  const lower = name.toLowerCase();
  return Object.values(spec.methods).find((m) => m.name.toLowerCase() === lower);
}

/** Returns the problems with a call's parameters; [] when it is valid. */
export function validateCall(methodName: string, params: Record<string, unknown>, files: Set<string>): string[] {
  const method = findMethod(methodName);
  if (!method) return [`unknown method ${methodName}`];
  const problems: string[] = [];
  const fields = method.fields ?? [];
  for (const field of fields) {
    if (field.required && params[field.name] === undefined) problems.push(`${method.name}: missing required ${field.name}`);
  }
  for (const [key, value] of Object.entries(params)) {
    const field = fields.find((f) => f.name === key);
    if (!field) {
      if (!ALLOWED_EXTRA_PARAMETERS.has(key)) problems.push(`${method.name}: unknown parameter ${key}`);
      continue;
    }
    const error = matchAny(field.types, value, `${method.name}.${key}`, { strict: true, files, fromText: typeof value === "string" });
    if (error) problems.push(error);
  }
  return problems;
}

/** Validates an update we send to the bot (unknown incoming fields are tolerated, as Telegram adds some). */
export function validateUpdate(update: unknown): string[] {
  const error = matchType("Update", update, "Update", { strict: false, files: new Set(), fromText: false });
  return error ? [error] : [];
}

interface Mode {
  /** Unknown object keys are errors (outbound calls) or tolerated (inbound updates). */
  strict: boolean;
  files: Set<string>;
  /** The value came as text (query string or multipart) and may need coercion or JSON parsing. */
  fromText: boolean;
}

function matchAny(types: string[], value: unknown, path: string, mode: Mode): string | undefined {
  const errors: string[] = [];
  for (const type of types) {
    const error = matchType(type, value, path, mode);
    if (!error) return undefined;
    errors.push(error);
  }
  return errors.length === 1 ? errors[0] : `${path}: matches none of ${types.join(" | ")} (${errors.join("; ")})`;
}

function matchType(type: string, raw: unknown, path: string, mode: Mode): string | undefined {
  let value = raw;
  if (type.startsWith("Array of ")) {
    if (mode.fromText && typeof value === "string") value = tryJson(value);
    if (!Array.isArray(value)) return `${path}: expected ${type}`;
    for (const [i, item] of value.entries()) {
      const error = matchType(type.slice("Array of ".length), item, `${path}[${i}]`, { ...mode, fromText: false });
      if (error) return error;
    }
    return undefined;
  }
  switch (type) {
    case "Integer":
      if (mode.fromText && typeof value === "string" && /^-?\d+$/.test(value)) return undefined;
      return Number.isInteger(value) ? undefined : `${path}: expected Integer, got ${JSON.stringify(value)}`;
    case "Float":
      if (mode.fromText && typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return undefined;
      return typeof value === "number" ? undefined : `${path}: expected Float`;
    case "String":
      return typeof value === "string" ? undefined : `${path}: expected String, got ${JSON.stringify(value)}`;
    case "Boolean":
      if (mode.fromText && (value === "true" || value === "false")) return undefined;
      return typeof value === "boolean" ? undefined : `${path}: expected Boolean`;
    case "True":
      if (mode.fromText && value === "true") return undefined;
      return value === true ? undefined : `${path}: expected True`;
    case "InputFile": {
      if (typeof value !== "string" || !value.startsWith("attach://")) return `${path}: expected an uploaded InputFile`;
      return mode.files.has(value.slice("attach://".length)) ? undefined : `${path}: ${value} has no file part`;
    }
  }
  const entry = spec.types[type];
  if (!entry) return `${path}: unknown type ${type}`;
  if (mode.fromText && typeof value === "string") value = tryJson(value);
  if (entry.subtypes?.length) return matchAny(entry.subtypes, value, path, { ...mode, fromText: false });
  if (typeof value !== "object" || value === null || Array.isArray(value)) return `${path}: expected ${type} object`;
  const record = value as Record<string, unknown>;
  const fields = entry.fields ?? [];
  for (const field of fields) {
    if (field.required && record[field.name] === undefined) return `${path}: ${type} misses required ${field.name}`;
  }
  for (const [key, item] of Object.entries(record)) {
    const field = fields.find((f) => f.name === key);
    if (!field) {
      if (mode.strict) return `${path}: ${type} has unknown field ${key}`;
      continue;
    }
    const error = matchAny(field.types, item, `${path}.${key}`, { ...mode, fromText: false });
    if (error) return error;
  }
  return undefined;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
