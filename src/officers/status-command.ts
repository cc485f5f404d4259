/**
 * /trangthai (/status). In the officers' chat: every open campaign's status, or the campaign named
 * ("/trangthai 2", a closed one too). In a unit's chat: where the unit's own report stands, each
 * of them with its number when several campaigns are open (the number "/baocao N" takes).
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { CampaignRow } from "../db/schema.ts";
import { reportKey, storedPhase } from "../conversation/conversation-state.ts";
import { typedCampaignNumber } from "../conversation/campaign-choice.ts";
import { correctedFields } from "../conversation/engine-discard.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { chooseCampaign } from "./choose-campaign.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { campaignStatusMessages } from "./status-messages.ts";
import { answersOfRow, unitStateText } from "./status-report.ts";

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
    if (campaigns.length === 0) return reply(request, say(vi.officer.noOpenCampaign));
    // One campaign after another: each may store its status sheet, in the update's transaction.
    const messages: OutboundMessage[] = [];
    for (const c of campaigns) messages.push(...(await campaignStatusMessages(deps, c, request.now)));
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
  // A number that is none of these is said, not silently answered with the others.
  const unknown = typed !== undefined && picked.length === 0 ? `${vi.status.noSuchCampaign(typed)}\n` : "";
  if (open.length > 1) {
    const reports: { id: number; text: string }[] = [];
    for (const { campaign } of open) reports.push({ id: campaign.id, text: await unitOwnStatus(deps, unit.id, campaign, request.now) });
    return reply(request, say(unknown + vi.status.unitOwnMany(reports, open.some((entry) => entry.campaign.status === "closed"))));
  }
  // One campaign picked, or the one the unit may work on (open, or closed still taking its report).
  const only = open[0] ?? (await repos.directory.findOpenCampaign(unit.id));
  if (!only) return reply(request, say(unknown + vi.chat.noOpenCampaign));
  return reply(request, say(unknown + (await unitOwnStatus(deps, unit.id, only.campaign, request.now))));
}

/** Where a unit's report of one campaign stands, and its deadline, as the unit reads it. */
async function unitOwnStatus(deps: OfficerDeps, unitId: number, campaign: CampaignRow, now: number): Promise<string> {
  const row = await deps.repos.officers.statusRow(campaign.id, unitId);
  const template = await deps.templateFor(campaign.templateId);
  const overdue = now > campaign.deadlineAt && row?.status !== "submitted";
  const state = row ? unitStateText(template, row, deps.timeZone, overdue).text : vi.status.notStarted;
  const line = vi.status.unitOwn(campaign.title, state, formatMoment(campaign.deadlineAt, deps.timeZone), campaign.status === "closed");
  // Returned: what to correct, which the clerk may not have seen (the notice went to the group earlier).
  const comment = row?.status === "returned" ? (await deps.repos.submissions.find(campaign.id, unitId))?.returnComment : undefined;
  if (comment) return `${line}${vi.report.returnedComment(comment)}`;
  // Submitted, then corrected in the chat: the officers still have the version before (another
  // member reading "đã nộp" would not know /nop is still needed).
  const conversation = row?.status === "submitted" ? await deps.repos.conversations.load(reportKey(campaign.id, unitId)) : undefined;
  if (!conversation || storedPhase(conversation.state) !== "complete") return line;
  // Asked again and kept ("sửa câu 12", "giữ"), a report is complete with nothing changed: /nop
  // would answer that nothing changed since, so nothing waits.
  return (await changedSinceSubmitted(deps, campaign, unitId, template, answersOfRow(row!.currentAnswers))) ? `${line} ${vi.status.correctionsWaiting}` : line;
}

/** Whether the unit's answers now (`current`) differ from its last submitted version (as the web page's "pending" compares them). */
async function changedSinceSubmitted(deps: OfficerDeps, campaign: CampaignRow, unitId: number, template: Template, current: Answers): Promise<boolean> {
  const submission = await deps.repos.submissions.find(campaign.id, unitId);
  if (!submission) return false;
  const submitted = (await deps.repos.submissions.versionAnswers(submission.id, submission.version)) as Answers | undefined;
  return submitted === undefined || correctedFields(template, current, submitted).length > 0;
}
