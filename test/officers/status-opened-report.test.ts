/**
 * /trangthai of a unit that opened its report (/baocao, the first question asked) and answered
 * nothing yet: the officers read "đã mở, chưa trả lời câu nào", counted as in progress, and so does
 * the unit's own /trangthai (both said "chưa bắt đầu", as of a unit that never typed /baocao).
 * Through the demo's local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";

const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const { server, setNow } = useOfficersChat();

const unitLines = (status: string) => status.split("\n").filter((line) => / — Trường/.test(line));

it("shows the officers a report opened with no answer yet as 'đã mở, chưa trả lời câu nào' (it read 'chưa bắt đầu'), counted as in progress, before and past the deadline, and the unit the same", async () => {
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Câu 1\/21/);

  const status = text(await server.post(OFFICERS, KHA, "/trangthai"));
  expect(status).toContain("Đã nộp: 0 · Đang làm: 1 · Chưa bắt đầu: 2 · Quá hạn: 0 · Trả lại: 0");
  expect(unitLines(status)).toEqual([
    "MN-HOA-SEN — Trường Mầm non Hoa Sen: chưa bắt đầu",
    "THCS-NAM-TRIEU — Trường THCS Nam Triệu: chưa bắt đầu",
    "TH-LIEN-CHAU — Trường Tiểu học Liên Châu: đã mở, chưa trả lời câu nào",
  ]);
  expect(text(await server.post(LIEN_CHAU, HOA, "/trangthai"))).toBe(`"${TITLE}": đã mở, chưa trả lời câu nào. Hạn nộp: 17:00 ngày 22/10/2026.`);

  setNow(new Date("2026-10-23T03:00:00Z"));
  expect(unitLines(text(await server.post(OFFICERS, KHA, "/trangthai")))).toContain("TH-LIEN-CHAU — Trường Tiểu học Liên Châu: QUÁ HẠN, đã mở, chưa trả lời câu nào");
});
