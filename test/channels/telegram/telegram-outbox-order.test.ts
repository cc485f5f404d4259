/**
 * The outbox against a fake Bot API that answers 429 past Telegram's limits, on a simulated clock:
 * a broadcast to 3,000 groups at Telegram's pace with no 429 and no stall, each chat's messages in
 * order through 429s and 5xx, limits that hold across a restart, long messages sent part by part.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { KHA, seedManyUnits } from "../../helpers/many-units.ts";
import { drainOutbox, maxInWindow } from "../../helpers/outbox-checks.ts";
import { ANH, OFFICERS_GROUP, type TelegramHarness, useTelegramHarnesses } from "../../helpers/telegram-harness.ts";

const harnesses = useTelegramHarnesses();
const start = harnesses.start;
const groupId = (i: number) => String(-1003000000000 - i);
const leased = async (t: TelegramHarness) => (await t.server.repos.outbox.countByStatus()).find((r) => r.status === "sending")?.n ?? 0;
/** Drains on the simulated clock; between passes nothing is leased: a row is claimed only to be sent at once. */
const drain = (t: TelegramHarness, maxSimulatedMs: number, stepMs = 100) => drainOutbox(t, maxSimulatedMs, stepMs, async () => expect(await leased(t)).toBe(0));

it("sends a broadcast to 3,000 groups at 95% or more of Telegram's 30 a second, with no 429 and no stall", async () => {
  const t = await start({ stepMs: 0 });
  await seedManyUnits(t, 3000);
  await t.deliver(t.updates.text(KHA, "/thongbao Họp giao ban lúc 8 giờ thứ Hai.", { chatId: OFFICERS_GROUP }));
  const begin = t.clock();
  await drain(t, 200_000, 20);
  const sent = t.fake.callsOf("sendMessage").filter((c) => String(c.params.chat_id) !== String(OFFICERS_GROUP));
  expect(new Set(sent.map((c) => c.params.chat_id)).size).toBe(3000);
  expect(sent).toHaveLength(3000);
  expect(t.fake.rateLimited).toEqual([]);
  const seconds = (sent.at(-1)!.at - begin) / 1000;
  expect(3000 / seconds).toBeGreaterThanOrEqual(0.95 * 30);
  const longestGap = Math.max(...sent.slice(1).map((c, i) => c.at - sent[i]!.at));
  expect(longestGap).toBeLessThanOrEqual(1100);
  // The officers' chat hears the delivery summary once every message has gone.
  await t.advance(60_000);
  expect(t.fake.sentTo(OFFICERS_GROUP).map((c) => String(c.params.text)).join("\n")).toMatch(/3000|3\.000/);
}, 120_000);

it("keeps each chat's order through 429s and 5xx: no message goes before the one queued before it", async () => {
  const t = await start();
  for (let g = 0; g < 5; g++) {
    for (let i = 1; i <= 8; i++) await t.server.repos.outbox.enqueue("telegram", groupId(g), { kind: "text", text: `G${g} ${i}` }, t.clock());
  }
  t.fake.failNext({ code: 429, retryAfter: 3 }, { chatId: groupId(0), after: 2 });
  t.fake.failNext({ code: 502 }, { chatId: groupId(1) });
  t.fake.failNext({ code: 500 }, { chatId: groupId(1), after: 4 });
  t.fake.failNext({ code: 500 }, { chatId: groupId(2), after: 7 });
  await drain(t, 300_000);
  for (let g = 0; g < 5; g++) {
    expect(t.fake.sentTo(groupId(g)).map((c) => c.params.text)).toEqual(Array.from({ length: 8 }, (_, i) => `G${g} ${i + 1}`));
  }
  // Each failed attempt held its chat: the chat's next message was not even tried meanwhile.
  const tried = (g: number) => t.fake.calls.filter((c) => String(c.params.chat_id) === groupId(g)).map((c) => c.params.text);
  expect(tried(0)).toEqual(["G0 1", "G0 2", "G0 3", "G0 3", "G0 4", "G0 5", "G0 6", "G0 7", "G0 8"]);
  expect(tried(1)).toEqual(["G1 1", "G1 1", "G1 2", "G1 3", "G1 4", "G1 5", "G1 5", "G1 6", "G1 7", "G1 8"]);
});

it("holds the 20-a-minute group limit across a restart (the window is in the database)", async () => {
  const databasePath = join(mkdtempSync(join(tmpdir(), "tg-limit-")), "bot.sqlite");
  const first = await start({ databasePath });
  for (let i = 1; i <= 15; i++) await first.server.repos.outbox.enqueue("telegram", groupId(1), { kind: "text", text: `A ${i}` }, first.clock());
  await drain(first, 10_000);
  const before = first.fake.sentTo(groupId(1));
  expect(before).toHaveLength(15);
  await harnesses.stop(first);

  const second = await start({ databasePath, startAt: first.clock() });
  for (let i = 1; i <= 15; i++) await second.server.repos.outbox.enqueue("telegram", groupId(1), { kind: "text", text: `B ${i}` }, second.clock());
  await drain(second, 300_000);
  const after = second.fake.sentTo(groupId(1));
  expect(after).toHaveLength(15);
  expect(maxInWindow([...before, ...after], 60_000)).toBeLessThanOrEqual(20);
  expect(second.fake.rateLimited).toEqual([]);
});

it("sends a long message part by part within the limits, and a retry resumes at the part that failed", async () => {
  const t = await start();
  const lines = Array.from({ length: 600 }, (_, i) => `Dòng số ${i + 1}: Trường số ${i} — chưa nộp báo cáo, còn 12/19 câu.`);
  await t.server.repos.outbox.enqueue("telegram", groupId(1), { kind: "text", text: lines.join("\n") }, t.clock());
  await t.server.repos.outbox.enqueue("telegram", groupId(1), { kind: "text", text: "Tin sau" }, t.clock());
  t.fake.failNext({ code: 429, retryAfter: 5 }, { chatId: groupId(1), after: 3 });
  await drain(t, 600_000);
  const parts = t.fake.sentTo(groupId(1)).map((c) => String(c.params.text));
  expect(parts.length).toBeGreaterThan(8);
  expect(parts.at(-1)).toBe("Tin sau");
  // Every line once, in order: the 429 on part 4 resumed there, not at part 1.
  expect(parts.slice(0, -1).join("\n")).toBe(lines.join("\n"));
  expect(maxInWindow(t.fake.sentTo(groupId(1)), 60_000)).toBeLessThanOrEqual(20);
  expect(t.fake.rateLimited).toEqual([]);
});

it("answers /status over 3,000 units with a few messages, late units first, and the full list as an .xlsx", async () => {
  const t = await start({ stepMs: 0 });
  await seedManyUnits(t, 3000);
  await t.deliver(t.updates.text(KHA, "/trangthai", { chatId: OFFICERS_GROUP }));
  await drain(t, 60_000);
  const texts = t.fake.sentTo(OFFICERS_GROUP).filter((c) => c.method === "sendMessage").map((c) => String(c.params.text));
  expect(texts.length).toBeLessThanOrEqual(3);
  const all = texts.join("\n");
  expect(all).toMatch(/Quá hạn: 3000/);
  expect(all).toMatch(/U0000 — Trường số 0: QUÁ HẠN, chưa bắt đầu/);
  expect(all).toMatch(/… và 2960 đơn vị khác: danh sách đầy đủ ở tệp Excel gửi kèm\./);

  const [sheetCall] = t.fake.sentTo(OFFICERS_GROUP).filter((c) => c.method === "sendDocument");
  const file = Object.values(sheetCall!.files)[0]!;
  expect(file.fileName).toMatch(/^Tình-hình-nộp-báo-cáo-\d\d-\d\d-\d{4}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Tình hình")!;
  expect(sheet.rowCount).toBe(3001);
  expect(sheet.getRow(1).values).toEqual([undefined, "Mã đơn vị", "Đơn vị", "Tình trạng", "Đã trả lời", "Người nộp", "Thời điểm nộp", "Nộp muộn"]);
  expect(sheet.getRow(2).getCell(1).value).toBe("U0000");
  expect(sheet.getRow(3001).getCell(3).value).toBe("QUÁ HẠN, chưa bắt đầu");
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
});

it("sends nothing more to a chat that removed the bot (403), not even the answer to a command", async () => {
  const t = await start();
  const gone = -1003999999999;
  await t.server.repos.directory.insertChat({ channel: "telegram", externalId: String(gone), title: "Nhóm cũ", kind: "unbound" });
  await t.server.repos.outbox.enqueue("telegram", String(gone), { kind: "text", text: "Tin 1" }, t.clock());
  await t.server.repos.outbox.enqueue("telegram", String(gone), { kind: "text", text: "Tin 2" }, t.clock());
  t.fake.failNext({ code: 403 }, { chatId: String(gone) });
  await drain(t, 10_000);
  expect((await t.server.repos.directory.findChat("telegram", String(gone)))?.chat.isActive).toBe(false);
  // An unbound chat would be told "not bound"; one that removed the bot is told nothing.
  await t.deliver(t.updates.text(ANH, "/baocao", { chatId: gone }));
  await t.deliver(t.updates.text(ANH, "/trogiup", { chatId: gone }));
  await t.server.repos.outbox.enqueue("telegram", String(gone), { kind: "text", text: "Tin 3" }, t.clock());
  await drain(t, 10_000);
  expect(t.fake.calls.filter((c) => String(c.params.chat_id) === String(gone)).map((c) => c.params.text)).toEqual(["Tin 1"]);
});
