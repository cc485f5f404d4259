/**
 * A campaign's own actions on its board: download its spreadsheet and its consolidated report,
 * remind the units that have not submitted (closed still taking late reports too, as /nhacnho ngay
 * đợt N does), close it, read its activity log. The downloads are
 * built now, as /xuat and /tonghop's files are; the actions are the chat's. The two download links
 * have no `download` attribute: with no report submitted they lead back to the board, which says why.
 */
import type { FastifyPluginAsync } from "fastify";
import type { CampaignRow } from "../db/schema.ts";
import type { CampaignFileKind } from "../db/document-repository.ts";
import { reminderWithinTheHour, remindLateUnits } from "../officers/campaign-actions.ts";
import { closeCampaign } from "../officers/close-campaign.ts";
import { refusesLateNow, takesLateNow } from "../conversation/closed-campaign.ts";
import { nothingToExport } from "../consolidation/export-command.ts";
import { sendFile } from "../server/routes/send-file.ts";
import { vi } from "../sentences/vi.ts";
import { fileDate, formatMoment } from "../vietnamese/zoned-time.ts";
import { type Html, html } from "./html.ts";
import { csrfField } from "./layout.ts";
import { SHOWN_CLOSED, shownClosed } from "./board-forms.ts";
import { campaignParam, downloadRoute } from "./route-params.ts";
import { say, toOfficerChats } from "../officers/officer-context.ts";
import { runWebAction } from "./web-action.ts";
import { type WebDeps, type WebOfficer, webActor } from "./web-deps.ts";
import { sameTitleNumber } from "../officers/same-title.ts";

/**
 * The actions' buttons. Within an hour of the last reminder, "remind" asks first and then names the
 * reminder confirmed (`lai`); a page shown before a newer one is refused by the server with a notice.
 * The script asks and fills `lai` in; without it the server answers with the notice, and the page
 * that shows it (`asked`) carries `lai`: pressing again there is the confirmation. Closing is
 * confirmed the same way, always (`chac`).
 */
/**
 * `shown`: what the page knows of the campaign: whether a unit is left to remind, whether the ward's
 * report was submitted (the download is then that one, not a draft), and what closing it does.
 */
export function boardActions(
  campaign: CampaignRow,
  csrf: string,
  shown: { anyLeft: boolean; reportSubmitted: boolean; closeEffects: string },
  recentReminder?: { sentAt: number; at: string },
  asked: "remind" | "close" | undefined = undefined,
): Html {
  const text = vi.web.actions;
  const post = (path: string, label: string, extra?: Html, field?: Html) =>
    html`<form method="post" action="/web/dot/${campaign.id}/${path}" class="inline"${extra ?? ""}>${csrfField(csrf)}${field ?? ""}<button type="submit" class="secondary">${label}</button></form>`;
  // The reminder confirmed is named by its time: one sent after this page was shown asks again.
  const sentAt = String(recentReminder?.sentAt);
  const remindAgain =
    recentReminder &&
    (asked === "remind"
      ? { field: html`<input type="hidden" name="lai" value="${sentAt}">` }
      : { confirm: html` data-confirm="${text.remindAgainConfirm(recentReminder.at)}"`, field: html`<input type="hidden" name="lai" value="" data-confirmed="${sentAt}">` });
  return html`<section class="actions" aria-label="${text.title}">
<a class="button" href="/web/dot/${campaign.id}/xuat">${text.export}</a>
<a class="button" href="/web/dot/${campaign.id}/tong-hop">${shown.reportSubmitted ? text.consolidatedSubmitted : text.consolidatedDraft}</a>
${(campaign.status === "open" || takesLateNow(campaign)) && shown.anyLeft ? post("nhac", text.remindAll, remindAgain?.confirm, html`${remindAgain?.field ?? ""}${takesLateNow(campaign) ? SHOWN_CLOSED : ""}`) : ""}
${campaign.status === "open" ? post("dong", text.close, html` data-confirm="${text.closeConfirm(shown.closeEffects)}"`, html`<input type="hidden" name="chac" value="${asked === "close" ? "1" : ""}" data-confirmed="1">`) : ""}
<a class="button secondary" href="/web/dot/${campaign.id}/nhat-ky">${text.activity}</a></section>`;
}

/**
 * Units that submitted, or were returned, after the ward's consolidated report was submitted: the
 * download still gives the report as submitted (with a returned unit's figures the officer found
 * wrong), so the board says it is older than their reports. Undefined when none did.
 */
export async function consolidatedBehind(deps: WebDeps, campaign: CampaignRow, units: readonly { unitId: number; name: string; status: string | null; submittedAt: number | null }[], ward: WardReport): Promise<Html | undefined> {
  const since = ward?.status === "submitted" ? ward.submittedAt : null;
  if (since === null || since === undefined) return undefined;
  const newer = units.filter((u) => u.status === "submitted" && u.submittedAt !== null && u.submittedAt > since).length;
  let returned = 0;
  // When each was returned is in the activity log (a few units at most are returned at a time).
  for (const unit of units.filter((u) => u.status === "returned")) if (((await deps.repos.activity.returnsOf(campaign.id, { id: unit.unitId, name: unit.name })).at(-1)?.at ?? 0) > since) returned++;
  if (newer + returned === 0) return undefined;
  return html`<p class="hint state-overdue" id="consolidated-behind">${vi.web.actions.consolidatedBehind(campaign.id, formatMoment(since, deps.timeZone), newer, returned)}</p>`;
}

/** The ward's own consolidated report in the campaign (its issuer's submission), read once for the board. */
export type WardReport = Awaited<ReturnType<WebDeps["repos"]["submissions"]["find"]>>;
export async function wardReport(deps: WebDeps, campaign: CampaignRow): Promise<WardReport> {
  return campaign.issuerUnitId === null ? undefined : deps.repos.submissions.find(campaign.id, campaign.issuerUnitId);
}

/** The last reminder, when it was within the hour in which a new one must be asked for again. */
export async function recentReminder(deps: WebDeps, campaign: CampaignRow, now: number): Promise<{ sentAt: number; at: string } | undefined> {
  const last = campaign.status === "open" || takesLateNow(campaign) ? await reminderWithinTheHour(deps, campaign.id, now) : undefined;
  return last && { sentAt: last.sentAt, at: formatMoment(last.sentAt, deps.timeZone) };
}

export const boardActionRoutes: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  type Params = { Params: { campaignId: string }; Body: Record<string, unknown> | undefined };
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
    // No unit has submitted: the file would be empty; the board says so, in the chat's /xuat words.
    const empty = await nothingToExport(deps.repos, campaign.id);
    if (empty) return reply.redirect(back(campaign, "nothingToExport", empty.units), 303);
    const file = await download(campaign, "export", vi.export.fileName(campaign.id, fileDate(deps.now(), deps.timeZone)), request.officer!);
    if (!file) throw new Error("document could not be rendered");
    return sendFile(reply, file);
  });

  app.get<Params>("/web/dot/:campaignId/tong-hop", downloadRoute, async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    // The ward's own submitted consolidated report when there is one; the computed draft otherwise.
    const issuerSubmission = await wardReport(deps, campaign);
    const submitted = issuerSubmission?.status === "submitted" ? await deps.repos.documents.latestFor(issuerSubmission.id) : undefined;
    if (submitted) await deps.repos.activity.record(campaign.id, webActor(request.officer!), "downloaded", submitted.fileName, deps.now());
    // No unit in and nothing submitted by the ward: a draft would be empty sections; the board says so, as /tonghop does.
    const empty = submitted ? undefined : await nothingToExport(deps.repos, campaign.id);
    // Closed refusing late reports with none returned, no figures will come: "không", not "chưa".
    const none = empty && refusesLateNow(campaign) && empty.returned === 0;
    if (empty) return reply.redirect(back(campaign, none ? "nothingToConsolidateClosed" : "nothingToConsolidate", empty.units), 303);
    const file = submitted
      ? await deps.documents.ensureRendered(submitted.id)
      : await download(campaign, "consolidated-draft", vi.consolidation.draftFileName(campaign.id, fileDate(deps.now(), deps.timeZone)), request.officer!);
    if (!file) throw new Error("document could not be rendered");
    return sendFile(reply, file);
  });

  // Whether the campaign is still open is decided in the action's transaction, under its lock:
  // two officers closing at once close it once, and no reminder leaves after a close.
  app.post<Params>("/web/dot/:campaignId/nhac", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    const reminded = await runWebAction(deps, async (now) => {
      const confirmed = Number(request.body?.lai);
      // Pressed on the page of a closed campaign still taking late reports: reminded while it takes
      // them, as /nhacnho ngay đợt N does; pressed while it was open, not once it closed meanwhile.
      const result = await remindLateUnits(deps, campaign, webActor(request.officer!), now, Number.isSafeInteger(confirmed) && confirmed > 0 ? confirmed : undefined, shownClosed(request.body));
      if (result && "recent" in result) return { deliveries: [], outcome: back(campaign, "remindedRecently", Math.floor((now - result.recent.sentAt) / 60_000)) };
      // The units left out (reminded on their own a moment ago) go by id in the sealed address: the
      // board names them and says why, as /nhacnho ngay does ("reminded 2" read as 2 of 2 left).
      const left = result && result.skippedIds.length > 0 ? `&k=${result.skippedIds.join(",")}` : "";
      if (result && result.units === 0 && result.skipped.length > 0) return { deliveries: [], outcome: `${back(campaign, "remindedJustNow", result.skipped.length)}${left}` };
      return { deliveries: result?.deliveries ?? [], outcome: result ? `${back(campaign, "reminded", result.units)}${left}` : back(campaign, "alreadyClosed") };
    });
    return reply.redirect(reminded, 303);
  });

  app.post<Params>("/web/dot/:campaignId/dong", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    // Closing cannot be undone: it is confirmed (the script asks and fills "chac" in; without it the
    // board asks, and its button then carries the confirmation).
    if (request.body?.chac !== "1") return reply.redirect(back(campaign, "closeAsked"), 303);
    const closed = await runWebAction(deps, async (now) => {
      const result = await closeCampaign(deps, campaign, webActor(request.officer!), now);
      const told = result ? await toOfficerChats(deps.repos, say(vi.web.officersHear.closed(request.officer!.displayName, campaign.title, await sameTitleNumber(deps.repos, campaign)))) : [];
      return { deliveries: [...(result?.deliveries ?? []), ...told], outcome: result !== undefined };
    });
    return reply.redirect(back(campaign, closed ? "closed" : "alreadyClosed"), 303);
  });
};
