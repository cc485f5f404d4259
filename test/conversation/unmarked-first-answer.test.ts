/**
 * Question 1 answered without a single tone mark, from the users' retest, through the real server:
 * the note other text questions give is said there too.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const NOTE = "Lưu ý: câu trả lời chưa có dấu tiếng Việt; văn bản sẽ in đúng như vậy. Muốn sửa, gõ: sửa câu 1: <nội dung có dấu>.";

it("says a short answer to question 1 typed without marks is printed so, as it says at the other text questions", async () => {
  await reportAt(1);
  // A plan's reference has one common word ("ngay") among its few: the note needed two and went unsaid.
  expect(text(await server.post(LIEN_CHAU, HOA, "KH so 192 ngay 27/9/2026"))).toMatch(new RegExp(`^${NOTE.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\n---\\nCâu 2\\/21`));
  expect((await storedAnswers()).plan_reference).toBe("KH so 192 ngay 27/9/2026");
  // A code alone is no Vietnamese typed without marks: nothing said.
  await server.post(LIEN_CHAU, HOA, "/sua 1");
  expect(text(await server.post(LIEN_CHAU, HOA, "192/KH-THLC"))).not.toMatch(/chưa có dấu/);
});
