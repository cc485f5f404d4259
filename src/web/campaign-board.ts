/**
 * What the campaigns list and a board show, read once per page: each campaign's units with their
 * state (the same ranking and words as /status), and a change stamp the board polls to reload.
 */
import { takesLateNow } from "../conversation/closed-campaign.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { campaignStatus } from "../officers/status-report.ts";
import type { WebDeps } from "./web-deps.ts";

export async function boardOf(deps: WebDeps, campaign: CampaignRow, now: number) {
  const template = await deps.templateFor(campaign.templateId);
  const rows = await deps.repos.officers.statusRows(campaign.id);
  return { template, ...campaignStatus(campaign, template, rows, now, deps.timeZone) };
}

/** The campaign's state as the list and the board say it: a closed one still taking late reports says so. */
export function campaignStateText(campaign: Pick<CampaignRow, "status" | "latePolicy">): string {
  const text = vi.web.board;
  return campaign.status === "open" ? text.open : takesLateNow(campaign) ? text.closedTakingLate : text.closed;
}

export type Board = Awaited<ReturnType<typeof boardOf>>;

/**
 * Changes whenever a unit answers, submits or is returned, or the campaign is closed: every answer
 * touches its submission's updated_at. Past the deadline the states change by the clock alone, so
 * the deadline's side of now is part of it too. One small aggregate query: every open board polls it.
 */
export async function boardStamp(deps: WebDeps, campaign: CampaignRow, now: number): Promise<string> {
  const { submissions, latest } = await deps.repos.officers.campaignActivityStamp(campaign.id);
  return `${campaign.status}:${now > campaign.deadlineAt}:${submissions}:${latest}`;
}
