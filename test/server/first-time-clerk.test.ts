/**
 * A school clerk filling her school's report for the first time, through the real server and the
 * local chat: the words she types that are no answer ("hướng dẫn", "để mai em làm tiếp") must never
 * be stored as one, and what she asks after the submission gets an answer.
 */
import { expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const apps = useTestApps();
const text = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

it("reads 'hướng dẫn' and 'giúp em với ạ' as a call for help, before the report and at a question: never stored as an answer", async () => {
  const server = await apps.start();
  // Before the report: they got no answer at all.
  expect(text(await server.post(LIEN_CHAU, HOA, "hướng dẫn"))).toMatch(/^Các lệnh của bot báo cáo:\n/);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Câu 1\/19/);
  // At question 1 (optional text) and 2 (required paragraph): they were stored, in silence, as the answers.
  expect(text(await server.post(LIEN_CHAU, HOA, "Hướng dẫn"))).toMatch(/^Các lệnh của bot báo cáo:[\s\S]*\n---\nCâu 1\/19/);
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  expect(text(await server.post(LIEN_CHAU, HOA, "giúp em với ạ"))).toMatch(/^Các lệnh của bot báo cáo:[\s\S]*\n---\nCâu 2\/19/);
  expect(text(await server.post(LIEN_CHAU, HOA, "huong dan"))).toMatch(/^Các lệnh của bot báo cáo:[\s\S]*\n---\nCâu 2\/19/);
  const submission = await server.repos.submissions.find(1, 1);
  const answers = await server.repos.submissions.listAnswers(submission!.id);
  expect(answers.map((a) => [a.fieldId, a.value])).toEqual([["plan_reference", FULL_REPORT_ANSWERS[0]]]);
});
