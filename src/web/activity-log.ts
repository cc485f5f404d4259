/**
 * A campaign's whole story for its activity log page: what officers and the schedule did (the
 * campaign_activity rows) and what the units submitted (submission_versions), merged into one list
 * in time order, oldest first, each line in words. Pure.
 */
import type { ActivitySource } from "../db/activity-repository.ts";
import { vi } from "../sentences/vi.ts";

export interface ActivityRow {
  at: number;
  actorName: string;
  source: ActivitySource;
  action: string;
  detail: string;
}

export interface SubmittedRow {
  unitName: string;
  version: number;
  submittedBy: string;
  submittedAt: number;
}

export interface LogEntry {
  at: number;
  who: string;
  where: string;
  what: string;
}

export function activityLog(activity: ActivityRow[], submitted: SubmittedRow[]): LogEntry[] {
  const text = vi.web.activity;
  const acted = activity.map((row) => ({
    at: row.at,
    who: row.source === "schedule" ? text.schedule : row.actorName,
    where: text.where[row.source],
    what: Object.hasOwn(text.actions, row.action) ? text.actions[row.action]!(row.detail) : text.unknown(row.action, row.detail),
  }));
  // Units submit in their chats (a consolidated report too, in the officers' chat).
  const units = submitted.map((row) => ({ at: row.submittedAt, who: row.submittedBy, where: text.where.chat, what: text.submitted(row.unitName, row.version) }));
  // A stable sort: rows of the same millisecond keep the order they were written in, a submission
  // before what was made of it (the consolidated report's submit writes both at once).
  return [...units, ...acted].sort((a, b) => a.at - b.at);
}
