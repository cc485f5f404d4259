/**
 * The officers' side of a closed campaign: /trangthai N, /tralai and /tonghop N say what a campaign
 * closed refusing late reports means for the units not in (they will not submit, nor be added),
 * and a closed campaign taking them still reads as before. Through the local chat of the demo.
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { type BotMessage, buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";

const KHA = { userId: "u7", userName: "Nguyễn Thị Kha" };
const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const OFFICERS = "can-bo-phuong";
const NAM_TRIEU = "thcs-nam-trieu";
const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const text = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

/** Liên Châu submits, Nam Triệu answers question 1, Hoa Sen does nothing; then campaign 1 closes with `policy`. */
async function closeWithUnitsBehind(policy: "refuse" | "accept"): Promise<void> {
  await server.database.run(sql`update campaigns set late_policy = ${policy}`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(NAM_TRIEU, LAN, "/baocao");
  await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
}

it("counts the units not in when a campaign closed refusing late reports as not submitted in the officers' /trangthai N, not as in progress or not started", async () => {
  await closeWithUnitsBehind("refuse");
  expect(text(await server.post(OFFICERS, KHA, "/trangthai 1"))).toBe(
    [
      `Tình hình đợt 1 "${TITLE}" (đã đóng, không nhận báo cáo nộp muộn) — hạn 17:00 ngày 22/10/2026`,
      "Đã nộp: 1 · Không nộp: 2 · Trả lại: 0",
      "",
      "MN-HOA-SEN — Trường Mầm non Hoa Sen: không nộp",
      "THCS-NAM-TRIEU — Trường THCS Nam Triệu: không nộp (đã trả lời 1/19 câu)",
      "TH-LIEN-CHAU — Trường Tiểu học Liên Châu: đã nộp — Nguyễn Thị Hoa, 10:15 ngày 08/10/2026",
    ].join("\n"),
  );
});

it("still counts a closed campaign's units in progress and not started when it takes late reports", async () => {
  await closeWithUnitsBehind("accept");
  const status = text(await server.post(OFFICERS, KHA, "/trangthai 1"));
  expect(status).toContain("Đã nộp: 1 · Đang làm: 1 · Chưa bắt đầu: 1");
  expect(status).toContain("THCS-NAM-TRIEU — Trường THCS Nam Triệu: đang làm 1/19");
  expect(status).not.toContain("không nộp");
});
