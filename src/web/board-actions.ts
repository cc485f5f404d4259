/**
 * A campaign's own actions on its board: download its spreadsheet and its consolidated report,
 * remind the units that have not submitted, close it, read its activity log. The downloads are
 * built now, as /xuat and /tonghop's files are; the actions are the chat's.
 */
import type { FastifyPluginAsync } from "fastify";
import type { CampaignRow } from "../db/schema.ts";
import type { CampaignFileKind } from "../db/document-repository.ts";
import { closeCampaign, remindLateUnits } from "../officers/campaign-actions.ts";
import { sendFile } from "../server/routes/send-file.ts";
import { vi } from "../sentences/vi.ts";
import { fileDate } from "../vietnamese/zoned-time.ts";
import { type Html, html } from "./html.ts";
import { csrfField } from "./layout.ts";
import { campaignParam, downloadRoute } from "./route-params.ts";
import { runWebAction } from "./web-action.ts";
import { type WebDeps, type WebOfficer, webActor } from "./web-deps.ts";

export function boardActions(campaign: CampaignRow, csrf: string): Html {
  const text = vi.web.actions;
  const post = (path: string, label: string, extra?: Html) =>
    html`<form method="post" action="/web/dot/${campaign.id}/${path}" class="inline"${extra ?? ""}>${csrfField(csrf)}<button type="submit" class="secondary">${label}</button></form>`;
  return html`<section class="actions" aria-label="${text.title}">
<a class="button" href="/web/dot/${campaign.id}/xuat" download>${text.export}</a>
<a class="button" href="/web/dot/${campaign.id}/tong-hop" download>${text.consolidated}</a>
${campaign.status === "open" ? post("nhac", text.remindAll) : ""}
${campaign.status === "open" ? post("dong", text.close, html` data-confirm="${text.closeConfirm}"`) : ""}
<a class="button secondary" href="/web/dot/${campaign.id}/nhat-ky">${text.activity}</a></section>`;
}

export const boardActionRoutes: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  type Params = { Params: { campaignId: string } };
  const back = (campaign: CampaignRow, notice: string, n = 0) => `/web/dot/${campaign.id}?tb=${notice}&n=${n}`;

  /** Builds a campaign file now and sends it; the download is in the activity log. */
  const download = async (campaign: CampaignRow, kind: CampaignFileKind, fileName: string, officer: WebOfficer) => {
    const documentId = await deps.repos.transaction(async () => {
      await deps.repos.activity.record(campaign.id, webActor(officer), kind === "export" ? "exported" : "consolidated", fileName, deps.now());
      return deps.repos.documents.createCampaignFile(kind, campaign.id, fileName);
    });
    return deps.documents.ensureRendered(documentId);
  };

  app.get<Params>("/web/dot/:campaignId/xuat", downloadRoute, async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    const file = await download(campaign, "export", vi.export.fileName(campaign.id, fileDate(deps.now(), deps.timeZone)), request.officer!);
    if (!file) throw new Error("document could not be rendered");
    return sendFile(reply, file);
  });

  app.get<Params>("/web/dot/:campaignId/tong-hop", downloadRoute, async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    // The ward's own submitted consolidated report when there is one; the computed draft otherwise.
    const issuerSubmission = campaign.issuerUnitId === null ? undefined : await deps.repos.submissions.find(campaign.id, campaign.issuerUnitId);
    const submitted = issuerSubmission?.status === "submitted" ? await deps.repos.documents.latestFor(issuerSubmission.id) : undefined;
    if (submitted) await deps.repos.activity.record(campaign.id, webActor(request.officer!), "downloaded", submitted.fileName, deps.now());
    const file = submitted
      ? await deps.documents.ensureRendered(submitted.id)
      : await download(campaign, "consolidated-draft", vi.consolidation.draftFileName(fileDate(deps.now(), deps.timeZone)), request.officer!);
    if (!file) throw new Error("document could not be rendered");
    return sendFile(reply, file);
  });

  // Whether the campaign is still open is decided in the action's transaction, under its lock:
  // two officers closing at once close it once, and no reminder leaves after a close.
  app.post<Params>("/web/dot/:campaignId/nhac", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    const reminded = await runWebAction(deps, async (now) => {
      const result = await remindLateUnits(deps, campaign, webActor(request.officer!), now);
      return { deliveries: result?.deliveries ?? [], outcome: result?.units };
    });
    return reply.redirect(reminded === undefined ? back(campaign, "alreadyClosed") : back(campaign, "reminded", reminded), 303);
  });

  app.post<Params>("/web/dot/:campaignId/dong", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    const closed = await runWebAction(deps, async (now) => ({ deliveries: [], outcome: await closeCampaign(deps, campaign, webActor(request.officer!), now) }));
    return reply.redirect(back(campaign, closed ? "closed" : "alreadyClosed"), 303);
  });
};
