/**
 * What /nop shows before a new version is sent: the questions whose answer differs from the version
 * submitted, each with the answer before and now. The whole review (21 questions) for one figure
 * corrected hid the correction among answers the clerk had checked at the first submission; /xem
 * still shows them all.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { formatGivenAnswer } from "../templates/format-answer.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ReportInput } from "./engine-types.ts";
import { numberedQuestions } from "./numbered-questions.ts";

/** `changed`: the ids correctedFields found, the questions the answers hide now among them. */
export function renderChanges(template: Template, answers: Answers, submitted: Answers, changed: readonly string[], input: Pick<ReportInput, "photoCaptions">): OutboundMessage {
  const text = vi.report.resubmit;
  // `from`: the version the value belongs to; its position completes the signer's authority.
  const shown = (field: Parameters<typeof formatGivenAnswer>[0], from: Answers) => {
    const value = from[field.id];
    return value === undefined || value === null ? text.none : formatGivenAnswer(field, value, input.photoCaptions ?? {}, template, from);
  };
  const lines = [text.heading(changed.length)];
  // Numbered as the clerk sees the questions now; one the corrections hid goes last, by its prompt.
  const numbered = numberedQuestions(template, answers, changed);
  for (const { number, field } of numbered) lines.push("", `${number}. ${field.prompt}`, text.before(shown(field, submitted)), text.now(shown(field, answers)));
  for (const { field } of listFields(template)) {
    if (changed.includes(field.id) && !numbered.some((n) => n.field.id === field.id)) lines.push("", text.hidden(field.prompt), text.before(shown(field, submitted)));
  }
  lines.push("", text.reviewAll);
  return { kind: "text", text: lines.join("\n") };
}
