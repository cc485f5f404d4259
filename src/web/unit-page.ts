/**
 * Answers with a unit's page in a campaign, or a 404 page when the campaign does not require that
 * unit: the GET route and a refused form (with its error and status) both end here.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { webPage } from "./layout.ts";
import { unitPageBody } from "./unit-page-html.ts";
import { unitViewOf } from "./unit-view.ts";
import type { WebDeps } from "./web-deps.ts";
import { notFound, sendPage, signedIn } from "./page-replies.ts";

export interface UnitPageOptions {
  /** 400 or 409 when the page comes back after a refused form. */
  status?: number;
  error?: string;
  comment?: string;
  notice?: string;
}

export async function sendUnitPage(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, campaign: CampaignRow, unitId: number | undefined, options: UnitPageOptions = {}) {
  const view = unitId === undefined ? undefined : await unitViewOf(deps, campaign, unitId, deps.now());
  if (!view) return notFound(reply, vi.web.submission.notFound);
  const session = signedIn(request, reply);
  const body = unitPageBody(view, { csrf: session.csrf, error: options.error, comment: options.comment }, deps.timeZone);
  const page = webPage({ title: vi.web.submission.title(view.row.name), body, signedIn: session, notice: options.notice });
  return sendPage(reply.code(options.status ?? 200), page);
}
