/**
 * A plain /tonghop sua (no campaign named) while the ward's report of a closed campaign is being
 * edited, no campaign open: it answered "Hiện không có đợt báo cáo nào đang mở. Gõ /tonghop sua kèm
 * số đợt …", as if nothing were under way. It now goes on with the edit in progress. Through the
 * demo's local chats, on SQLite.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("goes on with the closed campaign's report being edited at a plain /tonghop sua, no campaign open", async () => {
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
  expect(text(await server.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/\nCâu 7\/15 — [^\n]*\nƯu điểm/);
  expect(text(await server.post(OFFICERS, KHA, "Lan tỏa văn hóa đọc"))).toMatch(/^Câu 8\/15/);
  const resumed = text(await server.post(OFFICERS, KHA, "/tonghop sua"));
  expect(resumed).toMatch(/^Tiếp tục "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026"/);
  expect(resumed).toMatch(/\nCâu 8\/15 — [^\n]*\nHạn chế/);
  // The answer given before is kept.
  expect(text(await server.post(OFFICERS, KHA, "/xem"))).toMatch(/\n7\. Ưu điểm[^\n]*\n- Lan tỏa văn hóa đọc\n/);
});

it("still says no campaign is open at a plain /tonghop sua with no edit under way", async () => {
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  expect(text(await server.post(OFFICERS, KHA, "/tonghop sua"))).toMatch(/^Hiện không có đợt báo cáo nào đang mở\./);
});
