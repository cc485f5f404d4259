/**
 * "/baocao" in the chat of a unit that has several open campaigns at once: it lists them (where
 * each report stands, which one the chat works on), and "/baocao 2" moves the chat to campaign number 2.
 * Without it, a report the unit had submitted could not be reached again once the chat moved on,
 * and a campaign opened later waited behind a draft the unit had no hurry to finish.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import type { Template } from "../templates/template-schema.ts";
import { sealedCampaign, sealedText, submittedInClosed, takesLateNow } from "./closed-campaign.ts";
import { reportKey } from "./conversation-state.ts";
import { correctionUnsent, correctionsWaiting } from "./corrections-waiting.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { forgetMovedByClose } from "./moved-by-close.ts";

export interface CampaignChoiceRequest {
  unitId: number;
  /** The campaign the chat works on now. */
  current: CampaignRow;
  /** What followed "/baocao": empty, or the number of the campaign to move to. */
  argument: string;
  now: number;
  templateFor: (templateId: number) => Promise<Template>;
}

/** Either why the chat did not move (the list, to pick again), or the campaign it works on now, with what to say first. */
export type CampaignChoice = { refused: string } | { campaign: CampaignRow; note?: string };

export async function chooseCampaign(repos: Repositories, request: CampaignChoiceRequest): Promise<CampaignChoice> {
  const { unitId, current, argument } = request;
  // One open campaign (or only a closed one taking late reports): "/baocao" means what it always did.
  // Closed campaigns that still take the unit's report too (a late draft, a returned report).
  const open = (await repos.campaignChoice.reachableCampaigns(unitId)).sort(dueFirst);
  const typed = typedCampaignNumber(argument);
  // A campaign of the unit's, closed with its report not taken: said so, and the chat stays where it
  // was (it read "no open campaign N" and went on, or started, another report).
  const sealed = typed === undefined || Number(typed) === current.id ? undefined : await sealedCampaign(repos, unitId, Number(typed));
  if (sealed) return { refused: [sealedText(sealed), ...(open.some((entry) => entry.campaign.id === current.id) ? [vi.report.closedNotTakenOther(current.title)] : [])].join(" ") };
  // Its report submitted there and the campaign closed: the chat cannot move to it (it read "no open
  // campaign N", after the bot had said "gõ /baocao N" to correct it); said that it stays as submitted.
  const kept = typed === undefined || Number(typed) === current.id ? undefined : await submittedInClosed(repos, unitId, Number(typed));
  // Unless a correction of it waits where late reports are still taken: the close told the chat to
  // send it with "/baocao N" then /nop, and /baocao N refused it.
  if (kept && takesLateNow(kept) && correctionUnsent(await correctionsWaiting(repos, await request.templateFor(kept.templateId), kept, unitId))) return moveTo(repos, request, kept);
  if (kept) return { refused: [vi.report.otherCampaign.closed(kept.id, kept.title, kept.issuerName, true), vi.report.closedNotTakenOther(current.title)].join(" ") };
  // A number other than the report's own (a campaign since closed, a slip) is said, not ignored;
  // other words after /baocao are, as they always were.
  if (open.length < 2) return typed === undefined || Number(typed) === current.id ? { campaign: current } : { campaign: current, note: vi.report.onlyReport(typed, current.title) };
  // Numbered by the campaign's own number, as officers, file names ("-đợt-2") and the web page know
  // it: a number the bot once gave keeps its meaning when another campaign opens or closes. Listed
  // due first at the top (`open` is sorted so), the order a plain /baocao takes them in: listed by
  // number, a campaign due next month read above the one due this week.
  const list = open.map(({ campaign, standing }) => vi.report.campaignLine(campaign.id, campaign.title, standing, campaign.id === current.id, campaign.status === "closed"));
  const other = open.find((entry) => entry.campaign.id !== current.id)!.campaign.id;
  if (argument === "") {
    // Said when there is somewhere else to go: another report still to send, or (this one sent) any other.
    const mine = open.find((entry) => entry.campaign.id === current.id);
    const worthSaying = mine?.standing === "submitted" || open.some((entry) => entry !== mine && entry.standing !== "submitted");
    return { campaign: current, note: worthSaying ? vi.report.openCampaigns(list, other, open.some((entry) => entry.campaign.status === "closed")) : undefined };
  }
  // "/baocao 2", "/baocao số 2", "/baocao đợt 2", "/baocao #2".
  const picked = typed === undefined ? undefined : open.find((entry) => entry.campaign.id === Number(typed));
  if (!picked) return { refused: vi.report.noSuchCampaign(argument, list, other) };
  return moveTo(repos, request, picked.campaign);
}

/** The chat works on `campaign` from now on: picked, as the directory reads it first. */
async function moveTo(repos: Repositories, { unitId, current, now }: CampaignChoiceRequest, campaign: CampaignRow): Promise<CampaignChoice> {
  // The move settles where the chat is: a close's mark on the report left is spent (moved-by-close.ts).
  // Its lock first: on PostgreSQL mostly held already, the update having locked its chat's report as it began.
  if (campaign.id !== current.id) await forgetMovedByClose(repos, reportKey(current.id, unitId), now);
  // Its report's lock before the pick is written, the order a return and a submission take them in.
  await repos.lock(reportKey(campaign.id, unitId));
  await repos.campaignChoice.choose(unitId, campaign.id, now);
  return { campaign, note: campaign.id === current.id ? undefined : vi.report.movedTo(campaign.title) };
}

/**
 * The campaign's number typed after a command ("2", "số 2", "đợt 2", "đợt số 2", "#2"), as text;
 * undefined for anything else. The one reader of a number that is the whole argument: a unit's
 * /baocao N, /trangthai N and /vanban N, an officer's /xuat N and /tonghop N (choose-campaign.ts), and
 * "trangthai đợt N" typed without its slash (typedOfficerRead). A number followed or surrounded by
 * free text (/tralai's comment, /thongbao's message, "/nhacnho ngay đợt N") is read where that text
 * is: there "đợt" is required, as a bare number or "số 2" may begin the text itself.
 */
export function typedCampaignNumber(argument: string): string | undefined {
  return /^(?:(?:dot\s*)?(?:so\s*)?|#)(\d{1,9})$/.exec(foldVietnamese(argument))?.[1];
}

/** The campaign due first first; of those due together, the newest (as currentOpenCampaign takes them). */
function dueFirst(a: { campaign: CampaignRow }, b: { campaign: CampaignRow }): number {
  return a.campaign.deadlineAt - b.campaign.deadlineAt || b.campaign.id - a.campaign.id;
}
