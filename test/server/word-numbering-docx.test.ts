/**
 * Text a clerk copies from a Word file keeps the file's numbering ("1) Kế hoạch số …"): a one-line
 * answer is stored and printed without it, and the plan's kind is printed once, not twice.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { type BotMessage, buildTestApp, HOA, LIEN_CHAU, replyText, type TestApp } from "../helpers/build-test-app.ts";
import { submittedDocxParagraphs } from "../helpers/submitted-docx.ts";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp();
});
afterEach(() => server.close());

/** The sentence of the generated document that cites the unit's plan. */
const planSentence = async (replies: BotMessage[]) => (await submittedDocxParagraphs(server, replies)).find((p) => p.includes("Đơn vị đã xây dựng"));

it("stores a one-line answer pasted with its Word numbering without it", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  expect(replyText(await server.post(LIEN_CHAU, HOA, "1) Kế hoạch số 192/KH-THLC ngày 27/9/2026"))).toMatch(/^Câu 2\/21/);
  const review = replyText(await server.post(LIEN_CHAU, HOA, "/xem"));
  expect(review).toContain("\nKế hoạch số 192/KH-THLC ngày 27/9/2026\n");
  expect(review).not.toContain("1) Kế hoạch");
});

it("prints the plan pasted as '1) Kế hoạch số …' with its kind once and no numbering", async () => {
  const submitted = await submitFullReport(server, LIEN_CHAU, HOA, ["1) Kế hoạch số 192/KH-THLC ngày 27/9/2026", ...FULL_REPORT_ANSWERS.slice(1)]);
  expect(await planSentence(submitted)).toMatch(/Đơn vị đã xây dựng Kế hoạch số 192\/KH-THLC ngày 27\/9\/2026 về việc tổ chức Tuần lễ/);
});

it("says back and prints a correction typed as '1) …' without the numbering", async () => {
  await submitFullReport(server, LIEN_CHAU, HOA);
  expect(replyText(await server.post(LIEN_CHAU, HOA, "sửa câu 1: 1) Kế hoạch số 05/KH-THLC ngày 01/10/2026"))).toMatch(
    /Đã sửa câu 1 «Kế hoạch tổ chức Tuần lễ của đơn vị \(số, ngày ban hành\)»: Kế hoạch số 05\/KH-THLC ngày 01\/10\/2026/,
  );
  await server.post(LIEN_CHAU, HOA, "/nop");
  const resubmitted = await server.post(LIEN_CHAU, HOA, "Có");
  expect(await planSentence(resubmitted)).toMatch(/Đơn vị đã xây dựng Kế hoạch số 05\/KH-THLC ngày 01\/10\/2026 về việc/);
});

it("keeps a number that is the answer's own content", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, "12/KH-THLC ngày 27/9/2026");
  expect(replyText(await server.post(LIEN_CHAU, HOA, "/xem"))).toContain("12/KH-THLC ngày 27/9/2026");
});
