/**
 * /trangthai (/status). In the officers' chat: every open campaign's status, or the campaign named
 * ("/trangthai 2", a closed one too); with none open, those closed still taking late reports that
 * have units to chase. In a unit's chat: where the unit's own report stands, each
 * of them with its number when several campaigns are open (the number "/baocao N" takes).
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { CampaignRow } from "../db/schema.ts";
import { typedCampaignNumber } from "../conversation/campaign-choice.ts";
import { refusesLateNow, sealedAfterStatus, sealedCampaign, submittedAfterClose, submittedInClosed } from "../conversation/closed-campaign.ts";
import { correctionsWaiting } from "../conversation/corrections-waiting.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { chooseCampaign, noOpenCampaignText } from "./choose-campaign.ts";
import { campaignsTakingLate } from "./choose-open-campaign.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { campaignStatusMessages } from "./status-messages.ts";
import { unitStateText } from "./status-report.ts";
import { sameTitleNumber } from "./same-title.ts";

export async function statusCommand(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const { repos } = deps;
  if (request.found?.chat.kind === "officers") {
    if (!request.isOfficer) return reply(request, say(vi.officer.onlyOfficers));
    let campaigns = await repos.officers.openCampaigns();
    if (argument !== "") {
      const choice = await chooseCampaign(repos, argument, "/trangthai");
      if (choice.kind === "refused") return reply(request, say(choice.text));
      campaigns = [choice.campaign];
    }
    // Closed ones still taking late reports, with units still to submit, are chased as open ones
    // are: with none open they are shown (it read "none open"), with some, named with their command.
    const late = argument === "" ? await campaignsTakingLate(repos) : { campaigns: [], older: [], more: false };
    const messages: OutboundMessage[] = [];
    const lateShown = campaigns.length === 0 && late.campaigns.length > 0;
    if (lateShown) {
      messages.push(say(vi.status.noneOpenButLate(late.campaigns.length, late.older.length > 0)));
      campaigns = late.campaigns;
    }
    // None open: how to see a closed one, with its number (it read "no campaign open" alone, as if
    // its status were gone), as /xuat and /tonghop say it.
    if (campaigns.length === 0) return reply(request, say(await noOpenCampaignText(repos, "/trangthai")));
    // One campaign after another: each may store its status sheet, in the update's transaction.
    for (const c of campaigns) messages.push(...(await campaignStatusMessages(deps, c, request.now)));
    if (!lateShown && late.campaigns.length > 0) messages.push(say(vi.openCampaigns.alsoLate(late, vi.status.statusWhat, (id) => `/trangthai ${id}`)));
    // The newest few only (every one ever closed was listed): the older ones by their number.
    if (lateShown && late.older.length > 0) messages.push(say(vi.openCampaigns.olderLateStatus(late)));
    return reply(request, ...messages);
  }
  const unit = request.found?.chat.kind === "unit" ? request.found.unit : null;
  // A private chat is bound to nothing, and is told where to ask, not to bind itself.
  if (!unit) return reply(request, say(request.message.chatType === "private" ? vi.status.whereToAsk : vi.chat.notBound));
  // Closed campaigns that still take the unit's report too, as /baocao lists them; "/trangthai 2" is that one only.
  const reachable = await repos.campaignChoice.reachableCampaigns(unit.id);
  const typed = typedCampaignNumber(argument);
  const picked = reachable.filter((entry) => entry.campaign.id === Number(typed));
  const open = picked.length === 1 ? picked : reachable;
  // One of the unit's campaigns, closed and no longer taking its report: where it stands and why, as
  // /baocao N says it (it read "no campaign N open", then the others).
  const sealed = typed !== undefined && picked.length === 0 ? await sealedCampaign(repos, unit.id, Number(typed)) : undefined;
  if (sealed) return reply(request, say(await sealedStatus(deps, unit.id, sealed, request.now)));
  // Its report submitted in a campaign since closed: when, and that it stays so (it read "no campaign N").
  const done = typed !== undefined && picked.length === 0 ? await submittedInClosed(repos, unit.id, Number(typed)) : undefined;
  if (done) return reply(request, say(await doneStatus(deps, unit.id, done, request.now)));
  // A number that is none of these is said, not silently answered with the others.
  const unknown = typed !== undefined && picked.length === 0 ? `${vi.status.noSuchCampaign(typed)}\n` : "";
  if (open.length > 1) {
    const reports: { id: number; text: string }[] = [];
    for (const { campaign } of open) reports.push({ id: campaign.id, text: await unitOwnStatus(deps, unit.id, campaign, request.now) });
    return reply(request, say(unknown + vi.status.unitOwnMany(reports, open.some((entry) => entry.campaign.status === "closed"))));
  }
  // One campaign picked, or the one the unit may work on (open, or closed still taking its report).
  const only = open[0] ?? (await repos.directory.findOpenCampaign(unit.id));
  if (only) return reply(request, say(unknown + (await unitOwnStatus(deps, unit.id, only.campaign, request.now))));
  // None open nor taking its report: the latest, closed, as /baocao and a plain message reach it.
  const latest = await repos.directory.findLatestCampaign(unit.id);
  const latestSealed = latest?.campaign.status === "closed" ? await sealedCampaign(repos, unit.id, latest.campaign.id) : undefined;
  if (latestSealed) return reply(request, say(unknown + (await sealedStatus(deps, unit.id, latestSealed, request.now))));
  const latestDone = latest?.campaign.status === "closed" ? await submittedInClosed(repos, unit.id, latest.campaign.id) : undefined;
  return reply(request, say(unknown + (latestDone ? await doneStatus(deps, unit.id, latestDone, request.now) : vi.chat.noOpenCampaign)));
}

/** A report submitted in a campaign since closed: when and by whom, then that it stays as submitted and whom to ask. */
async function doneStatus(deps: OfficerDeps, unitId: number, campaign: CampaignRow, now: number): Promise<string> {
  return `${await unitOwnStatus(deps, unitId, campaign, now)} ${submittedAfterClose(campaign)}`;
}

/** A sealed campaign's report (closed-campaign.ts): where it stands, then that it is no longer taken and whom to ask. */
async function sealedStatus(deps: OfficerDeps, unitId: number, campaign: CampaignRow, now: number): Promise<string> {
  return `${await unitOwnStatus(deps, unitId, campaign, now)} ${sealedAfterStatus(campaign)}`;
}

/** Where a unit's report of one campaign stands, and its deadline, as the unit reads it. */
async function unitOwnStatus(deps: OfficerDeps, unitId: number, campaign: CampaignRow, now: number): Promise<string> {
  const row = await deps.repos.officers.statusRow(campaign.id, unitId);
  const template = await deps.templateFor(campaign.templateId);
  // A closed campaign's report not taken any more is past being overdue: the sentence after says why.
  const sealed = refusesLateNow(campaign) && row?.status !== "returned";
  const overdue = now > campaign.deadlineAt && row?.status !== "submitted" && !sealed;
  const state = row ? unitStateText(template, row, deps.timeZone, overdue, campaign.deadlineAt).text : vi.status.notStarted;
  // A submitted report's campaign, closed, is marked closed alone: the sentence after it says
  // whether a corrected version is still taken (by the policy on late reports) or not.
  const closedMark = campaign.status !== "closed" ? undefined : sealed || row?.status === "submitted" ? "sealed" : "takes";
  const line = vi.status.unitOwn(campaign.title, state, formatMoment(campaign.deadlineAt, deps.timeZone), closedMark, await sameTitleNumber(deps.repos, campaign));
  // Returned: what to correct, which the clerk may not have seen (the notice went to the group earlier).
  const comment = row?.status === "returned" ? (await deps.repos.submissions.find(campaign.id, unitId))?.returnComment : undefined;
  if (comment) return `${line}${vi.report.returnedComment(comment)}`;
  // Submitted, then corrected in the chat: the officers still have the version before (another
  // member reading "đã nộp" would not know /nop is still needed). The check is /baocao N's and
  // /vanban's (corrections-waiting.ts): none waits once a closed campaign refuses late reports, nor
  // when a question asked again was kept as it was ("sửa câu 12", "giữ").
  if (row?.status !== "submitted") return line;
  return (await correctionsWaiting(deps.repos, template, campaign, unitId))?.kind === "corrections" ? `${line} ${vi.status.correctionsWaiting}` : line;
}
