/**
 * Closing a campaign, the same from the chat (/dotbaocao dong) and from the web page: what it will
 * do, said before; then the close itself, written in the campaign's activity log with who did it
 * and where, in the action's own transaction, and what each unit not in hears.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { stillOpen } from "./campaign-actions.ts";
import { type Delivery, type OfficerDeps, say } from "./officer-context.ts";
import { type ChatGoes, chatsOn, correctionClosedNotice, keepCorrections, whereChatsGo } from "./closing-corrections.ts";
import { unitsWithUnsentCorrections } from "./unsent-corrections.ts";
import { askingHere, markMovedByClose } from "./closing-moves.ts";
import { memoByKey } from "../memo-by-key.ts";

/**
 * What closing the campaign does, the same in the chat's /dotbaocao dong question and on the web
 * page's close button: whether the deadline has passed, how many units have not submitted (`units`:
 * their status rows, which the page has read already), what becomes of their reports.
 */
export function closeEffects(campaign: CampaignRow, units: readonly { status: string | null }[], now: number, timeZone: string): string {
  const notSubmitted = units.filter((u) => u.status !== "submitted").length;
  return vi.officer.closeEffects(notSubmitted, campaign.latePolicy === "refuse", { at: formatMoment(campaign.deadlineAt, timeZone), passed: now >= campaign.deadlineAt });
}

/**
 * Closes the campaign; undefined when it was closed already (by another officer, a moment ago). The
 * chats of units with a report in progress are told: their next answer would otherwise go to another
 * campaign, or to none, without a word on why.
 */
export async function closeCampaign(deps: OfficerDeps, campaign: CampaignRow, actor: Actor, now: number): Promise<{ deliveries: Delivery[] } | undefined> {
  const open = await stillOpen(deps, campaign.id);
  if (!open) return undefined;
  const statuses = await deps.repos.officers.unitStatuses(campaign.id);
  // Read while open: once closed refusing late reports, no correction counts as waiting.
  // A question only reopened (/sua 9, not answered yet) counts where the close refuses late reports:
  // the chat is mid-correction and is told so; kept on a report with nothing to send, it would not be.
  const correcting = (await unitsWithUnsentCorrections(deps, open, statuses, campaign.latePolicy === "refuse")).map((unit) => unit.unitId);
  // Read while open too: which of them have their chat on this report (the others are on another's).
  const correctingHere = await chatsOn(deps, campaign, correcting);
  // And the drafts (answered in part, or returned) their chat is on: once closed, another open
  // campaign came first, and the next answer, typed for the question on screen, passed as talk, lost.
  // The others told were on another report already, which they stay on: "từ giờ… gõ /baocao" misled.
  const unfinished = await deps.repos.submissions.unitsWithReportInProgress(campaign.id);
  const notStarted = await deps.repos.submissions.unitsNotStarted(campaign.id);
  const here = new Set(await chatsOn(deps, campaign, [...unfinished, ...notStarted]));
  const draftsHere = unfinished.filter((unitId) => here.has(unitId));
  // Those on it asking a question of it: the next answer is meant for it.
  const asking = await askingHere(deps, campaign, [...here]);
  await deps.repos.officers.closeCampaign(campaign.id);
  await deps.repos.activity.record(campaign.id, actor, "closed", "", now);
  // Still taken (late, or returned): the chat stays on it, picked as "/baocao N" would, until submitted.
  const returned = new Set(statuses.filter((u) => u.status === "returned").map((u) => u.unitId));
  for (const unitId of draftsHere) if (campaign.latePolicy === "accept" || returned.has(unitId)) await deps.repos.campaignChoice.choose(unitId, campaign.id, now);
  const refusing = campaign.latePolicy === "refuse" ? correcting : [];
  const submitted = statuses.filter((u) => u.status === "submitted").map((u) => u.unitId);
  const kept = campaign.latePolicy === "refuse" ? new Map<number, string>() : await keepCorrections(deps, open, { correcting, here: correctingHere, submitted }, now);
  // Every pick settled: where each asking chat went.
  await markMovedByClose(deps, campaign, asking, now);
  // Those that never started were told to; they are told it closed, and whether they still may.
  const told = [...unfinished, ...notStarted, ...refusing, ...kept.keys()];
  const chats = told.length === 0 ? [] : await deps.repos.officers.unitChats(told);
  // Read once for the campaign, not once per unit told: the reports in progress of each other
  // campaign a unit goes on to (most often the same one for all).
  const workingIn = memoByKey((campaignId: number) => deps.repos.submissions.unitsWithReportInProgress(campaignId));
  // Where each chat told goes, read for all of them at once (it was up to three reads per unit).
  const goes = await whereChatsGo(deps, told);
  const deliveries: Delivery[] = [];
  for (const unitId of told) {
    const state = unfinished.includes(unitId) ? "in-progress" : "not-started";
    const keptText = kept.get(unitId);
    const message = say(keptText ?? (refusing.includes(unitId) ? correctionClosedNotice(campaign, goes(unitId)) : await closingNotice(campaign, unitId, goes(unitId), { state, returned: returned.has(unitId), stays: !here.has(unitId), workingIn })));
    for (const chat of chats.filter((c) => c.unitId === unitId)) deliveries.push({ channel: chat.channel, chatId: chat.externalId, message });
  }
  return { deliveries };
}

/**
 * What a unit not in hears when its campaign closes, in one place, by where its report stands
 * (`state`; a submitted one hears nothing): in progress, out of reach when its chat goes on to
 * another open campaign, else still welcome when returned for correction, else refused or welcome
 * but marked late by the campaign's policy; not started, refused, or welcome by its number when
 * another campaign is open to it. "The group is working on another campaign's report" is said only
 * when it is (a school that had started nothing read it).
 */
async function closingNotice(
  campaign: CampaignRow,
  unitId: number,
  goes: ChatGoes,
  { state, returned, stays, workingIn }: { state: "in-progress" | "not-started"; returned: boolean; stays: boolean; workingIn: (campaignId: number) => Promise<number[]> },
): Promise<string> {
  const found = goes.onNow && { campaign: goes.onNow };
  // The chat picked this report (/baocao N) and the close keeps it there (still taken): it goes on
  // here, as with no other campaign open; "gõ /baocao N để làm tiếp" named the report it was on.
  const next = found?.campaign.id === campaign.id ? undefined : found;
  // No other campaign open: an older one closed still taking the unit's report is where the chat's
  // messages go now (the close moved the chat there without a word).
  const late = next || found ? undefined : goes.reachable.filter((entry) => entry.campaign.id !== campaign.id).at(-1)?.campaign;
  // A report the chat goes on to that the unit submitted has nothing to make: "gõ /baocao để làm báo cáo đó" misled.
  // (The campaign a chat is on is always among those it may reach, with where its report stands.)
  const nextSubmitted = next !== undefined && goes.reachable.find((entry) => entry.campaign.id === next.campaign.id)?.standing === "submitted";
  // `next` may be a closed campaign's report the chat picked (/baocao N), still taking it: "đang mở" was untrue.
  const nextClosed = next?.campaign.status === "closed";
  // Where the chat was on another report already (`stays`), it stays there: no "từ giờ… gõ /baocao".
  const goesTo = next
    ? nextSubmitted
      ? vi.officer.chatGoesToSubmitted(next.campaign.title)
      : stays
        ? vi.officer.chatStaysOn(next.campaign.title, nextClosed)
        : vi.officer.chatGoesTo(next.campaign.title, nextClosed)
    : late && (stays ? vi.officer.chatStaysOn(late.title, true) : vi.officer.chatGoesTo(late.title, true));
  if (state === "not-started") {
    if (campaign.latePolicy === "refuse") return [vi.officer.campaignClosedNotStarted(campaign.title, "refused", campaign.id), ...(goesTo ? [goesTo] : [])].join(" ");
    if (!next) return vi.officer.campaignClosedNotStarted(campaign.title, "late", campaign.id);
    const working = (await workingIn(next.campaign.id)).includes(unitId);
    return vi.officer.campaignClosedNotStarted(campaign.title, working ? "moved-on" : "by-number", campaign.id, nextClosed);
  }
  // A report returned for correction is still taken, whatever the policy: an officer asked for it.
  // With another campaign open, the chat goes on to it; the closed one's report, still taken, is reached by its number.
  if (next && (returned || campaign.latePolicy === "accept")) return vi.officer.campaignClosedStillTaken(campaign.title, campaign.id, returned);
  // "Nhóm chuyển sang báo cáo … đang mở" only where the chat does move, to an open one.
  if (next) return stays || nextClosed ? `${vi.officer.campaignClosedRefused(campaign.title)} ${goesTo}` : vi.officer.campaignClosedMovedOn(campaign.title, next.campaign.title, nextSubmitted);
  if (returned) return vi.officer.campaignClosedReturned(campaign.title);
  return campaign.latePolicy === "refuse" ? [vi.officer.campaignClosedRefused(campaign.title), ...(goesTo ? [goesTo] : [])].join(" ") : vi.officer.campaignClosedLateAccepted(campaign.title);
}
