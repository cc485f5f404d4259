/**
 * "câu 20: …" typed where the report has 19 questions, from the users' retest, through the real
 * server and the local chat: nothing stored, the number of questions said, the question asked again.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("refuses a label 'câu 20: …' or 'câu 0: …' beyond the report's 19 questions, storing nothing and asking the question again", async () => {
  await reportAt(2);
  const before = await storedAnswers();
  // It was stored as question 2's answer, "câu 20:" printed with it.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 20: Treo băng rôn tại cổng trường"))).toMatch(
    /^Chưa lưu gì: báo cáo này có 19 câu \(từ câu 1 đến câu 19\), không có câu 20\. Nếu đó là câu trả lời cho câu đang hỏi, vui lòng gõ lại phần nội dung, không kèm «câu 20:»\.\n---\nCâu 2\/21/,
  );
  expect(text(await server.post(LIEN_CHAU, HOA, "Câu 0: Treo băng rôn"))).toMatch(/^Chưa lưu gì: báo cáo này có 19 câu \(từ câu 1 đến câu 19\), không có câu 0\.[^\n]*\n---\nCâu 2\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 25: Treo băng rôn"))).toMatch(/^Chưa lưu gì: báo cáo này có 19 câu[^\n]*không có câu 25\.[^\n]*\n---\nCâu 2\/21/);
  expect(await storedAnswers()).toEqual(before);
  // A label of a question the report has still answers it.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 2: Treo băng rôn tại cổng trường"))).toMatch(/^Câu 3\/21/);
  expect((await storedAnswers()).propaganda).toBe("Treo băng rôn tại cổng trường");
});
