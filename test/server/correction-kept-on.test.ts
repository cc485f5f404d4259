/**
 * A campaign opened while a unit's chat corrects its submitted report of another open campaign:
 * the chat stays on that report until the correction is submitted or the clerk picks the new one,
 * as it does for a draft, and the announcement says so and how. Through the real server and the
 * local chat.
 */
import { expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const { server } = useDemoReport();
const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

/** The officer's /dotbaocao for "Đợt mới" over every unit, confirmed; what the officer read. */
const openNewCampaign = () => openCampaignInChat(server.post);

it("keeps a chat correcting its submitted report on that report when a campaign opens (the new one took it over, the correction unmentioned), until it is sent", async () => {
  await submitFullReport(server, LIEN_CHAU, HOA);
  const [first] = await server.database.db.select().from(server.database.tables.campaigns);
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  expect(await openNewCampaign()).toMatch(/Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt khác còn mở/);
  expect((await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    `Thông báo đợt báo cáo mới: "Đợt mới". Hạn nộp: 17:00 ngày 30/10/2026.\nNhóm đang sửa báo cáo đợt 1 "${first!.title}" nên các tin nhắn trong nhóm vẫn là của báo cáo đó cho đến khi nộp bản sửa. Muốn làm báo cáo mới trước, gõ /baocao 2; /trogiup để xem các lệnh.`,
  ]);
  // /baocao lists the report under correction as the group's, and the correction is sent from here.
  expect(texts(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/^Đơn vị đang có 2 đợt báo cáo mở:\n1\. [^\n]+ — đã nộp \(nhóm đang ở đợt này\)\n2\. Đợt mới — chưa bắt đầu\n/);
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(texts(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp bản sửa lần 1/);
  // Sent: the chat goes on to the new campaign.
  expect(texts(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Báo cáo "Đợt mới"/);
});

it("tells a chat with a draft that it stays on the draft, and how to start the new campaign first (it said only 'Gõ /baocao 2 để bắt đầu')", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  const [first] = await server.database.db.select().from(server.database.tables.campaigns);
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  await openNewCampaign();
  expect((await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    `Thông báo đợt báo cáo mới: "Đợt mới". Hạn nộp: 17:00 ngày 30/10/2026.\nNhóm đang làm dở báo cáo đợt 1 "${first!.title}" nên các tin nhắn trong nhóm vẫn là của báo cáo đó cho đến khi nộp. Muốn làm báo cáo mới trước, gõ /baocao 2; /trogiup để xem các lệnh.`,
  ]);
  // Another unit, with nothing in progress, hears the plain announcement.
  expect((await server.repos.localMessages.history("thcs-nam-trieu")).at(-1)?.text).toBe('Thông báo đợt báo cáo mới: "Đợt mới". Hạn nộp: 17:00 ngày 30/10/2026.\nGõ /baocao 2 để bắt đầu báo cáo, /trogiup để xem các lệnh.');
});
