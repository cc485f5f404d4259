/**
 * A list pasted from a Word report under a heading that repeats the question ("Ưu điểm:" at the
 * strengths): the document prints the items, not the heading as an item with them under it.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { submittedDocxParagraphs } from "../helpers/submitted-docx.ts";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp();
});
afterEach(() => server.close());

/** The strengths (question 14) answered with `typed`, the rest as ever; the document's paragraphs. */
async function documentWithStrengths(typed: string): Promise<string[]> {
  const answers = FULL_REPORT_ANSWERS.map((answer, i) => (i === 13 ? typed : answer));
  return submittedDocxParagraphs(server, await submitFullReport(server, LIEN_CHAU, HOA, answers));
}

/** The paragraphs from the strengths' heading to the next heading. */
const strengthsPart = (paragraphs: string[]) => {
  const from = paragraphs.findIndex((p) => /Những kết quả đã đạt được/.test(p));
  const to = paragraphs.findIndex((p, i) => i > from && /Bài học kinh nghiệm/.test(p));
  return paragraphs.slice(from + 1, to);
};

it("prints the items under a heading that repeats the question as the question's items, without the heading", async () => {
  const part = strengthsPart(await documentWithStrengths("Ưu điểm: \n\t- Học sinh hứng thú\n\t- Giáo viên tích cực"));
  expect(part.join("\n")).not.toMatch(/Ưu điểm/);
  expect(part.filter((p) => /Học sinh hứng thú|Giáo viên tích cực/.test(p))).toEqual(["- Học sinh hứng thú;", "- Giáo viên tích cực."]);
});

it("keeps a heading that says something of its own as the item its lines belong to", async () => {
  const part = strengthsPart(await documentWithStrengths("Hoạt động đọc sách:\n\t- Hội sách\n\t- Thi kể chuyện"));
  expect(part.filter((p) => /Hoạt động đọc sách|Hội sách|Thi kể chuyện/.test(p))).toEqual(["- Hoạt động đọc sách:", "+ Hội sách;", "+ Thi kể chuyện."]);
});
