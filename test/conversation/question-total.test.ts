/**
 * "Câu k/n" over a whole report on the built-in template: n counts the questions that may still
 * come, so it never grows as answers show questions ("Câu 8/20", then "Câu 9/21" read as the report
 * getting longer); it shrinks when an answer rules one out.
 */
import { expect, it } from "vitest";
import { FULL_REPORT_ANSWERS, FULL_REPORT_QUESTION_COUNT } from "../helpers/full-report.ts";
import { createTranscript } from "../helpers/report-transcript.ts";

/** Answers the report through; each question's "k/n" as asked, in order. */
function progressOf(answers: readonly string[]): [number, number][] {
  const t = createTranscript();
  const replies = [t.say("/baocao"), ...answers.map((answer) => t.say(answer))];
  return replies.flatMap((reply) => {
    const found = /Câu (\d+)\/(\d+)/.exec(reply);
    return found ? [[Number(found[1]), Number(found[2])] as [number, number]] : [];
  });
}

it("says the same total from the first question to the last when every condition is met", () => {
  const t = createTranscript();
  expect(t.say("/baocao")).toContain(`Có ${FULL_REPORT_QUESTION_COUNT} câu hỏi (có thể bớt vài câu tùy theo câu trả lời);`);
  const progress = progressOf(FULL_REPORT_ANSWERS);
  expect(progress.map(([k]) => k)).toEqual(Array.from({ length: FULL_REPORT_QUESTION_COUNT }, (_, i) => i + 1));
  expect(new Set(progress.map(([, n]) => n))).toEqual(new Set([FULL_REPORT_QUESTION_COUNT]));
});

it("lowers the total, never raises it, when 'Không' and 0 rule out the ceremony's date and the participants", () => {
  const answers = [...FULL_REPORT_ANSWERS];
  answers.splice(answers.indexOf("Có"), 2, "Không");
  answers.splice(answers.indexOf("6"), 2, "0");
  const totals = progressOf(answers).map(([, n]) => n);
  expect(totals.slice(0, 5)).toEqual([21, 21, 21, 21, 21]);
  expect(totals.at(-1)).toBe(19);
  expect(totals.every((n, i) => i === 0 || n <= totals[i - 1]!)).toBe(true);
});
