/**
 * GET / on a production server: a plain page with the bot's name and where to talk to it. It
 * shows no data; the local web chat and its API exist only in the demo.
 */
import type { FastifyPluginAsync } from "fastify";
import { vi } from "../../sentences/vi.ts";

export const productionHomeRoutes: FastifyPluginAsync = async (app) => {
  const page = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${vi.home.title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1c2430">
<h1 style="font-size: 1.4rem">${vi.home.title}</h1><p>${vi.home.body}</p></body></html>`;
  app.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").send(page));
};
