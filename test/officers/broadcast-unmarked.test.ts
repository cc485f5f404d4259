/**
 * /thongbao typed without marks went at once to every unit's chat as typed, while the board's notice
 * form and the /dotbaocao confirmation say so first. The chat holds it back once with a note saying
 * how to send it as typed (the same command again); nothing reaches the units before that. Through
 * the officers' chat of the demo (local chat, real SQLite).
 */
import { expect, it } from "vitest";
import { LIEN_CHAU } from "../helpers/build-test-app.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server, setNow } = useOfficersChat();
const UNMARKED = "/thongbao De nghi cac truong nop bao cao truoc ngay 20/12";
const noticesIn = async (chat: string) => (await server.repos.localMessages.history(chat)).filter((m) => m.fromBot && m.text.startsWith("Thông báo từ")).map((m) => m.text);

it("holds a notice without marks back once with a note, sends nothing, and sends it as typed when the same command comes again", async () => {
  expect(text(await server.post(OFFICERS, KHA, UNMARKED))).toBe(
    "Lưu ý: thông báo chưa có dấu tiếng Việt; các đơn vị sẽ nhận đúng như vậy. Chưa gửi thông báo nào: gõ lại đúng lệnh này để gửi nguyên văn, hoặc gõ lại có dấu.",
  );
  await server.scheduler.tick();
  expect(await noticesIn(LIEN_CHAU)).toEqual([]);
  expect(text(await server.post(OFFICERS, KHA, UNMARKED))).toMatch(/^Đang gửi thông báo tới các đơn vị của đợt 1 /);
  expect(await noticesIn(LIEN_CHAU)).toEqual(["Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu):\nDe nghi cac truong nop bao cao truoc ngay 20/12"]);
});

it("holds another text without marks back too, and sends a notice with marks at once", async () => {
  await server.post(OFFICERS, KHA, UNMARKED);
  expect(text(await server.post(OFFICERS, KHA, "/thongbao tatca Cac truong nop bao cao som"))).toMatch(/^Lưu ý: thông báo chưa có dấu/);
  expect(text(await server.post(OFFICERS, KHA, "/thongbao Đề nghị các trường nộp báo cáo trước ngày 20/12"))).toMatch(/^Đang gửi thông báo/);
  expect(await noticesIn(LIEN_CHAU)).toHaveLength(1);
});

it("holds the same text without marks back again when it comes long after it was held (it went out without the note, however late)", async () => {
  setNow(new Date("2026-10-08T03:15:00Z"));
  expect(text(await server.post(OFFICERS, KHA, UNMARKED))).toMatch(/^Lưu ý: thông báo chưa có dấu/);
  // The next day the officer types the same command again: a new notice, not the confirmation of yesterday's.
  setNow(new Date("2026-10-09T03:15:00Z"));
  expect(text(await server.post(OFFICERS, KHA, UNMARKED))).toMatch(/^Lưu ý: thông báo chưa có dấu/);
  expect(await noticesIn(LIEN_CHAU)).toEqual([]);
  // Typed again within minutes of that note, it is sent as typed.
  setNow(new Date("2026-10-09T03:20:00Z"));
  expect(text(await server.post(OFFICERS, KHA, UNMARKED))).toMatch(/^Đang gửi thông báo tới các đơn vị của đợt 1 /);
  expect(await noticesIn(LIEN_CHAU)).toHaveLength(1);
});
