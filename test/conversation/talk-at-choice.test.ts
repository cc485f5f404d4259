/**
 * The group's talk typed at a choice question ("ok chị", "chị ơi mục này em hỏi lại hiệu trưởng
 * đã nhé", "chào cả nhà"), from the code review, through the real server and the local chat: each
 * got a refusal and the whole question again with all its options. Now one short line names the
 * options and what to type; a question about the question still gets it whole, with its hint.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const ONE_LINE = "Tin nhắn này chưa được lưu làm câu trả lời. Câu 13 «Đơn vị tự đánh giá mức độ hoàn thành kế hoạch Tuần lễ» cần chọn: 1. Hoàn thành tốt; 2. Hoàn thành; 3. Chưa hoàn thành. Gõ số thứ tự, ví dụ 1.";

it("answers talk at the self-rating in one line with the options, storing nothing", async () => {
  await reportAt(13);
  for (const talk of ["ok chị", "chị ơi mục này em hỏi lại hiệu trưởng đã nhé"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, talk)), talk).toBe(ONE_LINE);
  }
  // A greeting is said to be one, as at the other questions.
  expect(text(await server.post(LIEN_CHAU, HOA, "chào cả nhà"))).toBe(ONE_LINE.replace("Tin nhắn này ", "Tin nhắn này là lời chào trong nhóm nên "));
  expect((await storedAnswers()).self_rating).toBeUndefined();
  expect(text(await server.post(LIEN_CHAU, HOA, "1"))).toMatch(/^Câu 14\/21/);
  expect((await storedAnswers()).self_rating).toBe("Hoàn thành tốt");
});

it("says how to choose several at the channels, and asks the whole question again when the question itself is asked about", async () => {
  await reportAt(3);
  expect(text(await server.post(LIEN_CHAU, HOA, "ok chị"))).toMatch(/^Tin nhắn này chưa được lưu[^\n]*cần chọn: 1\. Băng rôn, khẩu hiệu, áp phích; 2\. Loa phát thanh;[^\n]*Gõ các số thứ tự, cách nhau bởi dấu phẩy, ví dụ 1, 3\.$/);
  expect(text(await server.post(LIEN_CHAU, HOA, "câu này chọn gì ạ?"))).toMatch(/^Tin nhắn này là câu hỏi về câu đang hỏi[^\n]*\n---\nCâu 3\/21[\s\S]*\n1\. Băng rôn/);
});
