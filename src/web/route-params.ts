/**
 * Path parameters of the officers' pages: ids are whole numbers in the databases' integer range,
 * anything else is "not found". The session check has already run; a campaign that does not exist,
 * or a unit it does not require, is a 404 page, not an error and not someone else's data. Also the
 * options of the routes that download.
 */
import type { FastifyReply } from "fastify";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { notFound } from "./page-replies.ts";
import type { WebDeps } from "./web-deps.ts";

/**
 * The options of a download that is logged and may build a file: refused when another site started
 * it, and no HEAD (which would run it all for nothing but headers: a log line, a render).
 */
export const downloadRoute = { exposeHeadRoute: false, config: { sameSiteOnly: true } };

/** PostgreSQL's integer: a larger id would be an error there, not a row that does not exist. */
const MAX_ID = 2_147_483_647;

export function idParam(value: string): number | undefined {
  const id = /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
  return id !== undefined && id <= MAX_ID ? id : undefined;
}

/** The campaign of a `:campaignId` parameter, or undefined after answering 404. */
export async function campaignParam(deps: WebDeps, value: string, reply: FastifyReply): Promise<CampaignRow | undefined> {
  const id = idParam(value);
  const campaign = id === undefined ? undefined : await deps.repos.directory.campaignById(id);
  if (!campaign) notFound(reply, vi.web.board.notFound);
  return campaign;
}

/** The campaign and the unit's status line in it (only a unit it requires), or undefined after answering 404. */
export async function unitParams(deps: WebDeps, params: { campaignId: string; unitId: string }, reply: FastifyReply) {
  const campaign = await campaignParam(deps, params.campaignId, reply);
  if (!campaign) return undefined;
  const unitId = idParam(params.unitId);
  const row = unitId === undefined ? undefined : await deps.repos.officers.statusRow(campaign.id, unitId);
  if (!row) {
    notFound(reply, vi.web.submission.notFound);
    return undefined;
  }
  return { campaign, row };
}
