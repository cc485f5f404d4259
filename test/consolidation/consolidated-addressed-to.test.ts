/**
 * The ward's report's "Kính gửi" lines typed through /tonghop sua are checked for dates as the
 * campaign's own "Kính gửi" question checks them (office-name.ts): a date is never an office's
 * name; refused, nothing stored, the question asked again. Through the local chat of the demo.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { type BotMessage, buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";

const KHA = { userId: "u7", userName: "Nguyễn Thị Kha" };
const OFFICERS = "can-bo-phuong";
const text = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

it("refuses a date typed as the office after 'Kính gửi' in the ward's report, stores nothing, and takes an office's name", async () => {
  await submitFullReport(server, LIEN_CHAU, HOA);
  let last = text(await server.post(OFFICERS, KHA, "/tonghop sua"));
  for (let i = 0; i < 20 && !last.includes("dòng Kính gửi"); i++) {
    last = text(await server.post(OFFICERS, KHA, "/boqua"));
    if (/bắt buộc|không bỏ qua/i.test(last)) last = text(await server.post(OFFICERS, KHA, "Nội dung bổ sung"));
  }
  expect(last).toContain("dòng Kính gửi");
  expect(text(await server.post(OFFICERS, KHA, "Sở Giáo dục và Đào tạo, hạn 15/12/2026"))).toBe(
    "«Sở Giáo dục và Đào tạo, hạn 15/12/2026» có ngày tháng nên không được ghi làm tên cơ quan. Câu này chỉ ghi tên cơ quan, ví dụ: UBND phường Nam Triệu; ngày tháng ghi ở câu hỏi về ngày. Câu trả lời này chưa được lưu: hãy gõ lại tên cơ quan.",
  );
  const next = text(await server.post(OFFICERS, KHA, "Sở Giáo dục và Đào tạo thành phố Hải Phòng"));
  expect(next).not.toContain("ngày tháng");
  expect(next).not.toContain("dòng Kính gửi");
});
