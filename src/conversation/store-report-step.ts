/**
 * Stores a step of a unit's report, inside the message's transaction: its effects (report-effects.ts),
 * then its new state over the revision that was read (nothing when the state did not move). An
 * answer alone, the most common message, is written with its state at once: on PostgreSQL one
 * round trip less (issue #12). Returns the messages the effects add, or "conflict" when the state
 * was written meanwhile: the caller's transaction then rolls back, the answer with it.
 */
import type { Repositories } from "../db/repositories.ts";
import type { Delivery } from "../officers/officer-context.ts";
import { REPORT_STATE_VERSION, reportStateJson } from "./conversation-state.ts";
import type { StepResult } from "./engine-types.ts";
import { author, type createReportEffects, type ReportScope } from "./report-effects.ts";

export interface ReportStep {
  result: StepResult;
  key: string;
  /** The state as read, if the report had one. */
  stored: { state: string; stateVersion: number; revision: number } | undefined;
  /** Where the effects go; none before the report has a submission. */
  scope: ReportScope | undefined;
  now: number;
}

export function createReportStepStore(repos: Repositories, applyEffects: ReturnType<typeof createReportEffects>) {
  return async function storeReportStep({ result, key, stored, scope, now }: ReportStep): Promise<Delivery[] | "conflict"> {
    const stateJson = reportStateJson(result.state);
    // A message that moves nothing (chat to a finished report) leaves the row as it is: one write less.
    const unchanged = stored?.state === stateJson && stored.stateVersion === REPORT_STATE_VERSION;
    const [effect] = result.effects;
    if (scope && stored && !unchanged && result.effects.length === 1 && effect?.type === "save-answer") {
      // What applyEffects writes for it, with the state.
      const { message, submissionId } = scope;
      const answer = { submissionId, fieldId: effect.fieldId, value: effect.value, by: effect.by ?? author(message), now, sourceMessageId: effect.by ? effect.by.messageId : message.messageId };
      return (await repos.conversations.saveAnswerAndState(answer, key, stateJson, REPORT_STATE_VERSION, stored.revision)) ? [] : "conflict";
    }
    const extra = scope ? await applyEffects(result.effects, scope) : [];
    if (!unchanged && !(await repos.conversations.save(key, stateJson, REPORT_STATE_VERSION, stored?.revision, now))) return "conflict";
    return extra;
  };
}
