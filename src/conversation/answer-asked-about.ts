/**
 * "câu 8 chị Hoa ghi bao nhiêu buổi vậy?" typed at a later question: a colleague asks what an
 * earlier question holds. The parser refuses it as talk about question 8 (sounds-like-talk.ts) and
 * could only point to /xem; here, where the answers are known, question 8's answer is said. Pure.
 */
import { formatGivenAnswer } from "../templates/format-answer.ts";
import { questionNamedIn } from "../templates/sounds-like-talk.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { fieldByNumber } from "./report-navigation.ts";

/** The reply naming the earlier question's answer, where `error` is the parser's "asks about question n" for an earlier n; else undefined. */
export function answerAskedAbout(template: Template, answers: ConversationState["answers"], text: string, error: string): string | undefined {
  const n = questionNamedIn(text);
  // Only the refusal that pointed to /xem: a later question ("chưa đến lượt") or the one asked keep theirs.
  if (n === undefined || error !== vi.parse.asksAboutOtherQuestion(n, false)) return undefined;
  const placed = fieldByNumber(template, answers, n);
  if (!placed) return undefined;
  const value = answers[placed.field.id];
  const shown = value === undefined ? vi.answer.missing : formatGivenAnswer(placed.field, value, {}, template, answers);
  return vi.parse.answerOfQuestion(n, placed.field.prompt, shown);
}
