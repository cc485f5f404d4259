/**
 * A held answer that leaves its (optional) question out, through the local chat: Minh leaves
 * question 16 out with "ko co y kien"; Hoa's "ko co y kien" to question 17 reads as that answer
 * again and is held. Confirmed, it skips question 17, and the chat is told that alone: it was told
 * both "stored «ko co y kien»" and "skipped".
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

async function heldLeftOut(): Promise<void> {
  await reportAt(16);
  expect(text(await server.post(LIEN_CHAU, MINH, "ko co y kien"))).toMatch(/đã bỏ qua câu 16[\s\S]*Câu 17\/\d+/);
  expect(text(await server.post(LIEN_CHAU, HOA, "ko co y kien"))).toMatch(/«ko co y kien» là câu trả lời cho câu 17 /);
}

it("says a confirmed held answer that leaves its question out skipped it, not stored it, and /xem shows it skipped", async () => {
  await heldLeftOut();
  const confirmed = text(await server.post(LIEN_CHAU, HOA, "Có"));
  expect(confirmed).toMatch(/^Theo «ko co y kien», đã bỏ qua câu 17 \(không có nội dung để đưa vào báo cáo\)\.[^\n]*\n---\nCâu 18\//);
  expect(confirmed).not.toMatch(/Đã lưu|Đã bỏ qua câu này/);
  expect((await storedAnswers()).proposals).toBeNull();
  expect(text(await server.post(LIEN_CHAU, HOA, "/xem"))).toMatch(/17\. Đề xuất, kiến nghị[^\n]*\n\(bỏ qua\)/);
});

it("names whose message skipped the question when another member confirms it", async () => {
  await heldLeftOut();
  const confirmed = text(await server.post(LIEN_CHAU, MINH, "Có"));
  expect(confirmed).toMatch(/^Theo tin «ko co y kien» của Nguyễn Thị Hoa, đã bỏ qua câu 17 \(không có nội dung để đưa vào báo cáo\)\.[^\n]*\n---\nCâu 18\//);
  expect(confirmed).not.toMatch(/Đã lưu|Đã bỏ qua câu này/);
  expect((await storedAnswers()).proposals).toBeNull();
});

it("drops the held answer when another member skips the question with /boqua, and says it once", async () => {
  await heldLeftOut();
  const skipped = text(await server.post(LIEN_CHAU, MINH, "/boqua"));
  expect(skipped).toMatch(/^Đã bỏ tin «ko co y kien» của Nguyễn Thị Hoa[^\n]*\n---\nCâu 18\//);
  expect(skipped).not.toMatch(/Đã lưu/);
  expect((await storedAnswers()).proposals).toBeNull();
  expect(text(await server.post(LIEN_CHAU, HOA, "/xem"))).toMatch(/17\. Đề xuất, kiến nghị[^\n]*\n\(bỏ qua\)/);
});
