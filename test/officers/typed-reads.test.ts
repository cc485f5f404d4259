/**
 * "trangthai" typed without its slash in the officers' chat, from the users' retest: it passed in
 * silence, as the officers' talk. The commands that only read now answer so typed; those that send
 * something still need their slash. Through the local chat of the demo.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("answers 'trangthai', 'Trạng thái 1' and 'xuat' as their commands, and 'thongbao …' or a sentence with nothing", async () => {
  const status = text(await server.post(OFFICERS, KHA, "/trangthai"));
  expect(status).toMatch(/^Tình hình đợt 1 /);
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
  expect(status).toMatch(/^Tình hình đợt 1 /);
  // "đợt" was read as the command's second word ("trangthai đợt"), and the message passed in silence.
  for (const typed of ["trangthai đợt 1", "trangthai dot 1", "Trạng thái số 1", "trangthai #1"]) expect(text(await server.post(OFFICERS, KHA, typed)), typed).toBe(status);
  const exportReply = text(await server.post(OFFICERS, KHA, "/xuat 1"));
  for (const typed of ["xuat đợt 1", "Xuất số 1", "/xuat #1", "/xuat đợt số 1"]) expect(text(await server.post(OFFICERS, KHA, typed)), typed).toBe(exportReply);
});
