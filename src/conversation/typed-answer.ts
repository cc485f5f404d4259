/**
 * A text read as the answer to one question, the same whether typed to the question asked or put
 * in an edited message: parsed, the signer's lines checked (a name where the position is asked)
 * and given back their tone marks, with what to say about it.
 */
import { type AnswerValue, parseAnswer } from "../templates/answer-parsers.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { formatShortDate } from "../vietnamese/vietnamese-dates.ts";
import { formatVietnameseNumber } from "../vietnamese/vietnamese-numbers.ts";
import { signerAnswerProblem } from "./signer-answers.ts";
import { signerTitleProblem } from "./signer-title-as-name.ts";
import { addresseeLineProblem } from "./addressee-line.ts";
import { signingLineAtRecipients } from "./signing-line-at-recipients.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { markedSignerLine, unmarkedNameNote } from "./signer-tone-marks.ts";
import { unmarkedTextNote } from "./unmarked-text.ts";
import { findOtherQuestionLine, otherQuestionRefusal } from "./other-question-line.ts";
import { figureForOtherUnit } from "./figure-for-other-unit.ts";
import { numberedAnswersPasted } from "./numbered-answers-paste.ts";

/** `restored`: the signer's line as stored when it is not as typed (marks given back, "HT" written out), for a first answer to say. */
export type TypedAnswer = { ok: true; value: AnswerValue; notes: string[]; restored?: string } | { ok: false; error: string };

/**
 * `number`: the question's, as the clerk sees it (for the notes); `today` (ISO): the year of a date
 * typed without one ("3/10") and the day "hôm nay" names, said back.
 */
export function readTypedAnswer(template: Template, field: Field, typed: string, number: number, today?: string, answers: Answers = {}): TypedAnswer {
  // A line of another question's answer pasted with this one's is refused; this question's own heading is taken off.
  const headed = findOtherQuestionLine(template, field, typed, answers);
  if (headed?.kind === "other") return { ok: false, error: otherQuestionRefusal(headed, number) };
  const text = headed?.kind === "own" ? headed.text : typed;
  // Lines numbered by their questions ("2. …", "3. 1, 2"): several answers, sent one at a time.
  const pasted = numberedAnswersPasted(template, field, text, answers);
  if (pasted) return { ok: false, error: `${vi.parse.numberedAnswers(pasted)} ${vi.report.editOneAtATime(String(pasted[0]), String(pasted[1]))}` };
  // "Kính gửi: …" is the document's head, never another question's answer (whatever its type).
  const addressee = addresseeLineProblem(template, field, text, answers);
  if (addressee) return { ok: false, error: addressee };
  // "KT. CHỦ TỊCH" at "Nơi nhận": the signature's line, printed among the recipients in silence.
  const signingLine = signingLineAtRecipients(template, field, text, answers);
  if (signingLine) return { ok: false, error: signingLine };
  const parsed = parseAnswer(field, text, today, number);
  // The signer's own reason first: "ok" at the position is an answer to another question, said so;
  // a title at the name ("KT. Hiệu trưởng") says at which question (of `answers`) it goes.
  const problem = signerTitleProblem(template, field, text, answers) ?? signerAnswerProblem(template, field, text);
  if (!parsed.ok) return problem ? { ok: false, error: problem } : parsed;
  if (parsed.relativeDay && typeof parsed.value === "string") return { ok: true, value: parsed.value, notes: [vi.typed.relativeDay(parsed.relativeDay, formatShortDate(parsed.value), number)] };
  if (parsed.numberWords && typeof parsed.value === "number") return { ok: true, value: parsed.value, notes: [vi.parse.numberWordsRead(parsed.numberWords, formatVietnameseNumber(parsed.value), number)] };
  if (parsed.yearGuessed && typeof parsed.value === "string") return { ok: true, value: parsed.value, notes: [vi.report.yearGuessed(formatShortDate(parsed.value), number)] };
  if (problem) return { ok: false, error: problem };
  // "200 người" at the sessions: read as 200, but a count of something another question asks.
  const otherUnit = typeof parsed.value === "number" ? figureForOtherUnit(template, field, text, parsed.value, answers) : undefined;
  if (otherUnit) return { ok: false, error: otherUnit };
  // A list of authority lines (the ward's "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"): each line's marks.
  if (Array.isArray(parsed.value) && field.id === template.closing.signerAuthority) {
    const typedLines = parsed.value;
    const lines = typedLines.map((item) => (typeof item === "string" ? markedSignerLine(template, field, item) : item));
    const changed = lines.some((line, i) => line !== typedLines[i]);
    return { ok: true, value: lines as typeof parsed.value, notes: [], ...(changed ? { restored: lines.join("; ") } : {}) };
  }
  const unmarked = unmarkedTextNote(template, field, text, number);
  if (typeof parsed.value !== "string") return { ok: true, value: parsed.value, notes: unmarked ? [unmarked] : [] };
  const note = unmarkedNameNote(template, field, parsed.value, number) ?? unmarked;
  const value = markedSignerLine(template, field, parsed.value);
  return { ok: true, value, notes: note ? [note] : [], ...(value !== parsed.value ? { restored: value } : {}) };
}
