/**
 * An officer in the middle of /tonghop sua (the ward's consolidated report) types /dotbaocao,
 * through the real server: the campaign form starts, and one line first says the consolidated
 * report was left, its answers kept, and how to go back to it.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";
import { answerWardReport } from "../helpers/ward-report.ts";

const { server } = useOfficersChat();

const LEFT = "Đã tạm dừng báo cáo tổng hợp đợt 1 (/tonghop sua): các câu đã trả lời vẫn được giữ. Mở xong đợt mới (hoặc gõ /huy để thôi), rồi gõ /tonghop sua 1 để làm tiếp.";

it("says the /tonghop sua left when /dotbaocao starts the campaign form, and /tonghop sua 1 afterwards takes up the kept answer", async () => {
  expect(text(await server.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/\nCâu 7\/15 [^\n]*\nƯu điểm/);
  expect(text(await server.post(OFFICERS, KHA, "Lan tỏa văn hóa đọc"))).toMatch(/^Câu 8\/15/);
  const switched = await server.post(OFFICERS, KHA, "/dotbaocao");
  expect(switched[0]!.text).toBe(LEFT);
  expect(text(switched)).toMatch(/\n---\nMở đợt báo cáo mới: [^]*\nCâu 1\/9 — /);
  // Said once: the form resumed by /dotbaocao again has no such line.
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao"))).not.toContain("tạm dừng báo cáo tổng hợp");
  // The form given up, /tonghop sua 1 goes on with the answer kept.
  await server.post(OFFICERS, KHA, "/huy");
  expect(text(await server.post(OFFICERS, KHA, "Có"))).toMatch(/^Đã hủy, chưa mở đợt báo cáo nào\./);
  expect(text(await server.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/^Tiếp tục báo cáo /);
  expect(text(await server.post(OFFICERS, KHA, "/xem"))).toMatch(/\n7\. Ưu điểm[^\n]*\n- Lan tỏa văn hóa đọc\n/);
});

it("says nothing of a consolidated report never started, nor of one submitted", async () => {
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao"))).not.toContain("tạm dừng báo cáo tổng hợp");
  await server.post(OFFICERS, KHA, "/huy");
  await server.post(OFFICERS, KHA, "Có");
  await answerWardReport(server);
  await server.post(OFFICERS, KHA, "/nop");
  expect(text(await server.post(OFFICERS, KHA, "Có"))).toMatch(/Đã nộp/);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao"))).toMatch(/^(?![^]*tạm dừng báo cáo tổng hợp)[^]*Câu 1\/9 — /);
});
