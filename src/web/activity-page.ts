/**
 * GET /web/dot/:campaignId/nhat-ky: a campaign's activity log, oldest first, so it reads as the
 * campaign's story from its opening: when, who (the schedule by name), where (the chat, the page,
 * automatically) and what, the units' submissions included.
 */
import type { FastifyPluginAsync } from "fastify";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { activityLog } from "./activity-log.ts";
import { html } from "./html.ts";
import { webPage } from "./layout.ts";
import { campaignParam } from "./route-params.ts";
import type { WebDeps } from "./web-deps.ts";
import { sendPage, signedIn } from "./page-replies.ts";

export const activityPage: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  const text = vi.web.activity;

  app.get<{ Params: { campaignId: string } }>("/web/dot/:campaignId/nhat-ky", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    const entries = activityLog(await deps.repos.activity.list(campaign.id), await deps.repos.activity.submissions(campaign.id));
    const rows = entries.map(
      (e) => html`<tr><td data-label="${text.columns.at}">${formatMoment(e.at, deps.timeZone)}</td><td data-label="${text.columns.who}">${e.who}</td><td data-label="${text.columns.where}">${e.where}</td><td class="prompt">${e.what}</td></tr>`,
    );
    const body = html`<p><a href="/web/dot/${campaign.id}">${text.back}</a></p><p class="hint">${text.order}</p>
<div class="table-wrap"><table id="activity" class="cards"><thead><tr><th>${text.columns.at}</th><th>${text.columns.who}</th><th>${text.columns.where}</th><th>${text.columns.what}</th></tr></thead>
<tbody>${rows.length > 0 ? rows : html`<tr><td colspan="4">${text.empty}</td></tr>`}</tbody></table></div>`;
    return sendPage(reply, webPage({ title: text.title(campaign.id, campaign.title), body, signedIn: signedIn(request, reply) }));
  });
};
