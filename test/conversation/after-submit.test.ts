/**
 * A unit's report after its submission, through the real server and the local chat: what the bot
 * says of corrections, kept or waiting for /nop.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";

const { server } = useDemoReport();
/** The bot's last message of a reply. */
const last = (messages: { text?: string }[]) => messages.at(-1)?.text;

const SAME = "Các câu trả lời vẫn giống bản đã nộp nên không cần nộp lại. Muốn sửa, gõ: sửa câu N: <câu trả lời mới>, rồi /nop để nộp bản sửa.";
const WAITS = "Đã trả lời xong. Bản đã nộp chưa thay đổi cho đến khi gõ /nop để nộp bản sửa; /xem để xem lại. Muốn sửa, gõ: sửa câu N: <câu trả lời mới>.";

it("says a correction that keeps every answer as submitted leaves nothing to submit (it said to type /nop), and a correction waiting still does", async () => {
  await submitFullReport(server, LIEN_CHAU, HOA);
  // The answer question 5 has ("Có"), and "Giữ" at a question asked again: the report is as submitted.
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 5: có"))).toBe(`Câu 5 đã là «Có», không cần sửa.\n---\n${SAME}`);
  await server.post(LIEN_CHAU, HOA, "/sua 11");
  expect(text(await server.post(LIEN_CHAU, HOA, "Giữ"))).toBe(`Đã giữ nguyên câu trả lời câu 11.\n---\n${SAME}`);
  expect(text(await server.post(LIEN_CHAU, HOA, "/nop"))).toBe("Báo cáo chưa có thay đổi nào kể từ lần nộp trước.");
  // With a correction waiting, a kept answer still says to send it.
  expect(last(await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300"))).toBe(WAITS);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 5: có"))).toBe(`Câu 5 đã là «Có», không cần sửa.\n---\n${WAITS}`);
  // Corrected back to what was sent: nothing waits any more.
  expect(last(await server.post(LIEN_CHAU, HOA, "sửa câu 9: 290"))).toBe(SAME);
  expect((await server.repos.submissions.find(1, 1))!.version).toBe(1);
});

it("says corrections not submitted yet at /vanban (the document is the version sent) and when the chat moves to another campaign's report (both said nothing)", async () => {
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  // The chat went on to "Đợt mới", not submitted; back to the report submitted, and a correction.
  await server.post(LIEN_CHAU, HOA, "/baocao 1");
  expect((await server.post(LIEN_CHAU, HOA, "/vanban")).map((m) => m.text).slice(1)).toEqual(["Văn bản báo cáo"]);
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  expect((await server.post(LIEN_CHAU, HOA, "/vanban")).map((m) => m.text).slice(1)).toEqual(["Văn bản dưới đây là bản đã nộp: các sửa đổi sau đó chưa được gửi, gõ /nop để gửi bản sửa.", "Văn bản báo cáo"]);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(new RegExp(`^Lưu ý: các sửa đổi của "${first.title}" chưa được nộp; muốn gửi, gõ /baocao 1 rồi /nop\\.\nĐã chuyển sang báo cáo "Đợt mới"`));
  // Back, and the correction kept as submitted: nothing is said on leaving again.
  await server.post(LIEN_CHAU, HOA, "/baocao 1");
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 9: 290"))).toMatch(/Các câu trả lời vẫn giống bản đã nộp/);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(/^Đã chuyển sang báo cáo "Đợt mới"/);
});

it("shows the signer's position at /xem as the document prints it, in capitals ('hiệu trưởng' typed was shown as typed)", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  const answers = FULL_REPORT_ANSWERS.map((answer) => (answer === "HIỆU TRƯỞNG" ? "hiệu trưởng" : answer === "Nguyễn Văn An" ? "nguyễn văn an" : answer));
  for (const answer of answers) await server.post(LIEN_CHAU, HOA, answer);
  const review = text(await server.post(LIEN_CHAU, HOA, "/xem"));
  expect(review).toMatch(/\n20\. Chức vụ của người ký\?\nHIỆU TRƯỞNG\n/);
  expect(review).toMatch(/\n21\. Họ và tên người ký\?\nNguyễn Văn An\n/);
  expect(review).not.toMatch(/hiệu trưởng\n/);
});
