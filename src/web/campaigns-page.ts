/**
 * GET /web: every campaign, newest first, open and closed, with its deadline and counts; without a
 * session, only how to sign in from the chat. Each count is named beside its figure, as on the
 * board: "0 / 0 / 3 / 0 / 0" under a five-part heading was a puzzle on a phone, where the heading
 * and the figures wrap apart.
 */
import type { FastifyPluginAsync } from "fastify";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { boardOf, campaignStateText } from "./campaign-board.ts";
import { html } from "./html.ts";
import { webPage } from "./layout.ts";
import type { WebDeps } from "./web-deps.ts";
import { noticeText, sendPage, signedIn, signedOutPage } from "./page-replies.ts";
import { sealedNotice } from "./notice-seal.ts";

export const campaignsPage: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  const text = vi.web.board;
  app.get<{ Querystring: { tb?: string } }>("/web", { config: { signedOut: true } }, async (request, reply) => {
    if (!request.officer) return sendPage(reply, signedOutPage(request.query.tb === "signedOut" ? vi.web.signIn.signedOut : undefined));
    const now = deps.now();
    const rows = [];
    for (const campaign of await deps.repos.directory.listCampaigns()) {
      const { counts } = await boardOf(deps, campaign, now);
      const { columns } = text;
      rows.push(html`<tr><td><a href="/web/dot/${campaign.id}">${text.campaignLink(campaign.id, campaign.title)}</a></td><td data-label="${columns.deadline}">${formatMoment(campaign.deadlineAt, deps.timeZone)}</td>
<td class="campaign-${campaign.status}" data-label="${columns.state}">${campaignStateText(campaign)}</td><td data-label="${columns.counts}"><ul class="counts">${text.countItems(counts).map((c) => html`<li>${c}</li>`)}</ul></td></tr>`);
    }
    const body =
      rows.length === 0
        ? html`<p>${text.noCampaigns}</p>`
        : html`<div class="table-wrap"><table class="cards"><thead><tr><th>${text.columns.campaign}</th><th>${text.columns.deadline}</th><th>${text.columns.state}</th><th>${text.columns.counts}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
    return sendPage(reply, webPage({ title: text.campaignsTitle, body, signedIn: signedIn(request, reply), notice: noticeText(sealedNotice(deps.csrfKey, request)) }));
  });
};
