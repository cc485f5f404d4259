/**
 * /baocao in a report in progress, from the users' retest: question 1 answered, question 9 answered
 * out of turn (/sua 9), which moved on to question 10; /baocao then said "Tiếp tục" at question 10,
 * and questions 2–8, never answered, were skipped until the report's end. Through the real server
 * and the local chat, on SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("resumes at the first unanswered question, not after the one answered out of turn", async () => {
  await reportAt(2);
  await server.post(LIEN_CHAU, HOA, "/sua 9");
  expect(text(await server.post(LIEN_CHAU, HOA, "290"))).toMatch(/^Câu 10\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/^Tiếp tục "Báo cáo [^"]+"\.\n---\nCâu 2\/21 — /);
  // The answer goes to question 2, and question 9's stays.
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/^Câu 3\/21/);
  expect(await storedAnswers()).toMatchObject({ propaganda: FULL_REPORT_ANSWERS[1], books_collected: 290 });
});

it("resumes at the question asked when none before it is unanswered", async () => {
  await reportAt(4);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/^Tiếp tục "Báo cáo [^"]+"\.\n---\nCâu 4\/21 — /);
});

it("resumes a correction of the submitted report at the question asked again, not at one the correction revealed before it", async () => {
  // Submitted with no opening ceremony (question 6, its date, hidden).
  const answers = FULL_REPORT_ANSWERS.map((answer, i) => (i === 4 ? "Không" : answer)).filter((_, i) => i !== 5);
  await submitFullReport(server, LIEN_CHAU, HOA, answers);
  await server.post(LIEN_CHAU, HOA, "/sua 5");
  // "Có" reveals question 6, left unanswered while the clerk corrects question 12.
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/\n---\nCâu 6\/21 — /);
  expect(text(await server.post(LIEN_CHAU, HOA, "/sua 12"))).toMatch(/^Câu 12\/21 — /);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/\n---\nCâu 12\/21 — /);
});
