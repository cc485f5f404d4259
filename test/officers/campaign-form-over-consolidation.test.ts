/**
 * An officer in the middle of /tonghop sua (the ward's consolidated report) types /dotbaocao,
 * through the real server: the campaign form starts, and one line first says the consolidated
 * report was left, its answers kept, and how to go back to it. With no unit's report in, going
 * back to it (or /boqua on the last question left) asked question 1, one the units' figures fill:
 * now it asks where the officer stopped, or ends. The form given up (/huy, Có), its reply said
 * nothing of the consolidated report left: it now says how to go on with it. The form completed
 * and the new campaign opened, its reply said nothing of it either: it now says the same line.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";
import { answerWardReport } from "../helpers/ward-report.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const { server } = useOfficersChat();

const LEFT = "Đã tạm dừng báo cáo tổng hợp đợt 1 (/tonghop sua): các câu đã trả lời vẫn được giữ. Mở xong đợt mới (hoặc gõ /huy để thôi), rồi gõ /tonghop sua 1 để làm tiếp.";

it("says the /tonghop sua left when /dotbaocao starts the campaign form, and /tonghop sua 1 afterwards takes up the kept answer", async () => {
  expect(text(await server.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/\nCâu 7\/\d+ [^\n]*\nƯu điểm/);
  expect(text(await server.post(OFFICERS, KHA, "Lan tỏa văn hóa đọc"))).toMatch(/^Câu 8\/\d+/);
  const switched = await server.post(OFFICERS, KHA, "/dotbaocao");
  expect(switched[0]!.text).toBe(LEFT);
  expect(text(switched)).toMatch(/\n---\nMở đợt báo cáo mới: [^]*\nCâu 1\/\d+ — /);
  // Said once: the form resumed by /dotbaocao again has no such line.
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao"))).not.toContain("tạm dừng báo cáo tổng hợp");
  // The form given up, /tonghop sua 1 goes on with the answer kept.
  await server.post(OFFICERS, KHA, "/huy");
  expect(text(await server.post(OFFICERS, KHA, "Có"))).toMatch(/^Đã hủy, chưa mở đợt báo cáo nào\./);
  expect(text(await server.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/^Tiếp tục "Báo cáo /);
  expect(text(await server.post(OFFICERS, KHA, "/xem"))).toMatch(/\n7\. Ưu điểm[^\n]*\n- Lan tỏa văn hóa đọc\n/);
});

it("reminds, when the campaign form is cancelled, of the /tonghop sua set aside, in one line with /tonghop sua 1", async () => {
  await server.post(OFFICERS, KHA, "/tonghop sua");
  await server.post(OFFICERS, KHA, "Lan tỏa văn hóa đọc");
  await server.post(OFFICERS, KHA, "/dotbaocao");
  await server.post(OFFICERS, KHA, "/huy");
  expect(text(await server.post(OFFICERS, KHA, "Có"))).toBe(
    "Đã hủy, chưa mở đợt báo cáo nào. Gõ /dotbaocao để bắt đầu lại.\nBáo cáo tổng hợp đợt 1 đang làm dở vẫn được giữ: gõ /tonghop sua 1 để làm tiếp.",
  );
});

it("reminds, when the campaign form opens the new campaign, of the /tonghop sua set aside, in one line with /tonghop sua 1", async () => {
  await server.post(OFFICERS, KHA, "/tonghop sua");
  await server.post(OFFICERS, KHA, "Lan tỏa văn hóa đọc");
  const opened = await openCampaignInChat(server.post, "Đợt mới");
  expect(opened).toMatch(/\nĐã mở "Đợt mới" \(số 2\) cho 3 đơn vị/);
  expect(opened).toMatch(/\nBáo cáo tổng hợp đợt 1 đang làm dở vẫn được giữ: gõ \/tonghop sua 1 để làm tiếp\.$/);
  expect(text(await server.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/^Tiếp tục "Báo cáo [^]*\nCâu 8\/\d+ — /);
});

it("says nothing of a consolidated report never started, nor of one submitted", async () => {
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao"))).not.toContain("tạm dừng báo cáo tổng hợp");
  await server.post(OFFICERS, KHA, "/huy");
  expect(text(await server.post(OFFICERS, KHA, "Có"))).toBe("Đã hủy, chưa mở đợt báo cáo nào. Gõ /dotbaocao để bắt đầu lại.");
  await answerWardReport(server);
  await server.post(OFFICERS, KHA, "/nop");
  expect(text(await server.post(OFFICERS, KHA, "Có"))).toMatch(/Đã nộp/);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao"))).toMatch(/^(?![^]*tạm dừng báo cáo tổng hợp)[^]*Câu 1\/\d+ — /);
});

it("resumes /tonghop sua where the officer stopped, with no unit in: question 8, not question 1 that the units' figures fill", async () => {
  await server.post(OFFICERS, KHA, "/tonghop sua");
  expect(text(await server.post(OFFICERS, KHA, "Lan tỏa văn hóa đọc"))).toMatch(/^Câu 8\/\d+ — [^\n]*\nHạn chế/);
  await server.post(OFFICERS, KHA, "/dotbaocao");
  await server.post(OFFICERS, KHA, "/huy");
  await server.post(OFFICERS, KHA, "Có");
  const resumed = text(await server.post(OFFICERS, KHA, "/tonghop sua 1"));
  expect(resumed).toMatch(/^Tiếp tục "Báo cáo /);
  expect(resumed).toMatch(/\nCâu 8\/\d+ — [^\n]*\nHạn chế/);
  expect(resumed).not.toContain("[tự động tổng hợp khi có đơn vị nộp]");
  // An answer there is question 8's, and no hand edit over a unit-sourced question.
  expect(text(await server.post(OFFICERS, KHA, "Thiếu kinh phí"))).toMatch(/^Câu 9\/\d+/);
  expect(await server.repos.consolidation.editedFields(1)).toEqual([]);
});

it("ends /tonghop sua at /boqua on the last question left, with no unit in, rather than asking question 1 that the units' figures fill", async () => {
  await server.post(OFFICERS, KHA, "/tonghop sua");
  await server.post(OFFICERS, KHA, "Lan tỏa văn hóa đọc");
  // Question 8 left for later: 9 to 15 answered, and the report comes back to 8.
  await server.post(OFFICERS, KHA, "/sua 9");
  for (const answer of ["/boqua", "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH"]) await server.post(OFFICERS, KHA, answer);
  expect(text(await server.post(OFFICERS, KHA, "Nguyễn Văn Bình"))).toMatch(/\nCâu 8\/\d+ — [^\n]*\nHạn chế/);
  const skipped = text(await server.post(OFFICERS, KHA, "/boqua"));
  expect(skipped).not.toMatch(/Câu 1\/\d+/);
  expect(skipped).toContain("Muốn sửa, gõ: sửa câu N: <câu trả lời mới>.");
});

it("refuses /boqua on a question the units' figures fill, reached by /sua 6 with no unit in, showing no answer it does not have", async () => {
  await server.post(OFFICERS, KHA, "/tonghop sua");
  // /quaylai no longer goes there (ward-report-nothing-in.test.ts); /sua N still does.
  expect(text(await server.post(OFFICERS, KHA, "/sua 6"))).toMatch(/^Câu 6\/\d+ — /);
  const refused = text(await server.post(OFFICERS, KHA, "/boqua"));
  expect(refused).toMatch(/^Câu này bắt buộc, không thể bỏ qua\./);
  expect(refused).not.toContain("(bỏ qua)");
});
