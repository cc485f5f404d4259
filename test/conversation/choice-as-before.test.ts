/**
 * "như cũ" typed at a choice question, from the users' retest, through the real server and the
 * local chat: choices are never copied from last year, and the clerk is told what to type.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("says last time's choice and the numbers to type for 'như cũ' at a choice question of the next campaign, storing nothing", async () => {
  const { second } = await submitThenOpenNext(server);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, "Có");
  await server.post(LIEN_CHAU, HOA, "Giữ");
  await server.post(LIEN_CHAU, HOA, "Giữ");
  // Questions 1 and 2 kept from last year; question 3 (the channels, a choice) not answered.
  const kept = { plan_reference: FULL_REPORT_ANSWERS[0], propaganda: FULL_REPORT_ANSWERS[1] };
  expect(await storedAnswers(second.id)).toEqual(kept);
  const replies = await server.post(LIEN_CHAU, HOA, "như cũ");
  // Nothing stored for question 3: last year's choice is said, never copied.
  expect(await storedAnswers(second.id)).toEqual(kept);
  // It said only "Câu này chưa có câu trả lời để giữ. Vui lòng gõ câu trả lời." (after the note on
  // question 2, answered just before: "như cũ" may have been meant for it).
  expect(text(replies)).toMatch(
    /Còn nếu là câu trả lời cho câu đang hỏi:\nCâu hỏi lựa chọn không được tự động chép từ báo cáo lần trước\. Lần trước đơn vị đã chọn: «Băng rôn, khẩu hiệu, áp phích», «Trang thông tin điện tử»\. Nếu vẫn như vậy, gõ: 1, 3\.\n---\nCâu 3\/21[^\n]*\nNhững kênh tuyên truyền nào/,
  );
  // Question 3 was still asked: its answer typed next moves on.
  expect(text(await server.post(LIEN_CHAU, HOA, "1, 3"))).toMatch(/Câu 4\/21/);
  expect(await storedAnswers(second.id)).toEqual({ ...kept, propaganda_channels: ["Băng rôn, khẩu hiệu, áp phích", "Trang thông tin điện tử"] });
});

it("says to type an option's number for 'như năm trước' at a choice question with no report before it", async () => {
  await reportAt(13);
  const before = await storedAnswers();
  expect(text(await server.post(LIEN_CHAU, HOA, "như năm trước"))).toMatch(
    /^Câu này chưa có câu trả lời để giữ\. Vui lòng gõ số thứ tự của lựa chọn trong danh sách dưới đây, ví dụ 1\.\n---\nCâu 13\/21[\s\S]*\n1\. Hoàn thành tốt/,
  );
  expect(await storedAnswers()).toEqual(before);
  expect(FULL_REPORT_ANSWERS[12]).toBe("hoan thanh tot");
});
