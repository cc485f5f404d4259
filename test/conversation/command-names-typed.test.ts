/**
 * The names /trogiup lists, typed alone without their slash where a unit's report asks a question,
 * through the real server and the local chat: "trangthai", "vanban", "xem", "huy", "sua" are those
 * commands, never the answer (stored, they were printed in the report). Where no answer is
 * expected (nothing started, every question answered, submitted, the end of /tonghop sua) they are
 * those commands too: they passed in silence, though the bot's own message said to type them.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { answerWardReport, KHA, OFFICERS } from "../helpers/ward-report.ts";

const NAM_TRIEU = "thcs-nam-trieu";
const LAN = { userId: "u3", userName: "Lê Thị Lan" };

const { server, storedAnswers, reportAt } = useDemoReport();

it("reads 'trangthai' at a list question as /trangthai, and stores no item", async () => {
  await reportAt(7);
  const status = text(await server.post(LIEN_CHAU, HOA, "trangthai"));
  expect(status).toBe(text(await server.post(LIEN_CHAU, HOA, "/trangthai")));
  expect(status).toMatch(/^"Báo cáo kết quả [^"]+": đang làm 6\/21\. Hạn nộp: /);
  expect((await storedAnswers()).activities).toBeUndefined();
  // The list question is still the one asked: its first item is stored as ever.
  expect(text(await server.post(LIEN_CHAU, HOA, "- Tổ chức Hội sách"))).toMatch(/Câu 8\/21/);
  expect((await storedAnswers()).activities).toEqual(["Tổ chức Hội sách"]);
});

it("reads 'vanban', 'xem', 'huy' and 'sua' at a text question as those commands, and stores none of them", async () => {
  await reportAt(2);
  expect(text(await server.post(LIEN_CHAU, HOA, "vanban"))).toMatch(/^Chưa có văn bản: "Báo cáo [^"]+" chưa được nộp\./);
    expect(text(await server.post(LIEN_CHAU, HOA, "Xem"))).toMatch(/^Xem lại "Báo cáo [^\n]*\n\n1\. [^]*\n---\nCâu 2\/\d+/);
  expect(text(await server.post(LIEN_CHAU, HOA, "huy"))).toMatch(/^Hủy báo cáo đợt 1 "[^"]+" sẽ xóa toàn bộ câu trả lời đã nhập\./);
  expect(text(await server.post(LIEN_CHAU, HOA, "Không"))).toMatch(/^Không hủy\. Tiếp tục báo cáo\.\n---\nCâu 2\/\d+/);
  expect(text(await server.post(LIEN_CHAU, HOA, "sua"))).toMatch(/^Vui lòng ghi số câu cần sửa, ví dụ \/sua 3\./);
  expect(Object.keys(await storedAnswers())).toEqual(["plan_reference"]);
});

/** The replies as the chat shows them: a document by its file name. */
const shown = (messages: { text: string; document?: { name: string } }[]) => messages.map((m) => (m.document ? `[${m.document.name}]` : m.text)).join("\n---\n");

it("answers 'vanban' and 'xem' from a colleague once every question is answered as /vanban and /xem, where they passed in silence", async () => {
  await reportAt(FULL_REPORT_ANSWERS.length + 1);
  const document = text(await server.post(LIEN_CHAU, MINH, "vanban"));
  expect(document).toMatch(/^Chưa có văn bản: "Báo cáo [^"]+" chưa được nộp\./);
  expect(document).toBe(text(await server.post(LIEN_CHAU, MINH, "/vanban")));
  const review = text(await server.post(LIEN_CHAU, MINH, "xem"));
  expect(review).toMatch(/^Xem lại "Báo cáo /);
  expect(review).toBe(text(await server.post(LIEN_CHAU, MINH, "/xem")));
});

it("answers 'xem' and 'vanban' after the submission as /xem and /vanban, as the bot's own message says to type them", async () => {
  await reportAt(FULL_REPORT_ANSWERS.length + 1);
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã nộp báo cáo/);
  const review = shown(await server.post(LIEN_CHAU, MINH, "xem"));
  expect(review).toMatch(/^Xem lại "Báo cáo /);
  expect(review).toBe(shown(await server.post(LIEN_CHAU, MINH, "/xem")));
  const document = shown(await server.post(LIEN_CHAU, MINH, "vanban"));
  expect(document).toMatch(/\[[^\]]+\.docx\]$/);
  expect(document).toBe(shown(await server.post(LIEN_CHAU, MINH, "/vanban")));
});

it("answers 'xem' before any report is started as /xem, where it passed in silence", async () => {
  const typed = text(await server.post(NAM_TRIEU, LAN, "xem"));
  expect(typed).toMatch(/^Chưa bắt đầu báo cáo\./);
  expect(typed).toBe(text(await server.post(NAM_TRIEU, LAN, "/xem")));
});

it("answers 'xem', 'nop' and 'nộp' at the end of /tonghop sua as /xem and /nop, where they passed in silence", async () => {
  await answerWardReport(server);
  const review = text(await server.post(OFFICERS, KHA, "xem"));
  expect(review).toMatch(/^Xem lại "Báo cáo /);
  expect(review).toBe(text(await server.post(OFFICERS, KHA, "/xem")));
  expect(text(await server.post(OFFICERS, KHA, "nop"))).toMatch(/Xác nhận nộp báo cáo\?/);
  expect(text(await server.post(OFFICERS, KHA, "Không"))).toMatch(/^Chưa nộp/);
  expect(text(await server.post(OFFICERS, KHA, "nộp"))).toMatch(/Xác nhận nộp báo cáo\?/);
});

it("does not read 'Huy' alone (a colleague's name) at the submission's confirmation or once submitted as /huy: no cancel asked, nothing deleted; 'nop' there still confirms", async () => {
  await reportAt(FULL_REPORT_ANSWERS.length + 1);
  await server.post(LIEN_CHAU, HOA, "/nop");
  for (const name of ["Huy", "huy"]) expect(text(await server.post(LIEN_CHAU, HOA, name))).not.toMatch(/Hủy báo cáo/);
  expect(text(await server.post(LIEN_CHAU, HOA, "nop"))).toMatch(/^Đã nộp báo cáo/);
  expect(text(await server.post(LIEN_CHAU, MINH, "Huy"))).not.toMatch(/Hủy báo cáo/);
  expect(Object.keys(await storedAnswers()).length).toBeGreaterThan(0);
});
