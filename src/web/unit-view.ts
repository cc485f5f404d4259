/**
 * Everything a unit's page in a campaign shows, read once: the unit's line of the board (state in
 * the /status words), its submission, its current answers, its versions and their files. Undefined
 * when the campaign does not require the unit, so a guessed id shows nothing.
 */
import type { CampaignRow } from "../db/schema.ts";
import { unitStateText } from "../officers/status-report.ts";
import type { WebDeps } from "./web-deps.ts";

export async function unitViewOf(deps: WebDeps, campaign: CampaignRow, unitId: number, now: number) {
  const row = await deps.repos.officers.statusRow(campaign.id, unitId);
  if (!row) return undefined;
  const submission = await deps.repos.submissions.find(campaign.id, unitId);
  // The state's progress counts the campaign's questions, and its lateness is said beside the deadline, as the board does.
  const overdue = now > campaign.deadlineAt && row.status !== "submitted";
  const state = unitStateText(await deps.templateFor(campaign.templateId), row, deps.timeZone, overdue, campaign.deadlineAt);
  // The answers are to the submission's own template when it has one (the issuer's consolidated report).
  const template = await deps.templateFor(submission?.templateId ?? campaign.templateId);
  // Only a report the unit's chat can reach to correct can be returned (as with /tralai).
  if (!submission) return { campaign, row, state, template, submission, answers: [], versions: [], files: [], returns: [] };
  const answers = await deps.repos.submissions.listAnswers(submission.id);
  const versions = await deps.repos.submissions.listVersions(submission.id);
  const files = await deps.repos.documents.filesOf(submission.id);
  // A version returned and then corrected keeps its story: the submission row holds the last comment only.
  const returns = await deps.repos.activity.returnsOf(campaign.id, { id: unitId, name: row.name });
  return { campaign, row, state, template, submission, answers, versions, files, returns };
}

export type UnitView = NonNullable<Awaited<ReturnType<typeof unitViewOf>>>;
