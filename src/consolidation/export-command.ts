/**
 * /xuat (/export) in the officers' chat: picks the campaign (the open one, or by number or title),
 * answers at once (with no report submitted yet, says so and sends no file), and queues the spreadsheet as a campaign file that the document worker renders
 * off the request path and the outbox sends like every document (an upload or a signed link). The
 * download is in the campaign's activity log, as the page's is.
 */
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "../officers/officer-context.ts";
import { chatActor } from "../officers/campaign-actions.ts";
import { chooseCampaign } from "../officers/choose-campaign.ts";
import { fileDate } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { sameTitleNumber } from "../officers/same-title.ts";
import { closedAlsoNote, closedWithFigures } from "./closed-with-figures.ts";
import { refusesLateNow } from "../conversation/closed-campaign.ts";

export async function exportCampaign(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const choice = await chooseCampaign(deps.repos, argument, "/xuat");
  if (choice.kind === "refused") {
    // None open: the closed campaigns whose figures can be exported, with the command for each (it
    // said only that none was open, as if their data were gone).
    // Only when none is open: with several open, the refusal lists them to pick from.
    const campaigns = argument.trim() === "" ? await deps.repos.directory.listCampaigns() : [];
    const closed = campaigns.length > 0 && !campaigns.some((c) => c.status === "open") ? await closedWithFigures(deps.repos, campaigns) : [];
    return reply(request, say(closed.length > 0 ? vi.export.noneOpenButClosed(closed) : choice.text));
  }
  const { id, title } = choice.campaign;
  const empty = await nothingToExport(deps.repos, id);
  if (empty) return reply(request, say(vi.export.nothingYet(id, title, empty.units, empty.returned, refusesLateNow(choice.campaign))), ...(await closedAlsoNote(deps.repos, choice.campaign, argument, "/xuat", vi.export.exportWhat)));
  const date = fileDate(request.now, deps.timeZone);
  const fileName = vi.export.fileName(id, date);
  await deps.repos.activity.record(id, chatActor(request), "exported", fileName, request.now);
  const documentId = await deps.repos.documents.createCampaignFile("export", id, fileName);
  const note = await closedAlsoNote(deps.repos, choice.campaign, argument, "/xuat", vi.export.exportWhat);
  return reply(request, say(vi.export.preparing(id, title)), { kind: "document", documentId, fileName, caption: vi.export.caption(title, await sameTitleNumber(deps.repos, choice.campaign)) }, ...note);
}

/**
 * Only submitted reports have figures in the spreadsheet (export-data.ts): with none, the file was
 * rows of units and empty columns, sent without a word. Then how many units the campaign has, and
 * how many reports were returned and wait to be sent again (it read "no unit has submitted", as if
 * none had), for saying so plainly (here and on the web page's download); undefined when there is
 * something to export.
 */
export async function nothingToExport(repos: OfficerDeps["repos"], campaignId: number): Promise<{ units: number; returned: number } | undefined> {
  const units = await repos.officers.unitStatuses(campaignId);
  if (units.some((unit) => unit.status === "submitted")) return undefined;
  return { units: units.length, returned: units.filter((unit) => unit.status === "returned").length };
}
