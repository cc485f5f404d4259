/**
 * "trangthai" typed without its slash in the officers' chat, from the users' retest: it passed in
 * silence, as the officers' talk. The commands that only read now answer so typed; those that send
 * something still need their slash; so typed while an officer's form is open (/dotbaocao, /tonghop
 * sua), they are read as their slash forms are, never the form's answer. Through the local chat of the demo.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("answers 'trangthai', 'Trạng thái 1' and 'xuat' as their commands, and 'thongbao …' or a sentence with nothing", async () => {
  const status = text(await server.post(OFFICERS, KHA, "/trangthai"));
  expect(status).toMatch(/^Tình hình "[^"]+" \(số 1\)/);
  for (const typed of ["trangthai", "Trạng thái 1", "trang thai đợt 1."]) expect(text(await server.post(OFFICERS, KHA, typed)), typed).toBe(status);
  // Nothing submitted yet: /xuat says so, and "xuat" the same.
  const exportReply = text(await server.post(OFFICERS, KHA, "/xuat"));
  expect(exportReply).toMatch(/chưa có số liệu để xuất/);
  expect(text(await server.post(OFFICERS, KHA, "Xuất"))).toBe(exportReply);
  const sentBefore = (await server.repos.localMessages.history("th-lien-chau")).length;
  for (const typed of ["thongbao Các trường nộp báo cáo nhé", "trạng thái của trường Liên Châu thế nào", "xuất file cho chị với"]) {
    expect(await server.post(OFFICERS, KHA, typed), typed).toEqual([]);
  }
  expect((await server.repos.localMessages.history("th-lien-chau")).length).toBe(sentBefore);
});

it("answers 'trangthai đợt 1', 'trạng thái số 1' and 'xuat đợt 1' as '/trangthai 1' and '/xuat 1', as the bot's own 'gõ /trangthai đợt N' teaches them", async () => {
  const status = text(await server.post(OFFICERS, KHA, "/trangthai 1"));
  expect(status).toMatch(/^Tình hình "[^"]+" \(số 1\)/);
  // "đợt" was read as the command's second word ("trangthai đợt"), and the message passed in silence.
  for (const typed of ["trangthai đợt 1", "trangthai dot 1", "Trạng thái số 1", "trangthai #1"]) expect(text(await server.post(OFFICERS, KHA, typed)), typed).toBe(status);
  const exportReply = text(await server.post(OFFICERS, KHA, "/xuat 1"));
  for (const typed of ["xuat đợt 1", "Xuất số 1", "/xuat #1", "/xuat đợt số 1"]) expect(text(await server.post(OFFICERS, KHA, typed)), typed).toBe(exportReply);
});

it("answers 'trangthai' at the new campaign's title question as /trangthai, and leaves the title unanswered", async () => {
  await server.post(OFFICERS, KHA, "/dotbaocao");
  expect(text(await server.post(OFFICERS, KHA, "1"))).toMatch(/^Câu 2\/\d+ [^\n]*\nTên đợt báo cáo\?/);
  const status = text(await server.post(OFFICERS, KHA, "/trangthai"));
  expect(status).toMatch(/^Tình hình "[^"]+" \(số 1\)/);
  // It was stored as the campaign's title, and the form went on to question 3.
  expect(text(await server.post(OFFICERS, KHA, "trangthai"))).toBe(status);
  expect(text(await server.post(OFFICERS, KHA, "/xem"))).toMatch(/\n2–9\. \(chưa trả lời 8 câu;/);
  // The command names the help lists, typed so, are no title either.
  expect(text(await server.post(OFFICERS, KHA, "xem"))).toMatch(/\n2–9\. \(chưa trả lời 8 câu;/);
});

it("answers 'trangthai', 'trang thai' and 'trangthai đợt 1' during /tonghop sua as their slash forms, where they passed in silence", async () => {
  expect(text(await server.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/^Bắt đầu "Báo cáo [^]*\nCâu 7\/\d+ [^\n]*\nƯu điểm/);
  const status = text(await server.post(OFFICERS, KHA, "/trangthai"));
  expect(status).toMatch(/^Tình hình "[^"]+" \(số 1\)/);
  for (const typed of ["trangthai", "trang thai"]) expect(text(await server.post(OFFICERS, KHA, typed)), typed).toBe(status);
  expect(text(await server.post(OFFICERS, KHA, "trangthai đợt 1"))).toBe(text(await server.post(OFFICERS, KHA, "/trangthai 1")));
  // Question 7 is still the one asked: the next answer is its own.
  expect(text(await server.post(OFFICERS, KHA, "Hình thức phong phú"))).toMatch(/^Câu 8\/\d+/);
  expect(text(await server.post(OFFICERS, KHA, "/xem"))).not.toMatch(/trangthai|trang thai/);
});
