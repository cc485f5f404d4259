/**
 * A submitted report whose answers, after a correction, are again the ones submitted: "Giữ" at
 * /sua N, "sửa câu 5: có" where question 5 was Có, a figure corrected and then corrected back.
 * Nothing waits for /nop, yet the bot said "Bản đã nộp chưa thay đổi cho đến khi gõ /nop để nộp
 * bản sửa", and /nop then answered that nothing had changed. The report stands submitted again,
 * and says so. A returned report is left to be sent again: the officer asked for it. Pure.
 */
import { vi } from "../sentences/vi.ts";
import type { Template } from "../templates/template-schema.ts";
import { correctedFields } from "./engine-discard.ts";
import { say } from "./engine-moves.ts";
import { completeText } from "./engine-prompts.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";

export function withUnchangedSubmission(template: Template, input: ReportInput, result: StepResult): StepResult {
  const { state } = result;
  const { submitted } = input;
  if (state.phase !== "complete" || state.submittedVersion === 0 || !submitted || submitted.returned) return result;
  if (correctedFields(template, state.answers, submitted.answers).length > 0) return result;
  const waitsForSubmit = completeText(template, state);
  const { resume: _resume, fieldId: _fieldId, ...rest } = state;
  const replies = result.replies.map((reply) => (reply.kind === "text" && reply.text === waitsForSubmit ? say(vi.report.sameAsSubmitted) : reply));
  return { ...result, state: { ...rest, phase: "submitted" }, replies };
}
