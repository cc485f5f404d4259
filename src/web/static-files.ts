/**
 * The page's one stylesheet and one script, served from memory: no CDN, nothing inline (the
 * Content-Security-Policy allows only these), and anything else under /web that no route knows is
 * a Vietnamese 404 page, with or without a session.
 */
import { readFileSync } from "node:fs";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { vi } from "../sentences/vi.ts";
import { notFound } from "./page-replies.ts";

const FILES = new Map([
  ["web.css", { type: "text/css; charset=utf-8", body: readFileSync(new URL("./static/web.css", import.meta.url), "utf8") }],
  ["web.js", { type: "text/javascript; charset=utf-8", body: readFileSync(new URL("./static/web.js", import.meta.url), "utf8") }],
]);

export const staticFileRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { file: string } }>("/web/static/:file", { config: { signedOut: true } }, async (request, reply) => {
    const file = FILES.get(request.params.file);
    if (!file) return notFound(reply, vi.web.errors.notFound);
    return reply.header("cache-control", "public, max-age=300").type(file.type).send(file.body);
  });
  // Answered before a body is read: nothing here reads one, and anyone may post one.
  const unknown = async (_request: unknown, reply: FastifyReply) => notFound(reply, vi.web.errors.notFound);
  app.all("/web/*", { config: { signedOut: true }, onRequest: unknown }, unknown);
};
