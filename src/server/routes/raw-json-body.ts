/**
 * Inside the plugin that calls it, JSON bodies arrive as the raw string (a signature is computed over
 * the exact bytes received) and an empty body is allowed (Zalo probes webhooks with one). The route
 * parses with `parseJsonBody`, answering malformed JSON with 400 itself.
 */
import type { FastifyInstance } from "fastify";

export function acceptRawJson(app: FastifyInstance): void {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser(["application/json", "text/plain"], { parseAs: "string" }, (_request, body, done) => done(null, body));
}

export type ParsedBody = { kind: "empty" } | { kind: "json"; value: unknown } | { kind: "malformed" };

/** No body, or only blanks: a platform's probe of the webhook. */
export const isEmptyBody = (raw: unknown) => raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");

export function parseJsonBody(raw: unknown): ParsedBody {
  if (isEmptyBody(raw)) return { kind: "empty" };
  if (typeof raw !== "string") return { kind: "json", value: raw };
  try {
    return { kind: "json", value: JSON.parse(raw) };
  } catch {
    return { kind: "malformed" };
  }
}
