/**
 * /tonghop sua before any unit has submitted: the ward's report would have no figures, and the start
 * of the edit said nothing of it (only which units were left out, as if some were in). It now says
 * that no unit has submitted and the figures will be filled in as units do. Through the local chat
 * of the demo.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { type BotMessage, buildTestApp, type TestApp } from "../helpers/build-test-app.ts";

const KHA = { userId: "u7", userName: "Nguyễn Thị Kha" };
const OFFICERS = "can-bo-phuong";
const text = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

it("says at /tonghop sua's start that no unit has submitted yet", async () => {
  const said = await server.post(OFFICERS, KHA, "/tonghop sua");
  expect(said[0]!.text).toMatch(/^Bắt đầu báo cáo /);
  expect(said[1]!.text).toBe(
    "Lưu ý: chưa có đơn vị nào nộp báo cáo nên báo cáo tổng hợp chưa có số liệu; các câu lấy số liệu từ đơn vị sẽ được tự động điền khi có đơn vị nộp. Gõ /trangthai 1 để xem tình hình các đơn vị.",
  );
  expect(text(said.slice(2))).toMatch(/^Câu 1\/15/);
  // Said at the start only, not with each answer.
  expect(text(await server.post(OFFICERS, KHA, "Treo băng rôn tại trụ sở"))).not.toContain("chưa có đơn vị nào nộp");
});
