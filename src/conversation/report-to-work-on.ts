/**
 * Which report a message in a unit's chat goes to: the open campaign the chat works on, or the one
 * "/baocao 2" picks (campaign-choice.ts), or the one "/vanban 2" and "/xem 2" read without moving
 * the chat; with none open, the unit's latest campaign once closed,
 * which still takes a late report, or refuses it politely, by its policy.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { type CampaignChoice, chooseCampaign, typedCampaignNumber } from "./campaign-choice.ts";
import { refusesLateNow, sealedText } from "./closed-campaign.ts";
import { reportKey, storedPhase } from "./conversation-state.ts";
import { asksAboutLate } from "./late-report.ts";
import { justSubmittedElsewhere } from "./just-submitted.ts";
import { reviewOf } from "./other-campaign-review.ts";
import { typedCommand } from "./typed-commands.ts";
import type { ReadsOther } from "./engine-types.ts";
import { yesToConfirmation } from "./confirmation-after-close.ts";
import type { UserInput } from "./user-input.ts";

export interface ReportRequest {
  unitId: number;
  /** The open campaign the chat works on, as the update's first read found it. */
  openCampaign: CampaignRow | undefined;
  input: UserInput;
  isEdit: boolean;
  /** Who wrote (authorId): a yes to a confirmation counts from the member asked. */
  senderId: string;
  now: number;
  /** The campaign's parsed template (whether a closed campaign's correction waits). */
  templateFor: (templateId: number) => Promise<Template>;
}

/**
 * Either why the message reaches no report (a sentence for the chat; `asked`: the message asked for
 * it, so it is said even where a group's talk is passed over), or the campaign it works on, with
 * what to say first.
 */
export type ReportTarget = { refused: string; asked?: boolean } | { campaign: CampaignRow; note?: string; readsOther?: ReadsOther } | { conflict: true };

export async function reportToWorkOn(repos: Repositories, request: ReportRequest): Promise<ReportTarget> {
  const { unitId, input, now, templateFor } = request;
  const campaign = request.openCampaign ?? (await lateCampaign(repos, unitId));
  if (!campaign) return { refused: vi.chat.noOpenCampaign };
  // "/baocao" lists the unit's open campaigns when it has several; "/baocao 2" moves the chat to one.
  const command = input.kind === "command" && !request.isEdit ? input.command : undefined;
  const argument = input.kind === "command" ? input.argument : "";
  const target =
    command === "report"
      ? await chooseCampaign(repos, { unitId, current: campaign, argument, now, templateFor })
      : command === "document"
        ? await documentOf(repos, unitId, campaign, argument)
        : command === "review"
          ? await reviewOf(repos, unitId, campaign, argument)
          : { campaign };
  if ("refused" in target || !refusesLateNow(target.campaign)) return target;
  const sealed = await sealedReport(repos, target.campaign, unitId, input);
  if (!sealed) return target;
  if (input.kind !== "text" || request.isEdit) return { refused: sealed.text };
  // "nộp muộn được không" there is answered: not taken, and whom to ask (it passed in silence); so
  // is "nộp" or "sửa câu 9: 310" typed, refused as /nop and /sua are (they passed in silence).
  if (asksAboutLate(input.text) || sealed.command) return { refused: sealed.text, asked: true };
  // A text while a question of it was being asked (a report in progress, or one submitted and
  // corrected with /sua N) is its answer, not the group's talk: said that it is not stored and why
  // (it passed in silence, as if stored).
  const key = reportKey(target.campaign.id, unitId);
  // Read and marked under the report's lock, as every change of its state is.
  await repos.lock(key);
  const stored = await repos.conversations.load(key);
  const answering = stored !== undefined && !["idle", "complete", "submitted"].includes(storedPhase(stored.state) ?? "idle");
  if (!answering) return { refused: sealed.text };
  // Once: the question stays asked for good, and every message of a busy group would hear it (a
  // command is answered above all the same). Written meanwhile: the message is read again, and
  // says nothing if the other writer said it.
  const state = JSON.parse(stored.state) as { closedNoticeSaid?: true; confirmAskedAt?: number };
  // A yes to /nop asked before the close is said each time, as /nop itself is (it passed in
  // silence); a no, another member's "ok", or a yes days later are the group's talk (they heard it).
  if (state.closedNoticeSaid) return { refused: sealed.text, asked: yesToConfirmation(stored, input.text, request.senderId, now) };
  // Saving the notice moves `updatedAt`, which told when /nop asked: kept in the state.
  const asked = storedPhase(stored.state) === "confirm-submit" ? { confirmAskedAt: state.confirmAskedAt ?? Number(stored.updatedAt) } : {};
  if (!(await repos.conversations.save(key, JSON.stringify({ ...state, ...asked, closedNoticeSaid: true }), stored.stateVersion, stored.revision, now))) return { conflict: true };
  const notStored = sealed.submitted ? vi.closedReport.correctionNotStored : vi.closedReport.answerNotStored(target.campaign.title, target.campaign.issuerName);
  return { refused: notStored, asked: true };
}

/**
 * A closed campaign still reaches a unit that had not submitted: the newest that still takes its
 * report (late, or returned), else the newest, refused politely or read only (one refusing late
 * reports that the unit never started only when it has no other: findLatestCampaign). The newest
 * alone, closed refusing late reports, hid an older one that took them: the unit was told "gõ
 * /baocao" and refused.
 */
export async function lateCampaign(repos: Repositories, unitId: number): Promise<CampaignRow | undefined> {
  const takes = (await repos.campaignChoice.reachableCampaigns(unitId)).at(-1);
  if (takes) return takes.campaign;
  const latest = await repos.directory.findLatestCampaign(unitId);
  return latest?.campaign.status === "closed" ? latest.campaign : undefined;
}

/** The campaign whose report a plain message in the unit's chat reaches, as above (/web names where it stands). */
export async function chatCampaign(repos: Repositories, unitId: number): Promise<CampaignRow | undefined> {
  return (await repos.directory.findOpenCampaign(unitId))?.campaign ?? (await lateCampaign(repos, unitId));
}

/**
 * Why a message cannot touch its report once the campaign closed refusing late reports, if it
 * cannot: a report never submitted is refused, though its answers, kept, can still be read (/xem:
 * the close notice says they are kept, and "/xem 2" was refused); a submitted one can still be read
 * (/xem, /vanban); a returned one is corrected and submitted again, since an officer asked for it.
 */
async function sealedReport(repos: Repositories, campaign: CampaignRow, unitId: number, input: UserInput): Promise<{ text: string; submitted: boolean; command?: boolean } | undefined> {
  const status = (await repos.submissions.find(campaign.id, unitId))?.status;
  if (status === "returned") return undefined;
  // "?", "xem lại" typed read too; "sửa câu 9: 310", "nộp" typed are refused as their commands are.
  const meant = typedCommand(input, { reportWords: true });
  // Named, and whom to ask, in the words /baocao N and /trangthai N use (closed-campaign.ts).
  // A review only reads; the engine ends it saying the report was not submitted, with no question asked.
  if (status === "in_progress" && meant.kind === "command" && meant.command === "review") return undefined;
  if (status !== "submitted") return { text: sealedText(campaign), submitted: false, command: meant.kind !== "text" };
  const reads = meant.kind === "command" && (meant.command === "review" || meant.command === "document" || meant.command === "report" || meant.command === "help");
  return reads ? undefined : { text: vi.officer.closedSubmittedReadOnly, submitted: true, command: meant.kind !== "text" };
}

/**
 * "/vanban 1": campaign 1's report, as /baocao 1 and /trangthai 1 read their number, without moving
 * the chat (it said the chat's own report was not started, and to type /baocao 1 first). Any
 * campaign of the unit's, a closed one too (sealedReport lets a submitted one be read); a number
 * it has none of is said, and so is one whose report was never submitted. Without a number, or with the chat's own, the chat's report,
 * unless it has not started and another's was submitted (just-submitted.ts).
 */
async function documentOf(repos: Repositories, unitId: number, campaign: CampaignRow, argument: string): Promise<CampaignChoice> {
  const typed = typedCampaignNumber(argument);
  const justSubmitted = typed === undefined ? await justSubmittedElsewhere(repos, unitId, campaign) : undefined;
  if (justSubmitted) return { campaign: justSubmitted, note: vi.report.aboutReport(justSubmitted.title, justSubmitted.id) };
  if (typed === undefined || Number(typed) === campaign.id) return { campaign, note: await whichReport(repos, unitId, campaign) };
  const named = (await repos.campaignChoice.campaignsOf(unitId)).find((entry) => entry.campaign.id === Number(typed));
  if (!named) return { refused: vi.report.noCampaignNumbered(typed) };
  // Never submitted, so no document: said so, and how to reach it ("Gõ /nop để nộp báo cáo" followed,
  // but /nop acts on the chat's own report). One closed not taking it is refused as such below.
  const unsent = named.standing === "not-started" || named.standing === "in-progress";
  if (unsent && !refusesLateNow(named.campaign)) return { refused: vi.report.otherNotSubmitted(named.campaign.title, named.campaign.id) };
  return { campaign: named.campaign, note: vi.report.aboutReport(named.campaign.title, named.campaign.id) };
}

/**
 * "/vanban" with several campaigns open: which report's document this is (or is not yet), and how
 * to reach the others. Where this one has no document yet, the reports submitted in the others are
 * named with how to get theirs: the chat moved on once one was submitted, and its document, just
 * sent, was not pointed to.
 */
async function whichReport(repos: Repositories, unitId: number, campaign: CampaignRow): Promise<string | undefined> {
  const reachable = await repos.campaignChoice.reachableCampaigns(unitId);
  if (reachable.length < 2) return undefined;
  const here = reachable.find((entry) => entry.campaign.id === campaign.id);
  const submitted = here?.standing === "submitted" || here?.standing === "returned" ? [] : reachable.filter((entry) => entry.standing === "submitted" && entry.campaign.id !== campaign.id);
  return [vi.report.aboutReport(campaign.title, campaign.id), ...submitted.map(({ campaign: other }) => vi.reportSwitch.submittedDocumentElsewhere(other.title, other.id))].join("\n");
}
