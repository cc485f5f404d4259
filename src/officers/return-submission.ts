/**
 * Returning a unit's submitted report for correction, the same from the chat (/tralai) and from the
 * web page: the same checks, the same message to the unit's chats, one line in the activity log.
 * Runs inside the caller's transaction.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import { reportKey } from "../conversation/conversation-state.ts";
import { vi } from "../sentences/vi.ts";
import { type Delivery, type OfficerDeps, say } from "./officer-context.ts";

export interface ReturnRequest {
  campaign: CampaignRow;
  unit: Pick<UnitRow, "id" | "name">;
  /** The officer's comment, already checked to be non-empty (the unit reads it as sent). */
  comment: string;
  actor: Actor;
  now: number;
}

/** Either why nothing was returned (a sentence for the officer), or the unit's chats' notices. */
export type ReturnOutcome = { refused: string } | { deliveries: Delivery[] };

export async function returnToUnit(deps: OfficerDeps, request: ReturnRequest): Promise<ReturnOutcome> {
  const { campaign, unit, comment, actor, now } = request;
  const key = reportKey(campaign.id, unit.id);
  // The unit may be submitting a new version through another instance right now: one at a time.
  await deps.repos.lock(key);
  if (!(await canReturnTo(deps, campaign, unit.id))) return { refused: vi.officer.notCurrentCampaign(unit.name) };
  const submission = await deps.repos.submissions.find(campaign.id, unit.id);
  if (submission?.status === "returned") return { refused: vi.officer.alreadyReturned(unit.name) };
  if (!submission || submission.status !== "submitted") return { refused: vi.officer.notSubmitted(unit.name, campaign.title) };
  await deps.repos.officers.returnSubmission(submission.id, comment, now);
  await reopenConversation(deps, key, now);
  // The log names the unit, then the comment it was sent.
  await deps.repos.activity.record(campaign.id, actor, "returned", `${unit.name}: ${comment}`, now);
  const notice = say(vi.officer.returnedToUnit(comment));
  const chats = await deps.repos.officers.unitChats([unit.id]);
  return { deliveries: chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: notice })) };
}

/**
 * Whether the unit's chat could correct this campaign's report once it is returned (another's would
 * go back to a unit that cannot reach it): the campaign the chat works on; or an open one, since a
 * returned report is in progress and the chat goes to it first (directory-repository.ts), unless
 * the chat is on a newer report in progress, which would still go first.
 */
export async function canReturnTo(deps: OfficerDeps, campaign: CampaignRow, unitId: number): Promise<boolean> {
  const current = await currentCampaign(deps, unitId);
  if (current?.id === campaign.id) return true;
  if (campaign.status !== "open" || !current) return false;
  if (current.id < campaign.id) return true;
  const draft = await deps.repos.submissions.find(current.id, unitId);
  return !(draft && (draft.status === "returned" || draft.status === "in_progress"));
}

/** The campaign whose report a unit's chat is working on: its open one, else its latest one. */
export async function currentCampaign(deps: OfficerDeps, unitId: number): Promise<CampaignRow | undefined> {
  return ((await deps.repos.directory.findOpenCampaign(unitId)) ?? (await deps.repos.directory.findLatestCampaign(unitId)))?.campaign;
}

/** A returned report can be corrected and submitted again: its conversation leaves "submitted". */
async function reopenConversation(deps: OfficerDeps, key: string, now: number): Promise<void> {
  const stored = await deps.repos.conversations.load(key);
  if (!stored) return;
  const state = JSON.parse(stored.state) as { phase: string };
  if (state.phase === "submitted") await deps.repos.conversations.save(key, JSON.stringify({ ...state, phase: "complete" }), stored.stateVersion, stored.revision, now);
}
