/**
 * Path parameters of the officers' pages: ids are whole numbers, anything else is "not found".
 * The session check has already run; a campaign that does not exist is a 404 page, not an error.
 */
import type { FastifyReply } from "fastify";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { html } from "./html.ts";
import { webPage } from "./layout.ts";
import type { WebDeps } from "./web-deps.ts";

export function idParam(value: string): number | undefined {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
}

/** The campaign of a `:campaignId` parameter, or undefined after answering 404. */
export async function campaignParam(deps: WebDeps, value: string, reply: FastifyReply): Promise<CampaignRow | undefined> {
  const id = idParam(value);
  const campaign = id === undefined ? undefined : await deps.repos.directory.campaignById(id);
  if (!campaign) notFound(reply, vi.web.board.notFound);
  return campaign;
}

export function notFound(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(404).type("text/html; charset=utf-8").send(webPage({ title: vi.web.siteTitle, body: html`<p class="error">${message}</p><p><a href="/web">${vi.web.errors.back}</a></p>` }));
}

export function sendPage(reply: FastifyReply, page: string): FastifyReply {
  return reply.type("text/html; charset=utf-8").send(page);
}
