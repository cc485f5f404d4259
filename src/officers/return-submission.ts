/**
 * Returning a unit's submitted report for correction, the same from the chat (/tralai) and from the
 * web page: the same checks, the same message to the unit's chats, one line in the activity log.
 * Runs inside the caller's transaction.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import { reportKey } from "../conversation/conversation-state.ts";
import { refusesLateNow } from "../conversation/closed-campaign.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { type Delivery, type OfficerDeps, say } from "./officer-context.ts";
import { sameTitleNumber } from "./same-title.ts";

export interface ReturnRequest {
  campaign: CampaignRow;
  unit: Pick<UnitRow, "id" | "name">;
  /** The officer's comment, already checked to be non-empty (the unit reads it as sent). */
  comment: string;
  actor: Actor;
  now: number;
  /** The officer named no campaign: it is the one the unit's chat works on (said when nothing is to return). */
  implied?: boolean;
}

/** Either why nothing was returned (a sentence for the officer), or the unit's chats' notices. */
export type ReturnOutcome = { refused: string } | { deliveries: Delivery[] };

export async function returnToUnit(deps: OfficerDeps, request: ReturnRequest): Promise<ReturnOutcome> {
  const { campaign, unit, comment, actor, now } = request;
  const key = reportKey(campaign.id, unit.id);
  // The unit may be submitting a new version through another instance right now: one at a time.
  await deps.repos.lock(key);
  // Any campaign's report, open or closed: a returned one is reached by "/baocao N" (a closed one's
  // too, while returned), and the chat goes to it first when it is answering no other.
  const submission = await deps.repos.submissions.find(campaign.id, unit.id);
  if (submission?.status === "returned") return { refused: await alreadyReturned(deps, campaign, unit, submission.returnComment) };
  // Closed refusing late reports, a report not in never will be: said so, not "not yet".
  const closed = campaign.status === "closed" ? (refusesLateNow(campaign) ? "refuse" : "accept") : undefined;
  if (!submission || submission.status !== "submitted") return { refused: vi.officer.notSubmitted(unit.name, { title: campaign.title, implied: request.implied === true, closed, number: await sameTitleNumber(deps.repos, campaign) }) };
  const switchTo = await keepDraftInProgress(deps, campaign, unit.id, now);
  await deps.repos.officers.returnSubmission(submission.id, comment, now);
  await reopenConversation(deps, key, now);
  // The log names the unit, then the comment it was sent.
  await deps.repos.activity.record(campaign.id, actor, "returned", `${unit.name}: ${comment}`, now, unit.id);
  // Named, as the officers' chat names them: the unit knows whom to ask about the comment.
  const notice = say(vi.officer.returnedToUnit(comment, campaign.title, actor.name, switchTo));
  const chats = await deps.repos.officers.unitChats([unit.id]);
  return { deliveries: chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: notice })) };
}

/**
 * A returned report is in progress, so the unit's chat would go to it at once, in the middle of
 * another report it is answering: that one is kept (as if picked with "/baocao N") and the notice
 * says which number moves the chat to the returned report (a report picked with "/baocao N" counts
 * as being answered). Otherwise a pick made earlier ends, and the returned report is next. Returns
 * that number when the chat stays elsewhere.
 */
async function keepDraftInProgress(deps: OfficerDeps, campaign: CampaignRow, unitId: number, now: number): Promise<number | undefined> {
  const current = await currentCampaign(deps, unitId);
  // A closed campaign's draft picked with "/baocao N" (still taken, late) is answered too.
  const open = await deps.repos.campaignChoice.reachableCampaigns(unitId);
  // A picked report counts once started, answered or not; one picked after it was submitted (to read it) does not.
  const answering = (entry: (typeof open)[number]) => entry.standing === "in-progress" || entry.standing === "returned" || (entry.chosen && entry.standing === "not-started");
  const busy = current && current.id !== campaign.id && open.find((entry) => entry.campaign.id === current.id && answering(entry));
  if (!busy) {
    // A closed campaign's returned report is reached only when picked: the chat goes to it.
    if (campaign.status === "closed") await deps.repos.campaignChoice.choose(unitId, campaign.id, now);
    else await deps.repos.campaignChoice.forget([unitId]);
    return undefined;
  }
  await deps.repos.campaignChoice.choose(unitId, busy.campaign.id, now);
  return campaign.id;
}

/**
 * The report "/tralai MÃ" returns: the one the unit's chat works on; when that one is not submitted
 * (a unit in several open campaigns may be answering another), its newest submitted one still open.
 */
export async function campaignToReturn(deps: OfficerDeps, unitId: number): Promise<CampaignRow | undefined> {
  const current = await currentCampaign(deps, unitId);
  if (current && (await deps.repos.submissions.find(current.id, unitId))?.status === "submitted") return current;
  const submitted = (await deps.repos.campaignChoice.openCampaigns(unitId)).find((entry) => entry.standing === "submitted");
  return submitted?.campaign ?? current;
}

/** The campaign whose report a unit's chat is working on: its open one, else its latest one. */
export async function currentCampaign(deps: OfficerDeps, unitId: number): Promise<CampaignRow | undefined> {
  return ((await deps.repos.directory.findOpenCampaign(unitId)) ?? (await deps.repos.directory.findLatestCampaign(unitId)))?.campaign;
}

/**
 * Why a second return is refused, with the first one's officer, time and comment: two officers
 * returning at once, the second read only "already returned" and never learnt her comment was lost.
 */
async function alreadyReturned(deps: OfficerDeps, campaign: CampaignRow, unit: Pick<UnitRow, "id" | "name">, storedComment: string | null): Promise<string> {
  const last = (await deps.repos.activity.returnsOf(campaign.id, unit)).at(-1);
  const at = last ? formatMoment(last.at, deps.timeZone) : undefined;
  return vi.officer.alreadyReturned(unit.name, last?.by, at, last?.comment ?? storedComment ?? "");
}

/** A returned report can be corrected and submitted again: its conversation leaves "submitted". */
async function reopenConversation(deps: OfficerDeps, key: string, now: number): Promise<void> {
  const stored = await deps.repos.conversations.load(key);
  if (!stored) return;
  const state = JSON.parse(stored.state) as { phase: string };
  if (state.phase === "submitted") await deps.repos.conversations.save(key, JSON.stringify({ ...state, phase: "complete" }), stored.stateVersion, stored.revision, now);
}
