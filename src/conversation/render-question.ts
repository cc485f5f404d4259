/**
 * How the bot asks one question and lists the answers: progress "Câu k/n", the numbered heading
 * path ("II.3. Đối với Tổ chuyên môn"), the prompt, hint and example, numbered options, how to type
 * a table, and the current answer when a question is asked again.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { formatGivenAnswer } from "../templates/format-answer.ts";
import { DEFAULT_MAX_PHOTOS } from "../templates/template-schema.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ReportInput } from "./engine-types.ts";
import { headingPath } from "./heading-path.ts";
import { questionsToCome } from "../templates/questions-to-come.ts";

export function renderQuestion(template: Template, answers: Answers, fieldId: string): OutboundMessage {
  const visible = visibleFields(template, answers);
  const position = visible.findIndex((p) => p.field.id === fieldId);
  const placed = visible[position];
  if (!placed) throw new Error(`field ${fieldId} is not visible`);
  const { field } = placed;
  const section = headingPath(template, answers, fieldId) ?? vi.question.closingSection;
  // The total counts the questions that may still come, so it never grows as answers show them.
  const lines = [`${vi.question.progress(position + 1, questionsToCome(template, answers))} — ${section}`, field.prompt];
  if (!field.required) lines.push(vi.question.optional);
  if (field.hint) lines.push(vi.question.hint(field.hint));
  let choices: readonly string[] | undefined;
  if (field.type === "single-choice" || field.type === "multiple-choice") {
    lines.push(field.type === "single-choice" ? vi.question.chooseOne : vi.question.chooseMany);
    field.options.forEach((option, i) => lines.push(`${i + 1}. ${option}`));
    if (field.type === "single-choice") choices = field.options;
  }
  if (field.type === "yes-no") choices = [vi.yes, vi.no];
  if (field.type === "table") lines.push(vi.table.howTo(field.columns.map((c) => c.title)));
  if (field.type === "photo") lines.push(vi.photo.howTo(field.maxItems ?? DEFAULT_MAX_PHOTOS));
  const example = field.example ?? (field.type === "table" ? field.columns.map((c) => vi.table.sample[c.type]).join("; ") : undefined);
  if (example) lines.push(vi.question.example(example));
  const current = answers[field.id];
  if (current !== undefined) lines.push(vi.question.current(formatGivenAnswer(field, current)));
  // A photo question keeps its photos with "Xong" (vi.photo.again).
  if (current !== undefined && field.type !== "photo") lines.push(vi.question.keepHint);
  if (field.type === "photo" && Array.isArray(current) && current.length > 0) lines.push(vi.photo.again);
  const question = { kind: "text", text: lines.join("\n"), expectsReply: true, questionId: field.id } as const;
  return choices ? { ...question, choices } : question;
}

/** Unanswered questions in a row from which the review names them by number only (a phone screen). */
const COLLAPSED_RUN = 3;

/**
 * The review: every visible question with its answer, numbered as the questions are. A run of
 * unanswered questions is one line ("6–21. (chưa trả lời)"): a report just started fits a screen.
 */
export function renderReview(template: Template, answers: Answers, input: Pick<ReportInput, "unitName" | "reportTitle" | "annotations" | "photoCaptions" | "unsentSealedIssuer">): OutboundMessage {
  const { annotations = {}, photoCaptions = {} } = input;
  const lines: string[] = [vi.report.reviewTitle(input.reportTitle ?? template.title, input.unitName)];
  const visible = visibleFields(template, answers);
  const unanswered = (i: number) => visible[i] !== undefined && answers[visible[i]!.field.id] === undefined && !annotations[visible[i]!.field.id];
  for (let i = 0; i < visible.length; i++) {
    let end = i;
    while (unanswered(end)) end++;
    if (end - i >= COLLAPSED_RUN) {
      // Read only once closed unsent: "/sua N để trả lời" would be refused.
      lines.push("", vi.report.unansweredRun(i + 1, end, input.unsentSealedIssuer !== undefined));
      i = end - 1;
      continue;
    }
    const { field } = visible[i]!;
    const value = answers[field.id];
    // Recipients left out are the document's own, not none: the review says which.
    const shown = value === undefined ? vi.answer.missing : formatGivenAnswer(field, value, photoCaptions, template, answers);
    const note = annotations[field.id];
    lines.push("", `${i + 1}. ${field.prompt}${note ? ` ${note}` : ""}`, shown);
  }
  // "Câu 3/21" counts questions an answer still to come may show; the review numbers only 19. Not
  // said of a report closed unsent: no answer will come to show them.
  const total = input.unsentSealedIssuer === undefined ? questionsToCome(template, answers) : visible.length;
  if (total > visible.length) lines.push("", vi.report.reviewUndecided(visible.length, total));
  return { kind: "text", text: lines.join("\n") };
}
