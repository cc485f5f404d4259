/**
 * "câu 9 là 290" typed before the questions that show others are answered, from the users' retest,
 * through the real server: read as the bot numbers the questions now, and said so where that number
 * may still change.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("says which question 'câu 9' was taken as at question 2, where an answer to question 5 may still renumber it", async () => {
  await reportAt(2);
  // Question 9 now is the books collected (the ceremony's date and the training's participants are
  // not asked yet); once they are, the printed report's question 9 is another one.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 9 là 290"))).toMatch(
    /^Đã lưu câu 9 «Số sách quyên góp[^»]*»: 290\nLưu ý: số câu được hiểu theo thứ tự các câu lúc này: câu 9 là «Số sách quyên góp[^»]*»\. Số thứ tự các câu sau câu 5 còn có thể thay đổi tùy câu trả lời câu 5; nếu bạn định sửa câu khác, gõ \/xem để xem số của từng câu\.\n---\nCâu 2\/21/,
  );
  expect(await storedAnswers()).toMatchObject({ books_collected: 290 });
  // A question before any that may still appear keeps its number: nothing more is said.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 3 là 1"))).toMatch(/^Đã lưu câu 3 «[^»]+»: Băng rôn, khẩu hiệu, áp phích\n---\nCâu 2\/21/);
});

it("names each of several corrections by the number typed, though the first shows a question before the second", async () => {
  await reportAt(2);
  // "câu 7 là 4" shows the training's participants as question 8: the second was said as "câu 10".
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 7 là 4, câu 9 là 12"))).toMatch(
    /^Đã lưu câu 7 «Số buổi tập huấn[^»]*»: 4\nĐã lưu câu 9 «Số sách quyên góp[^»]*»: 12\nLưu ý: số câu được hiểu theo thứ tự các câu lúc này: câu 7 là «Số buổi tập huấn[^»]*», câu 9 là «Số sách quyên góp[^»]*»\. Số thứ tự các câu sau câu 5/,
  );
  expect(await storedAnswers()).toMatchObject({ training_sessions: 4, books_collected: 12 });
});

it("says nothing more once the questions before the one named are all decided", async () => {
  await reportAt(12);
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 9 là 300"))).toMatch(/^Đã sửa câu 9 «Tổng số lượt cán bộ[^»]*»: 300\n---\nCâu 12\/21/);
});
