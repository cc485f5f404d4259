/**
 * GET /web/dot/:campaignId: a campaign's board. Every unit it requires with its state (the words and
 * order of /status: late ones first), who submitted and when, the version; a filter by state and
 * name that works without script; the campaign's actions, and the forms to extend its deadline and
 * to send its units a notice (board-forms.ts). The page reloads itself when a unit
 * answers: it polls /web/dot/:campaignId/moc, a small change stamp.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { CampaignRow } from "../db/schema.ts";
import { lateOf, type UnitStatus } from "../officers/status-report.ts";
import { vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { closeEffects } from "../officers/close-campaign.ts";
import { unsentCorrectionsNote } from "../officers/unsent-corrections.ts";
import { boardActions, consolidatedBehind, recentReminder, wardReport } from "./board-actions.ts";
import { boardOf, boardStamp, campaignStateText } from "./campaign-board.ts";
import { html } from "./html.ts";
import { webPage } from "./layout.ts";
import { campaignParam } from "./route-params.ts";
import { type WebDeps, webActor } from "./web-deps.ts";
import { boardForms, type BoardFormRefusal } from "./board-forms.ts";
import { boardNotice } from "./board-notices.ts";
import { closedNotice } from "./closed-notice.ts";
import { type NoticeQuery, sendPage, signedIn } from "./page-replies.ts";
import { sealedNotice } from "./notice-seal.ts";

type Kind = UnitStatus["kind"];
const KINDS: Kind[] = ["overdue", "returned", "not-started", "in-progress", "not-submitted", "submitted"];

/** The board's filter (from its address) and, after a refused form, that form with its reason. */
export interface BoardOptions {
  loc?: string;
  tim?: string;
  refused?: BoardFormRefusal;
  /** 400 or 409 when the board comes back after a refused form. */
  status?: number;
}

/** Answers with a campaign's board: the GET route and a refused form both end here. */
export async function sendBoardPage(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, campaign: CampaignRow, options: BoardOptions = {}) {
  const text = vi.web.board;
  const now = deps.now();
  const { units, counts } = await boardOf(deps, campaign, now);
  const kind = KINDS.find((k) => k === options.loc);
  const search = typeof options.tim === "string" ? options.tim.trim().slice(0, 100) : "";
  const folded = foldVietnamese(search);
  const shown = units.filter((u) => (!kind || u.kind === kind) && (!folded || foldVietnamese(`${u.row.code} ${u.row.name}`).includes(folded)));
  const session = signedIn(request, reply);
  // A refused form's page shows no notice (the address is the form's, not a redirect's), and does
  // not reload itself: a reload would send the form again.
  const notice = options.refused ? {} : sealedNotice(deps.csrfKey, request);
  const reminder = await recentReminder(deps, campaign, now);
  const ward = await wardReport(deps, campaign);
  const behind = await consolidatedBehind(deps, campaign, units.map((u) => u.row), ward);
  const { unitColumns: columns } = text;
  // What closing does, with the units whose corrections are not sent again: the chat's question says both.
  const corrections = campaign.status === "open" ? await unsentCorrectionsNote(deps, campaign, units.map((u) => u.row)) : "";
  const closing = [closeEffects(campaign, units.map((u) => u.row), now, deps.timeZone), corrections].filter(Boolean).join(" ");
  const rows = shown.map(
    (u) => html`<tr data-unit="${u.row.code}"><td><a href="/web/dot/${campaign.id}/don-vi/${u.row.unitId}">${u.row.name}</a><br><span class="hint">${u.row.code}</span></td>
<td class="state-${u.kind}" data-label="${columns.state}">${u.kind === "submitted" ? text.submitted(lateOf(u.row, campaign.deadlineAt)) : u.text}</td>
<td data-label="${columns.by}">${u.row.submittedBy ? `${u.row.submittedBy}, ${formatMoment(u.row.submittedAt!, deps.timeZone)}` : "—"}</td><td class="num" data-label="${columns.version}">${u.row.version ? u.row.version : "—"}</td></tr>`,
  );
  const filter = html`<form method="get" action="/web/dot/${campaign.id}" class="actions" role="search">
<label class="inline-label">${text.filter.label} <select name="loc"><option value="">${text.filter.all}</option>${KINDS.map((k) => html`<option value="${k}"${k === kind ? html` selected` : ""}>${text.states[k]}</option>`)}</select></label>
<input type="search" name="tim" value="${search}" placeholder="${text.filter.search}" aria-label="${text.filter.search}"><button type="submit" class="secondary">${text.filter.apply}</button></form>`;
  const body = html`<p>${text.deadline(formatMoment(campaign.deadlineAt, deps.timeZone), campaignStateText(campaign))}</p>
<ul class="counts">${text.countItems(counts).map((c) => html`<li>${c}</li>`)}</ul>
${boardActions(campaign, session.csrf, { anyLeft: units.some((u) => u.kind !== "submitted"), reportSubmitted: ward?.status === "submitted", closeEffects: closing }, reminder, notice.tb === "remindedRecently" ? "remind" : notice.tb === "closeAsked" ? "close" : undefined)}
${behind ?? ""}
${boardForms(campaign, session.csrf, deps.timeZone, options.refused)}
${filter}
<div class="table-wrap"><table id="units" class="cards"><thead><tr><th>${text.unitColumns.unit}</th><th>${text.unitColumns.state}</th><th>${text.unitColumns.by}</th><th class="num">${text.unitColumns.version}</th></tr></thead>
<tbody>${rows.length > 0 ? rows : html`<tr><td colspan="4">${text.noUnits}</td></tr>`}</tbody></table></div>
<p class="hint">${text.refreshes}</p>`;
  const page = webPage({ title: text.boardTitle(campaign.id, campaign.title), body, signedIn: session, refreshFrom: options.refused ? undefined : `/web/dot/${campaign.id}/moc`, notice: (await closedNotice(deps, campaign, notice.tb, webActor(request.officer!))) ?? boardNotice(campaign, notice, closing, now, deps.timeZone, units.map((u) => u.row)) });
  return sendPage(reply.code(options.status ?? 200), page);
}

export const boardPage: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  app.get<{ Params: { campaignId: string }; Querystring: NoticeQuery & { loc?: string; tim?: string } }>("/web/dot/:campaignId", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    return sendBoardPage(deps, request, reply, campaign, { loc: request.query.loc, tim: request.query.tim });
  });

  app.get<{ Params: { campaignId: string } }>("/web/dot/:campaignId/moc", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    return { stamp: await boardStamp(deps, campaign, deps.now()) };
  });
};
