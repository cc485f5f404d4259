/**
 * "/sua 10 2000" and "sửa câu 10: 2000": question 10 asked and answered in one message ("/sua câu
 * 10" only asks it). The answer is given only to the question the number named, once it is asked:
 * never to another, and never taken for the reply to a held answer (engine-held-answer.ts).
 */
import type { Template } from "../templates/template-schema.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import type { ConversationState } from "./conversation-state.ts";
import { onCommand } from "./engine-commands.ts";
import { withHeldAnswerSetAside } from "./engine-held-answer.ts";
import { askField, say } from "./engine-moves.ts";
import { currentPrompt } from "./engine-prompts.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { type ReportInput, type StepResult, storesAnswer } from "./engine-types.ts";
import { fieldByNumber, unansweredNumbers } from "./report-navigation.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import { typedCommand } from "./typed-commands.ts";
import type { UserInput } from "./user-input.ts";

type Command = Extract<UserInput, { kind: "command" }>;
type AnswerText = (state: ConversationState, text: string, input: ReportInput) => StepResult;

export function onTypedEdit(template: Template, before: ConversationState, input: ReportInput, message: Command, edit: { number: number; answer?: string }, answerText: AnswerText, now: Date): StepResult {
  // Another member's answer held for the named question is no longer asked about: said, and set aside.
  return withHeldAnswerSetAside(before, (state) => answeredLastBy(input, now, state, editNamed(template, state, input, message, edit, answerText)));
}

/**
 * In a group, a correction of the answer that moved the report on ("sửa câu 7: …" right after
 * question 7) makes its author the one who answered it last: a late message's note then quotes
 * the corrected answer as theirs, not as the first answer's author's.
 */
function answeredLastBy(input: ReportInput, now: Date, before: ConversationState, result: StepResult): StepResult {
  const last = result.state.lastAnswer;
  const { sender } = input;
  if (!sender || !last || last !== before.lastAnswer || !storesAnswer(result, last.fieldId)) return result;
  return { ...result, state: { ...result.state, lastAnswer: { ...last, by: sender.id, name: sender.name, at: sender.at ?? now.getTime() } } };
}

function editNamed(template: Template, state: ConversationState, input: ReportInput, message: Command, edit: { number: number; answer?: string }, answerText: AnswerText): StepResult {
  const named = fieldByNumber(template, state.answers, edit.number);
  // "câu 20: …" or "sửa câu 20: …" beyond the report's questions, while one is asked: nothing stored,
  // the count said, and the question asked again (the bare "no such number" left it unsaid).
  if (!named && edit.answer !== undefined && state.phase === "asking") {
    const count = visibleFields(template, state.answers).length;
    return { state, replies: [say(vi.typed.noSuchQuestion(edit.number, count)), ...currentPrompt(template, state, input)], effects: [] };
  }
  const asked = onCommand(template, state, input, { ...message, argument: String(edit.number) });
  if (edit.answer === undefined || !named || asked.state.phase !== "asking" || asked.state.fieldId !== named.field.id) return asked;
  // "/sua 3 bỏ qua" skips question 3, as "bỏ qua" typed there would; "sửa câu 17: Cần hướng dẫn" is
  // the answer, not a call for help (it asked question 17 again, and nothing was stored).
  const typed = typedCommand({ kind: "text", text: edit.answer }, { noHelp: true });
  // Named by its number, the answer is meant for that question: never held as another member's.
  const answered = typed.kind === "command" ? onCommand(template, asked.state, input, typed) : answerText(asked.state, edit.answer, { ...input, sender: undefined });
  // Corrected in passing, the report goes back to the question that was being asked (its buttons
  // still work), not to the first unanswered one after the corrected question. Only once the
  // correction is stored: refused, or questioned (a doubtful figure), it stays asked, with why.
  const was = state.phase === "asking" ? state.fieldId : undefined;
  const stored = storesAnswer(answered, named.field.id);
  const goesElsewhere = was !== undefined && was !== named.field.id && answered.state.phase === "asking" && answered.state.fieldId !== was;
  // Unless the correction showed again a question that held an answer ("sửa câu 5: có" after "không"):
  // that one is asked now, its old answer offered for "Giữ", and its answer leads on to the one asked.
  const reshown = answered.state.fieldId !== undefined && answered.state.earlier?.[answered.state.fieldId] !== undefined;
  const back = stored && goesElsewhere && !reshown && answered.state.answers[was] === undefined && visibleFields(template, answered.state.answers).some((p) => p.field.id === was);
  // The correction's own replies, without the question it went on to (nor the "Còn câu N" leading to it).
  const goneTo = answered.state.fieldId === undefined ? undefined : vi.report.stillUnanswered(unansweredNumbers(template, answered.state.answers));
  const own = answered.replies.slice(0, -1).filter((reply) => !(reply.kind === "text" && reply.text === goneTo));
  // A first answer to a question other than the one asked ("câu 16: …" typed at question 15) is
  // said, as a correction is: otherwise the clerk saw only the question asked again.
  const value = answered.state.answers[named.field.id];
  const firstElsewhere = stored && state.answers[named.field.id] === undefined && was !== named.field.id && value !== undefined;
  const said = value === null ? vi.report.skippedElsewhere(edit.number) : value !== undefined && vi.report.answerSavedElsewhere(edit.number, named.field.prompt, formatAnswer(named.field, value));
  const saved = firstElsewhere && said ? [say(said)] : [];
  // Refused where another member is answering the question asked ("câu 10: 450" from a colleague while
  // the clerk is at question 1): said, naming the question, and the chat stays where it was. Moved
  // on to question 10, the clerk's next answer was read as its answer.
  const refused = !stored && !answered.state.pendingFigure && answered.state.phase === "asking" && answered.state.fieldId === named.field.id;
  // Before any answer nobody is known to be answering: the member is taken to be the one who is.
  const anotherMember = input.sender !== undefined && state.lastAnswer !== undefined && state.lastAnswer.by !== input.sender.id;
  const stayElsewhere = refused && anotherMember && was !== undefined && was !== named.field.id && visibleFields(template, answered.state.answers).some((p) => p.field.id === was);
  if (stayElsewhere) {
    // One message before the question again (a group's platform limits how many it takes).
    const why = answered.replies.slice(0, -1).flatMap((reply) => (reply.kind === "text" ? [reply.text] : []));
    const said = [vi.report.notSavedFor(edit.number, barePrompt(named.field.prompt)), ...why, vi.report.typeAgainAs(edit.number)].join("\n");
    return { ...askField(template, answered.state, was, [say(said)]), effects: [...asked.effects, ...answered.effects] };
  }
  const result = back ? askField(template, answered.state, was, [...saved, ...own]) : { ...answered, replies: [...saved, ...answered.replies] };
  return { ...result, effects: [...asked.effects, ...answered.effects] };
}
