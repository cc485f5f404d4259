/**
 * The service's side of last year's report: read it only for the steps that use it (/baocao and
 * the reply to its offer, also a late one, a figure typed for a numeric question), so other
 * messages cost no query.
 */
import type { Repositories } from "../db/repositories.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { fieldById, isFigureField } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import type { ConversationState } from "./conversation-state.ts";
import type { PreviousReport } from "./last-year-drafts.ts";
import { isKeepWord } from "./engine-last-year.ts";
import { mayAnswerOffer } from "./late-offer-reply.ts";
import type { UserInput } from "./user-input.ts";

export interface PreviousReportScope {
  template: Template;
  state: ConversationState;
  input: UserInput | { kind: string };
  unitId: number;
  campaignId: number;
}

/** Whether this step can use last year's report: the engine reads `previous` only on these. */
export function needsPreviousReport({ template, state, input }: Pick<PreviousReportScope, "template" | "state" | "input">): boolean {
  // A Word file's figures are checked against last year's before they fill anything.
  if (input.kind === "word") return true;
  if (state.phase === "idle") return (input.kind === "command" && "command" in input && input.command === "report") || (input.kind === "text" && !!state.lastYearOffer);
  if (state.phase !== "asking" || input.kind !== "text" || !state.fieldId) return false;
  const field = fieldById(template, state.fieldId);
  // A bare "có" before any answer, the offer declined or answered by another member: its drafts are brought.
  if (!state.drafts && "text" in input && mayAnswerOffer(state, field, input.text)) return true;
  // "như cũ" at a choice (choices are never drafts): last time's choice is said (choice-as-before.ts).
  if (field !== undefined && (field.type === "single-choice" || field.type === "multiple-choice") && "text" in input && isKeepWord(input.text)) return true;
  return field !== undefined && isFigureField(field);
}

export async function loadPreviousReport(repos: Repositories, scope: PreviousReportScope): Promise<PreviousReport | undefined> {
  if (!needsPreviousReport(scope)) return undefined;
  const found = await repos.previousReports.latestSubmitted(scope.unitId, scope.template.key, scope.campaignId);
  return found && { campaignTitle: found.campaignTitle, answers: found.answers as Answers };
}
