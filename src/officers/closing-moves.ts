/**
 * A close that moves a unit's chat off the report it was asking a question of: the report the chat
 * goes to is marked, so that the clerk's next message, the answer to the question still on screen,
 * is said not to be stored (moved-by-close.ts). It passed in silence as the group's talk where that
 * report was not started, or was stored as its question 1 where it was.
 */
import type { CampaignRow } from "../db/schema.ts";
import { INITIAL_STATE, REPORT_STATE_VERSION, reportKey, reportStateJson, storedPhase } from "../conversation/conversation-state.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { OfficerDeps } from "./officer-context.ts";

/**
 * Of `unitIds` (units whose chat is on the campaign's report), those with a question of it asked,
 * and whether that question is a yes-no one (its answer, "ok ạ", reads like the group's talk): read
 * before it closes.
 */
export async function askingHere(deps: OfficerDeps, campaign: CampaignRow, unitIds: number[]): Promise<Map<number, { yesNo: boolean }>> {
  const reports = await deps.repos.conversations.loadReports(unitIds.map((unitId) => ({ campaignId: campaign.id, unitId })));
  const template = await deps.templateFor(campaign.templateId);
  const asking = new Map<number, { yesNo: boolean }>();
  for (const unitId of unitIds) {
    const stored = reports.get(reportKey(campaign.id, unitId))?.conversation;
    if (stored === undefined || storedPhase(stored.state) !== "asking") continue;
    const { fieldId } = JSON.parse(stored.state) as { fieldId?: string };
    asking.set(unitId, { yesNo: fieldId !== undefined && fieldById(template, fieldId)?.type === "yes-no" });
  }
  return asking;
}

/** Once closed (and drafts still taken kept on): where the chat of each of `unitIds` went, if elsewhere, is marked. */
export async function markMovedByClose(deps: OfficerDeps, campaign: CampaignRow, asking: Map<number, { yesNo: boolean }>, now: number): Promise<void> {
  const { repos } = deps;
  const unitIds = [...asking.keys()];
  const left = { number: campaign.id, title: campaign.title, ...(campaign.latePolicy === "refuse" ? { issuer: campaign.issuerName } : {}) };
  const targets = await chatCampaignsOf(deps, unitIds);
  // Still on it (kept, or the newest closed with none other): the closed report answers for itself.
  const moved = unitIds.flatMap((unitId) => {
    const target = targets.get(unitId);
    return target && target.id !== campaign.id ? [{ unitId, key: reportKey(target.id, unitId), target }] : [];
  });
  // Each report's lock, then their states read together (it was one read per unit), after the locks.
  for (const { key } of moved) await repos.lock(key);
  const reports = await repos.conversations.loadReports(moved.map(({ unitId, target }) => ({ campaignId: target.id, unitId })));
  for (const { key, unitId } of moved) {
    const stored = reports.get(key)?.conversation;
    const state = JSON.parse(stored?.state ?? reportStateJson(INITIAL_STATE)) as object;
    const mark = { ...left, ...(asking.get(unitId)?.yesNo ? { yesNo: true as const } : {}) };
    // Under the report's lock, inside the close's transaction: a lost race only leaves the chat unwarned.
    await repos.conversations.save(key, JSON.stringify({ ...state, movedByClose: mark }), stored?.stateVersion ?? REPORT_STATE_VERSION, stored?.revision, now);
  }
}

/**
 * chatCampaign (report-to-work-on.ts) of each of `unitIds`, in at most three queries (it was up to
 * three per unit): the campaign its chat is on; else the newest it may reach; else the newest it is
 * in, if closed.
 */
async function chatCampaignsOf({ repos }: OfficerDeps, unitIds: number[]): Promise<Map<number, CampaignRow>> {
  const found = await repos.directory.openCampaignsOf(unitIds);
  const reachable = await repos.campaignChoice.reachableCampaignsOf(unitIds.filter((unitId) => !found.has(unitId)));
  for (const [unitId, entries] of reachable) if (entries.length > 0) found.set(unitId, entries.at(-1)!.campaign);
  const latest = await repos.directory.latestCampaignsOf(unitIds.filter((unitId) => !found.has(unitId)));
  for (const [unitId, campaign] of latest) if (campaign.status === "closed") found.set(unitId, campaign);
  return found;
}
