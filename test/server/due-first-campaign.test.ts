/**
 * A unit in two open campaigns whose reports it has not started: a plain /baocao starts the one
 * due first, whichever was opened last, and the list of the unit's campaigns reads in that order,
 * each still under its own number (a clerk who read "2." and typed /baocao 2 gets that campaign).
 * The demo's campaign is due 22/10/2026 at 17:00; the officer opens "Đợt mới" through /dotbaocao.
 * Through the real server and the local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText, useTestApps } from "../helpers/build-test-app.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const apps = useTestApps();

it("starts the older campaign, due first, when the one opened last is due later, and lists it first", async () => {
  const { post, database } = await apps.start();
  await openCampaignInChat(post, "Đợt mới", "accept", "30/10/2026");
  const [first] = await database.db.select().from(database.tables.campaigns);
  const reply = replyText(await post(LIEN_CHAU, HOA, "/baocao"));
  expect(reply).toContain(
    `Đơn vị đang có 2 đợt báo cáo mở:\n1. ${first!.title} — nhóm đang ở đợt này, chưa trả lời câu nào\n2. Đợt mới — chưa bắt đầu\nMuốn chuyển sang báo cáo khác, gõ /baocao kèm số đợt, ví dụ /baocao 2.`,
  );
  expect(reply).toMatch(new RegExp(`Bắt đầu "${first!.title}"[\\s\\S]*Câu 1/21`));
  // Its number still names it: /baocao 2 moves the chat to "Đợt mới".
  expect(replyText(await post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(/Đợt mới[\s\S]*Câu 1\/21/);
});

it("starts the campaign opened last when it is due first, and lists it first under its own number", async () => {
  const { post, database } = await apps.start();
  await openCampaignInChat(post, "Đợt gấp", "accept", "15/10/2026");
  const [first] = await database.db.select().from(database.tables.campaigns);
  const reply = replyText(await post(LIEN_CHAU, HOA, "/baocao"));
  expect(reply).toContain(
    `Đơn vị đang có 2 đợt báo cáo mở:\n2. Đợt gấp — nhóm đang ở đợt này, chưa trả lời câu nào\n1. ${first!.title} — chưa bắt đầu\nMuốn chuyển sang báo cáo khác, gõ /baocao kèm số đợt, ví dụ /baocao 1.`,
  );
  expect(reply).toMatch(/Bắt đầu báo cáo "Đợt gấp"[\s\S]*Câu 1\/21/);
  // The list's "1." is campaign 1, the demo's, though it is listed second.
  expect(replyText(await post(LIEN_CHAU, HOA, "/baocao 1"))).toMatch(new RegExp(`${first!.title}[\\s\\S]*Câu 1/21`));
});
