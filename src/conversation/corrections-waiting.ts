/**
 * Whether a unit's submitted report holds corrections not submitted yet: its chat's report stands
 * "complete" after the submission and its answers differ from the version submitted. Said when
 * the chat moves to another campaign's report, which left them unmentioned (the clerk took the
 * report for sent).
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { refusesLateNow } from "./closed-campaign.ts";
import { reportKey, storedPhase } from "./conversation-state.ts";
import { correctedFields } from "./engine-discard.ts";

export async function correctionsWaiting(repos: Repositories, template: Template, campaign: CampaignRow, unitId: number): Promise<boolean> {
  // Closed refusing late reports, /nop takes no correction any more: none is said to wait for it.
  if (refusesLateNow(campaign)) return false;
  const submission = await repos.submissions.find(campaign.id, unitId);
  if (!submission || submission.status !== "submitted") return false;
  const conversation = await repos.conversations.load(reportKey(campaign.id, unitId));
  if (!conversation || storedPhase(conversation.state) !== "complete") return false;
  const submitted = (await repos.submissions.versionAnswers(submission.id, submission.version)) as Answers | undefined;
  const current: Answers = Object.fromEntries((await repos.submissions.listAnswers(submission.id)).map((answer) => [answer.fieldId, answer.value as Answers[string]]));
  return submitted === undefined || correctedFields(template, current, submitted).length > 0;
}
