/**
 * A Word file sent into the officers' chat, from the users' retest: a ward's new plan sent there as
 * "Mẫu báo cáo mới", with no caption or with "/mau nap", passed in silence (and /mau nap was not
 * run). The bot makes no report type from a chat's file; it now says so and what to do instead, and
 * runs a caption that is a command as typed. "làm sao để tạo mẫu báo cáo mới từ file Word?" typed
 * there gets the same answer; the officers' other talk still passes. Through the local chat of the
 * demo (Kha, an officer).
 */
import { expect, it } from "vitest";
import { docxFromParagraphs } from "../helpers/seed-docx.ts";
import { pngBytes } from "../helpers/tiny-images.ts";
import { DOCX_TYPE, KHA, OFFICERS, postFile, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

const NOT_A_TEMPLATE = /^Bot không tạo loại báo cáo mới từ tệp Word gửi vào nhóm[^\n]*\n[^\n]*người quản trị bot[^\n]*\/baocao/;

async function plan() {
  const data = await docxFromParagraphs(["KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "Tổ chức tốt Tuần lễ học tập suốt đời."], "styled");
  return { name: "ke-hoach-tuan-le.docx", type: DOCX_TYPE, data };
}

it("answers a Word file sent with 'Mẫu báo cáo mới' or with no caption: no report type is made from it, and what to do instead", async () => {
  for (const caption of ["Mẫu báo cáo mới", undefined]) {
    expect(text(await postFile(server, OFFICERS, KHA, await plan(), caption)), String(caption)).toMatch(NOT_A_TEMPLATE);
  }
  // Nothing was loaded: the same two report types are listed.
  expect(text(await server.post(OFFICERS, KHA, "/mau"))).toMatch(/^Các loại báo cáo đang dùng:\n• [^\n]*\n• [^\n]*\n\n/);
});

it("runs '/mau nap' and '/trangthai' sent as a Word file's caption, as typed, then says the file itself made no report type", async () => {
  const reload = text(await server.post(OFFICERS, KHA, "/mau nap"));
  expect(reload).toMatch(/^Đã nạp lại các mẫu báo cáo\./);
  const withReload = text(await postFile(server, OFFICERS, KHA, await plan(), "/mau nap"));
  expect(withReload.startsWith(`${reload}\n---\n`)).toBe(true);
  expect(withReload.slice(reload.length + 5)).toMatch(NOT_A_TEMPLATE);
  const status = text(await server.post(OFFICERS, KHA, "/trangthai"));
  expect(status).toMatch(/^Tình hình "[^"]+" \(số 1\)/);
  expect(text(await postFile(server, OFFICERS, KHA, await plan(), "/trangthai"))).toMatch(new RegExp(`^${escaped(status)}\\n---\\n${NOT_A_TEMPLATE.source.slice(1)}`));
});

it("lets a photo colleagues share in the officers' chat pass in silence, as their talk does", async () => {
  expect(await postFile(server, OFFICERS, KHA, { name: "anh.png", type: "image/png", data: pngBytes(4, 4) }, "Ảnh buổi tập huấn")).toEqual([]);
});

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

it("answers a question about making a report type from a Word file with the same lines, and lets colleagues' talk about reports pass", async () => {
  const asked = ["làm sao để tạo mẫu báo cáo mới từ file Word?", "bot nạp mẫu báo cáo thế nào ạ?", "lam sao nap mau bao cao tu tep word", "Bot có tạo mẫu từ file Word được không?"];
  for (const question of asked) expect(text(await server.post(OFFICERS, KHA, question)), question).toMatch(NOT_A_TEMPLATE);
  const talk = ["Chị gửi mẫu báo cáo mới cho các trường chưa?", "Mẫu báo cáo năm nay thế nào rồi?", "Làm sao để các trường nộp báo cáo sớm?", "Anh gửi file Word kế hoạch cho chị nhé", "Các em nhớ tạo báo cáo trước thứ Sáu",
    "Chị tạo mẫu báo cáo cho đợt này chưa?", "Anh thêm mẫu báo cáo vào đợt 3 được không?", "Em chuyển mẫu báo cáo cho các trường rồi nhé?", "đã nạp mẫu báo cáo mới chưa?"];
  for (const line of talk) expect(await server.post(OFFICERS, KHA, line), line).toEqual([]);
});
