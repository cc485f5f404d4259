/**
 * "câu 10 là 1520 đúng không ạ", "sửa câu 10: 1.520 phải không?": a correction asked as a question
 * is no correction. It was read as "sửa câu 10: 1520 đúng không" and refused for the words after the
 * figure (or, where the words fit, stored). Answered with what the report holds for that question
 * and how to correct it; nothing changes and a question asked stays asked. Only questions of a
 * figure, a date or a choice: "Câu 1: Thủ đô của Việt Nam là gì?" in a school's group stays talk. Pure.
 */
import { sameValue } from "../canonical-json.ts";
import { parseAnswer } from "../templates/answer-parsers.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { returnNote } from "./engine-commands.ts";
import { say } from "./engine-moves.ts";
import { currentPrompt } from "./engine-prompts.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { fieldByNumber } from "./report-navigation.ts";
import { type Correction, correctionsInWords } from "./several-corrections.ts";
import { correctableInWords } from "./engine-several-corrections.ts";
import { editArgument, foldLetters, typedEditWithAnswer } from "./typed-edit.ts";
import type { Template } from "../templates/template-schema.ts";
import { clerkToday } from "../vietnamese/relative-day.ts";

/** Closing courtesy after the question, folded: "ạ", "hả", "nhỉ", "vậy", "chị". */
const COURTESY = /(?:[\s,]+(?:a|ha|nhi|nhe|vay|the|em|chi|anh|thay|bot|oi))+$/;
/** "đúng không", "phải không", "có đúng không", "đúng chưa" closing the message, folded. */
const ASKS = /[\s,]+(?:co\s+)?(?:dung|phai)\s+(?:khong|ko|k|hong|chua)$/;
/** "… 1520 không ạ?": with its "?" a bare "không" asks too (without it, "câu 5 là không" answers No). */
const BARE_NO = /[\s,]+(?:khong|ko|hong)$/;

/**
 * The words before the question ("câu 10 là 1520 đúng không ạ" → "câu 10 là 1520"), when the text
 * ends as a question; with its "?" the words before a bare "không" are tried first.
 */
function beforeQuestion(text: string): string[] | undefined {
  const folded = foldLetters(text);
  const mark = /\s*\?[?!\s]*$/.exec(folded);
  let end = mark ? mark.index : text.length;
  const cut = (pattern: RegExp) => {
    const found = pattern.exec(folded.slice(0, end));
    if (found) end = found.index;
    return found !== null;
  };
  cut(COURTESY);
  if (!cut(ASKS) && mark === null) return undefined;
  cut(COURTESY);
  const whole = text.slice(0, end).trim();
  // "câu 10 là 1520 không ạ?" is 1520 asked about; "câu 5 là không?" is "không" asked about.
  return mark !== null && cut(BARE_NO) ? [text.slice(0, end).trim(), whole] : [whole];
}

/**
 * The corrections a message asks about, when it ends as a question; undefined for any other text.
 * `ofEdit`: the text is what follows "/sua" ("10 1.520?"), where a leading number is the question's.
 * In a message a leading number is an answer ("6 buổi phải không ạ" at a count), never a question's.
 */
export function askedCorrections(typed: string, ofEdit = false): Correction[] | undefined {
  const text = typed.normalize("NFC").trim();
  if (text.length > 400 || !/\d/.test(text)) return undefined;
  // "/sua 10 1.520?" and "sửa câu 10: 1.520 phải không" reach the engine as the number and the answer.
  const argument = ofEdit && /^\d/.test(text) ? editArgument(text) : undefined;
  if (argument?.answer !== undefined) {
    const answers = beforeQuestion(argument.answer);
    const answer = answers?.find((a) => a !== "");
    return answer === undefined ? undefined : [{ number: argument.number, answer }];
  }
  for (const rest of beforeQuestion(text) ?? []) {
    const inWords = correctionsInWords(rest);
    if (inWords) return inWords;
    const edit = typedEditWithAnswer({ kind: "text", text: rest });
    const read = edit?.kind === "command" ? editArgument(edit.argument) : undefined;
    if (read?.answer !== undefined) return [{ number: read.number, answer: read.answer }];
  }
  return undefined;
}

/**
 * The reply to a correction asked as a question (`typed`: the message, or the argument of "/sua"),
 * or undefined when the message is not one: what each question named holds and how to correct it.
 */
export function onAskedCorrection(template: Template, state: ConversationState, typed: string, input: ReportInput, now: Date, ofEdit = false): StepResult | undefined {
  if (state.phase !== "asking" && state.phase !== "complete" && state.phase !== "submitted") return undefined;
  const asked = askedCorrections(typed, ofEdit);
  if (!asked) return undefined;
  const named = asked.map((c) => ({ ...c, field: fieldByNumber(template, state.answers, c.number)?.field }));
  // A text question may take such a line as its text ("Câu 3 là bài khó nhất phải không?"): read as before.
  if (named.some((c) => c.field !== undefined && !correctableInWords(c.field))) return undefined;
  const submitted = state.phase === "submitted" || state.submittedVersion > 0;
  const lines = named.map(({ number, answer, field }) => {
    if (!field) return vi.typed.askedNoQuestion(number);
    const read = parseAnswer(field, answer, clerkToday(now, input.timeZone));
    const shown = read.ok ? formatAnswer(field, read.value) : answer;
    const held = state.answers[field.id];
    // "sửa câu 12: 1520" advised at a percent would be refused in turn: why, instead of the line to type.
    if (!read.ok) return vi.typed.askedRefused(number, field.prompt, held === undefined || held === null ? held : formatAnswer(field, held), answer, read.error);
    if (held === undefined) return vi.typed.askedUnanswered(number, field.prompt, shown);
    if (held === null) return vi.typed.askedSkipped(number, field.prompt, shown, submitted);
    if (read.ok && sameValue(read.value, held)) return vi.typed.askedSame(number, field.prompt, formatAnswer(field, held));
    return vi.typed.askedOther(number, field.prompt, formatAnswer(field, held), shown, submitted);
  });
  const prompt = state.phase === "asking" ? currentPrompt(template, state, input) : [];
  return { state, replies: [...returnNote(input), say(lines.join("\n")), ...prompt], effects: [] };
}
