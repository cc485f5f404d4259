/**
 * "câu 6: 660" once every question is answered, or while another is asked (a label the typed input
 * left as text names an answered question): question 6 has its answer, which a label never
 * replaces (it may be a colleague's remark). Said how to, where it passed in silence or, while
 * question 21 was asked, "câu 19: kt hiệu trưởng" was stored whole as question 21's answer.
 */
import { sameValue } from "../canonical-json.ts";
import { vi } from "../sentences/vi.ts";
import { parseAnswer } from "../templates/answer-parsers.ts";
import type { Template } from "../templates/template-schema.ts";
import { clerkToday } from "../vietnamese/relative-day.ts";
import type { ConversationState } from "./conversation-state.ts";
import { fieldByNumber } from "./report-navigation.ts";
import { bareLabel } from "./typed-edit.ts";

/** What to say to a label of an answered question other than the one asked; undefined for any other text. */
export function labelOnAnswered(template: Template, state: ConversationState, text: string, now: number, timeZone: string): string | undefined {
  if (state.phase !== "complete" && state.phase !== "asking") return undefined;
  const label = bareLabel(text);
  const labelled = label && fieldByNumber(template, state.answers, label.number)?.field;
  if (!label || !labelled || labelled.id === state.fieldId) return undefined;
  // The answer it already has: said so, not how to replace it with itself.
  const read = parseAnswer(labelled, label.answer, clerkToday(now, timeZone));
  const already = read.ok && sameValue(read.value, state.answers[labelled.id]);
  return already ? vi.report.labelSameAnswer(label.number) : vi.report.labelOnAnswered(label.number, label.answer);
}
