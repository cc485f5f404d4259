/**
 * What a refused answer offers, through the real server and the local chat: /boqua only where the
 * question may be left out. A required question refuses /boqua, and its refusal offered it.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, reportAt } = useDemoReport();

it("offers /boqua after '...' or 'ok' only at an optional question; a required one asks for its content alone", async () => {
  await reportAt(1);
  // Question 1 (the plan's number) may be left out.
  expect(text(await server.post(LIEN_CHAU, HOA, "..."))).toMatch(/^Câu trả lời chưa có chữ hay số nào\. Vui lòng nhập nội dung, hoặc gõ \/boqua để bỏ qua câu này\.\n---\nCâu 1\/21/);
  await server.post(LIEN_CHAU, HOA, "/boqua");
  // Question 2 (how the unit spread the word) is required: /boqua there is refused.
  const dots = text(await server.post(LIEN_CHAU, HOA, "..."));
  expect(dots).toMatch(/^Câu trả lời chưa có chữ hay số nào\. Vui lòng nhập nội dung\.\n---\nCâu 2\/21/);
  const ok = text(await server.post(LIEN_CHAU, HOA, "ok"));
  expect(ok).toMatch(/^«ok» chưa phải nội dung để in vào báo cáo\. Vui lòng gõ nội dung cho câu hỏi dưới đây\.\n---\nCâu 2\/21/);
  for (const refusal of [dots, ok]) expect(refusal).not.toMatch(/boqua/);
  expect(text(await server.post(LIEN_CHAU, HOA, "/boqua"))).toMatch(/^Câu này bắt buộc, không thể bỏ qua\./);
  await server.post(LIEN_CHAU, HOA, "Treo băng rôn tại cổng trường.");
  await server.post(LIEN_CHAU, HOA, "1");
  // Question 4 (the slogans) may be left out.
  expect(text(await server.post(LIEN_CHAU, HOA, "ok"))).toMatch(/^«ok» chưa phải nội dung để in vào báo cáo\. Vui lòng gõ nội dung cho câu hỏi dưới đây \(hoặc gõ \/boqua để bỏ qua câu này\)\.\n---\nCâu 4\/21/);
});
