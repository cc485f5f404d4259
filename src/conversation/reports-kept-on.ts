/**
 * As a campaign opens: the units whose chat stays on a report of another open campaign, and which.
 * A draft (answered in part, or returned) keeps it by the chat's usual order; a submitted report
 * under correction (a question asked again, corrections not sent) did not: the new campaign, not
 * started, came first, and the correction was left unmentioned. Such a report is picked for its
 * chat, as "/baocao N" would, until it is submitted or the clerk picks the other. So is a draft of a
 * closed campaign that still takes late reports, which the chat was on with none open: the new
 * campaign, not started, came first, and the next answer passed as the group's talk, lost. So is a
 * report opened with its question asked and no answer yet: the chat moved to the new campaign, not
 * started, and the clerk's answer to that question passed in silence. One opened and cancelled
 * (/huy leaves it idle) keeps nothing, nor does one whose question was last asked over a week ago.
 */
import type { CampaignRow } from "../db/schema.ts";
import type { OfficerDeps } from "../officers/officer-context.ts";
import { reportKey, storedPhase } from "./conversation-state.ts";
import type { CampaignEntry } from "../db/campaign-choice-repository.ts";
import { correctionsWaiting } from "./corrections-waiting.ts";

/**
 * How long a question asked and never answered still holds the chat: a clerk who typed /baocao on
 * a Friday answers after the weekend, but one left a whole week (the reporting periods run two to
 * three weeks) was not about to be answered; held, it kept the unit off the new campaign, told
 * "hoàn thành báo cáo đó trước", for a report nobody was doing.
 */
export const OPENED_HOLDS_MS = 7 * 24 * 60 * 60 * 1000;

export interface KeptOn {
  unitId: number;
  campaign: CampaignRow;
  /** Picked for the chat (a report the new campaign would have taken it from): under correction, or a closed campaign's draft. */
  pin: boolean;
  /** A submitted report under correction (not a draft): the announcement says so. */
  correcting: boolean;
  /** Opened with its question asked and nothing answered: the announcement said "đang làm dở" of it. */
  opened: boolean;
}

/** Read before the new campaign is stored, at `now`: which report each unit's chat is on. */
export async function reportsKeptOn(deps: Pick<OfficerDeps, "repos" | "templateFor">, unitIds: number[], now: number): Promise<KeptOn[]> {
  const { repos } = deps;
  const ours = new Set(unitIds);
  const kept: KeptOn[] = [];
  // Only where the unit's chat is on that report now (a draft in two campaigns: the one it is on).
  const onNow = campaignsOnNow(repos);
  // Each open campaign's reports under way: answered in part; submitted, where a correction may be
  // under way; opened with no answer (a row in progress, not answered in part), kept if a question is asked.
  const underWay: { unitId: number; campaign: CampaignRow; kind: "answered" | "submitted" | "opened" }[] = [];
  for (const campaign of await repos.officers.openCampaigns()) {
    const answered = new Set(await repos.submissions.unitsWithReportInProgress(campaign.id));
    for (const unitId of answered) if (ours.has(unitId)) underWay.push({ unitId, campaign, kind: "answered" });
    for (const { unitId, status } of (await repos.officers.unitStatuses(campaign.id)).filter((row) => ours.has(row.unitId))) {
      if (status === "submitted") underWay.push({ unitId, campaign, kind: "submitted" });
      if (status === "in_progress" && !answered.has(unitId)) underWay.push({ unitId, campaign, kind: "opened" });
    }
  }
  // Where their chats are, in one query (it was one per unit: a ward's every school with a report under way).
  await onNow.readFor(underWay.map((entry) => entry.unitId));
  const current = underWay.filter(({ unitId, campaign }) => onNow.of(unitId)?.id === campaign.id);
  for (const { unitId, campaign } of current.filter((entry) => entry.kind === "answered")) kept.push({ unitId, campaign, pin: false, correcting: false, opened: false });
  const submitted = current.filter((entry) => entry.kind === "submitted");
  const opened = current.filter((entry) => entry.kind === "opened");
  // One query for all of them (it was one per unit: a ward's every school, each open campaign).
  const reports = await repos.conversations.loadReports([...submitted, ...opened].map(({ unitId, campaign }) => ({ campaignId: campaign.id, unitId })));
  for (const { unitId, campaign } of opened) {
    const conversation = reports.get(reportKey(campaign.id, unitId))?.conversation;
    const phase = conversation === undefined ? undefined : storedPhase(conversation.state);
    // Its state was stored as the question was asked (nothing answered since): that is when.
    const recent = conversation !== undefined && now - Number(conversation.updatedAt) <= OPENED_HOLDS_MS;
    if (phase !== undefined && phase !== "idle" && recent) kept.push({ unitId, campaign, pin: true, correcting: false, opened: true });
  }
  for (const { unitId, campaign } of submitted) {
    const read = reports.get(reportKey(campaign.id, unitId));
    const waiting = await correctionsWaiting(repos, await deps.templateFor(campaign.templateId), campaign, unitId, read);
    if (waiting?.kind === "corrections" || waiting?.kind === "asked-again") kept.push({ unitId, campaign, pin: true, correcting: true, opened: false });
  }
  // The others' reachable campaigns in one query (it was one per unit: a ward's every school).
  const keptUnits = new Set(kept.map((entry) => entry.unitId));
  const rest = [...new Set(unitIds)].filter((unitId) => !keptUnits.has(unitId));
  const reachable = await repos.campaignChoice.reachableCampaignsOf(rest);
  const drafts = new Map(rest.map((unitId) => [unitId, closedDrafts(reachable.get(unitId) ?? [])]));
  // The directory is read only where it can tell: a unit with no closed campaign's draft is on none.
  await onNow.readFor(rest.filter((unitId) => drafts.get(unitId)!.length > 0));
  for (const unitId of rest) {
    const draft = closedDraftOn(drafts.get(unitId)!, reachable.get(unitId) ?? [], onNow.of(unitId));
    if (draft) kept.push({ unitId, campaign: draft, pin: true, correcting: false, opened: false });
  }
  return kept;
}

/**
 * The campaign each unit's chat is on (findOpenCampaign), read for several units in one query and
 * at most once per unit within one opening (a unit with reports in several open campaigns is asked
 * of each). Not a cache: it lives as long as the opening that made it.
 */
function campaignsOnNow(repos: OfficerDeps["repos"]) {
  const read = new Map<number, CampaignRow | undefined>();
  return {
    async readFor(unitIds: number[]): Promise<void> {
      const unread = [...new Set(unitIds)].filter((unitId) => !read.has(unitId));
      if (unread.length === 0) return;
      const found = await repos.directory.openCampaignsOf(unread);
      for (const unitId of unread) read.set(unitId, found.get(unitId));
    },
    of: (unitId: number): CampaignRow | undefined => read.get(unitId),
  };
}

/** A unit's closed campaigns with its draft (answered in part, or returned); `reachable`: its reachableCampaigns. */
const closedDrafts = (reachable: CampaignEntry[]) => reachable.filter((entry) => entry.campaign.status === "closed" && (entry.standing === "in-progress" || entry.standing === "returned"));

/**
 * The closed campaign whose draft the unit's chat is on, if it is on one, as chatCampaign finds it;
 * `onNow`: the campaign the directory says its chat is on (a pick first).
 */
function closedDraftOn(drafts: CampaignEntry[], reachable: CampaignEntry[], onNow: CampaignRow | undefined): CampaignRow | undefined {
  if (drafts.length === 0) return undefined;
  // With none open, lateCampaign's pick (report-to-work-on.ts): the newest reachable, there being one.
  const current = onNow ?? reachable.at(-1)?.campaign;
  return drafts.find((entry) => entry.campaign.id === current?.id)?.campaign;
}
