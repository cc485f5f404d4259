/**
 * What a unit's report still waits on from its clerk, said when the chat moves to another
 * campaign's report (which left it unmentioned: the clerk took the report for done) and in
 * /trangthai: a report returned by the ward, not sent again; a submitted report with a question
 * asked again ("/sua 11"), not answered yet; or corrections made since the submission, not
 * submitted yet.
 */
import type { Repositories } from "../db/repositories.ts";
import type { ReportRead } from "../db/report-read.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { refusesLateNow } from "./closed-campaign.ts";
import { reportKey, restoreReportState } from "./conversation-state.ts";
import { correctedFields } from "./engine-discard.ts";
import { numberOfField } from "./report-navigation.ts";
import { vi } from "../sentences/vi.ts";

export type ReportWaiting =
  | { kind: "returned" }
  /** A question of the submitted report asked again (its number as the chat sees it); `corrected`: other answers differ from the version sent. */
  | { kind: "asked-again"; number: number; corrected: boolean }
  | { kind: "corrections" };

/**
 * `read`: the report as the update read it already (its state holds the answers), else it is read
 * here, in one query.
 */
export async function correctionsWaiting(repos: Repositories, template: Template, campaign: CampaignRow, unitId: number, read?: ReportRead): Promise<ReportWaiting | undefined> {
  const report = read ?? (await repos.conversations.loadReport(reportKey(campaign.id, unitId), campaign.id, unitId));
  const { submission, conversation } = report;
  // Returned: the officer asked for a correction, taken even once the campaign closed.
  if (submission?.status === "returned") return { kind: "returned" };
  // Closed refusing late reports, /nop takes no correction any more: none is said to wait for it.
  if (refusesLateNow(campaign) || submission?.status !== "submitted" || !conversation) return undefined;
  const { state, reset } = restoreReportState(conversation.state, conversation.stateVersion, report.answers);
  if (reset || (state.phase !== "complete" && state.phase !== "asking")) return undefined;
  // Taken along by a read of several reports (one query for all), else read here.
  const submitted = (report.submitted !== undefined ? (report.submitted ?? undefined) : await repos.submissions.versionAnswers(submission.id, submission.version)) as Answers | undefined;
  const corrected = submitted === undefined || correctedFields(template, state.answers, submitted).length > 0;
  if (state.phase === "asking" && state.fieldId) return { kind: "asked-again", number: numberOfField(template, state.answers, state.fieldId), corrected };
  return corrected ? { kind: "corrections" } : undefined;
}

/** A changed answer not sent again (a question only reopened, its answer unchanged, is no correction: the report sent is still the report). */
export const correctionUnsent = (waiting: ReportWaiting | undefined): boolean => waiting?.kind === "corrections" || (waiting?.kind === "asked-again" && waiting.corrected);

/** What the report a chat moves away from ("/baocao 2") still waits on, in the chat's words. */
export function leftWaitingNote(left: CampaignRow, waiting: ReportWaiting): string {
  if (waiting.kind === "returned") return vi.reportSwitch.leftReturned(left.title, left.id);
  if (waiting.kind === "asked-again") return vi.reportSwitch.leftAskedAgain(left.title, left.id, waiting.number, waiting.corrected);
  return vi.report.correctionsLeftUnsent(left.title, left.id);
}
