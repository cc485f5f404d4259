/**
 * A report row stored before REPORT_STATE_VERSION carries its answers, and the state is what the
 * conversation went by. From its next save the answers table is the only copy, so the table is
 * first brought in line with the state, in the same transaction: a row the state does not have
 * goes (a cleared photo question used to leave a null row behind), and a value that differs is
 * the state's (a consolidated report's level-up once wrote the table under someone typing).
 */
import type { Repositories } from "../db/repositories.ts";
import type { Author } from "../db/submission-repository.ts";
import type { ConversationState } from "./conversation-state.ts";

export async function adoptStateAnswers(
  repos: Repositories,
  scope: { submissionId: number; state: ConversationState; tableAnswers: Record<string, unknown>; by: Author; now: number },
): Promise<void> {
  const { submissionId, state, tableAnswers, by, now } = scope;
  for (const fieldId of Object.keys(tableAnswers)) {
    if (!(fieldId in state.answers)) await repos.submissions.removeAnswer(submissionId, fieldId, now);
  }
  for (const [fieldId, value] of Object.entries(state.answers)) {
    const same = fieldId in tableAnswers && JSON.stringify(tableAnswers[fieldId]) === JSON.stringify(value);
    if (!same) await repos.submissions.saveAnswer(submissionId, fieldId, value, by, now);
  }
}
