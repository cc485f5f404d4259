/**
 * A clerk's greeting before any report ("dạ chào bot ạ"), through the real server: in the unit's
 * group a greeting that names or mentions the bot gets one short line on how to start; the group's
 * own greetings ("xin chào", "chào cả nhà") pass in silence; in a private chat any greeting is
 * answered. A name given with it ("em là Minh") is greeted by; words that are no name are not.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { ANH, useTelegramHarnesses } from "../helpers/telegram-harness.ts";

const { server } = useDemoReport();
const harnesses = useTelegramHarnesses();

const GREETING = "Chào anh/chị! Để bắt đầu báo cáo của đơn vị, gõ /baocao: bot sẽ hỏi lần lượt từng câu. Gõ /trogiup để xem các lệnh.";

it("answers a greeting said to the bot in the group, also with who speaks after it, with one line on /baocao, and lets the group's own greetings pass", async () => {
  for (const greeting of ["dạ chào bot ạ", "chào bot", "hello bot", "Chào bot nhé!", "@Bot Báo Cáo xin chào"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, greeting)), greeting).toBe(GREETING);
  }
  // Said to colleagues, or no greeting: nothing from the bot.
  for (const talk of ["xin chào", "chào cả nhà", "dạ chào chị ạ", "chào cờ đầu tuần"]) {
    expect(await server.post(LIEN_CHAU, MINH, talk), talk).toEqual([]);
  }
  // A greeting to the bot followed by who speaks, but no name in it: the same line, "anh/chị".
  for (const greeting of ["chào bot, em là giáo viên ạ", "Chào bot, em là văn thư", "chào bot, em là cô Minh"]) {
    expect(text(await server.post(LIEN_CHAU, MINH, greeting)), greeting).toBe(GREETING);
  }
  // Not who speaks at all: the group's talk, as before.
  expect(await server.post(LIEN_CHAU, MINH, "chào bot, em muốn báo cáo")).toEqual([]);
  // Who speaks, said to a colleague: still the group's talk.
  expect(await server.post(LIEN_CHAU, MINH, "chào cả nhà, em là Thu ạ")).toEqual([]);
  // The greeting started nothing: /baocao asks question 1.
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/\n---\nCâu 1\/21 — /);
});

it("greets by the name the clerk gave with the greeting (it said 'anh/chị' to 'em là Minh')", async () => {
  const greeted = (name: string) => GREETING.replace("anh/chị", `anh/chị ${name}`);
  expect(text(await server.post(LIEN_CHAU, MINH, "Chào bot, em là Minh ạ"))).toBe(greeted("Minh"));
  expect(text(await server.post(LIEN_CHAU, MINH, "chào bot ạ, em tên là Nguyễn Thu Hà"))).toBe(greeted("Nguyễn Thu Hà"));
  // Named with "tên là", a name typed in lower case is still a name, written as one.
  expect(text(await server.post(LIEN_CHAU, MINH, "chào bot, em tên là thu hà"))).toBe(greeted("Thu Hà"));
  // A last name word that folds to a courtesy word ("Nhã": "nha") is the name's; a courtesy word after it is not.
  expect(text(await server.post(LIEN_CHAU, MINH, "chào bot, em là Nguyễn Thanh Nhã"))).toBe(greeted("Nguyễn Thanh Nhã"));
  expect(text(await server.post(LIEN_CHAU, MINH, "chào bot, em tên là Thanh Nhã nha"))).toBe(greeted("Thanh Nhã"));
  // The greeting started nothing: /baocao asks question 1.
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/\n---\nCâu 1\/21 — /);
});

it("answers any greeting in a private chat: a unit's one with /baocao, another with where reports are made", async () => {
  const t = await harnesses.start();
  const BOUND = 7001;
  const UNBOUND = 7002;
  await t.server.repos.directory.insertChat({ channel: "telegram", externalId: String(BOUND), title: "Lan", kind: "unit", unitId: 1 });
  await t.deliver(t.updates.text(ANH, "xin chào", { chatId: BOUND }));
  expect(t.fake.sentTo(BOUND).map((c) => c.params.text)).toEqual([GREETING]);
  await t.deliver(t.updates.text(ANH, "xin chào", { chatId: UNBOUND }));
  await t.deliver(t.updates.text(ANH, "chào bot, em là Lan", { chatId: UNBOUND }));
  expect(t.fake.sentTo(UNBOUND).map((c) => c.params.text)).toEqual([
    "Chào anh/chị! Báo cáo của đơn vị được làm trong nhóm chat của đơn vị: gõ /baocao trong nhóm đó để bắt đầu. Gõ /trogiup để xem các lệnh.",
    "Chào anh/chị Lan! Báo cáo của đơn vị được làm trong nhóm chat của đơn vị: gõ /baocao trong nhóm đó để bắt đầu. Gõ /trogiup để xem các lệnh.",
  ]);
});
