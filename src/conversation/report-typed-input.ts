/**
 * What a plain text means in a unit's report as it stands: the typed commands (typed-commands.ts),
 * with what only the report can tell them: whether the question asked takes the text as its answer,
 * which question a label "câu N: …" may answer, and whether "câu N là X" corrects question N.
 */
import { isChoiceOption, parseAnswer } from "../templates/answer-parsers.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { clerkToday } from "../vietnamese/relative-day.ts";
import type { ConversationState } from "./conversation-state.ts";
import { correctableInWords } from "./engine-several-corrections.ts";
import { fieldByNumber } from "./report-navigation.ts";
import { typedInput } from "./typed-commands.ts";
import type { UserInput } from "./user-input.ts";

/** "1.520", "95,5%", "290 ạ": what follows "câu N là" when it is a figure and nothing else. */
const BARE_FIGURE = /^\d[\d.,\s]*%?(?:\s+(?:ạ|nhé|nha))?$/u;

/**
 * `returned`: the officer returned the report for corrections; `now` and `timeZone`: the clerk's
 * today, where a date typed without its year or "hôm nay" is counted from.
 */
export function typedReportInput(template: Template, state: ConversationState, parsedInput: UserInput, returned: boolean, now: number, timeZone: string): UserInput {
  // Typed where an answer is expected, "?", "trợ giúp", "bỏ qua", "quay lại", "nộp", "sửa câu 3" and
  // "sửa câu 3: <answer>" are the commands: stored as answers they would be printed in the report.
  // Once every question is answered, at the submission's confirmation and after it, "nộp" and
  // "sửa câu 3" can only mean /nop and /sua 3 (typed-commands.ts). takesAsAnswer is looked up only for
  // a text that reads as one of them, not for every answer.
  const takesAsAnswer = (text: string) => {
    const asked = state.fieldId === undefined ? undefined : fieldById(template, state.fieldId);
    return asked !== undefined && isChoiceOption(asked, text);
  };
  // "câu 16: …" answers question 16 when it is the one asked or has no answer yet; after a
  // submission it is a colleague's remark, unless the report was returned: then the officer asked
  // for corrections, and "câu 10: 95" is one (it was passed over in silence).
  const labelAnswers = (n: number) => {
    const named = fieldByNumber(template, state.answers, n)?.field;
    // "câu 20: …" in a report of 19 questions, while one is asked: read as a label, to be told
    // there is no question 20 (engine-typed-edit.ts); stored, it was the asked question's answer.
    if (named === undefined) return state.phase === "asking";
    if (returned) return true;
    if (state.phase === "submitted" || state.phase === "confirm-submit") return false;
    return named.id === state.fieldId || state.answers[named.id] === undefined;
  };
  // "câu 10 là 1.520" alone corrects a question of a figure, a date or a choice; where a text is
  // asked it may be that text ("Câu 3 là bài khó nhất"): a correction only when question N takes X.
  const correctsInWords = (n: number, answer: string) => {
    const named = fieldByNumber(template, state.answers, n)?.field;
    // "câu 40 là 95" in a report of 21 questions: told there is no question 40, nothing stored.
    if (named === undefined) return BARE_FIGURE.test(answer);
    if (!correctableInWords(named)) return false;
    const asked = state.phase === "asking" && state.fieldId !== undefined ? fieldById(template, state.fieldId) : undefined;
    // A bare figure after "câu N là" is no text's answer even when question N refuses it: the
    // refusal says why, and the question asked stays (it was stored as question 1's text).
    return asked === undefined || correctableInWords(asked) || BARE_FIGURE.test(answer) || parseAnswer(named, answer, clerkToday(now, timeZone)).ok;
  };
  return typedInput(state.phase, parsedInput, { reportWords: true, takesAsAnswer, labelAnswers, correctsInWords });
}
