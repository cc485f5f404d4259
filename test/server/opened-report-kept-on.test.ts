/**
 * A unit's chat that opened its report (question 1 asked, nothing answered yet) when an officer
 * opens a second campaign: the clerk's next message answers the question asked, instead of
 * passing in silence in the new campaign's report, not started. Through the real server, the
 * officers' /dotbaocao and the local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { DUE_BEFORE_DEMO, openCampaignInChat } from "../helpers/new-campaign-chat.ts";
import { useOfficersChat } from "../helpers/officers-chat.ts";

const { server, setNow } = useOfficersChat();
const DAY = 24 * 60 * 60 * 1000;
/** The demo's clock (demo-report.ts), from which the days are counted. */
const DEMO_NOW = "2026-10-08T03:15:00Z";

it("stores the answer to the question asked before a second campaign opened, and says so", async () => {
  const [first] = await server.database.db.select().from(server.database.tables.campaigns);
  expect(replyText(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Câu 1\/21/);
  expect(await openCampaignInChat(server.post)).toMatch(/Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt khác còn mở/);
  const told = (await server.repos.localMessages.history(LIEN_CHAU)).at(-1)?.text;
  expect(told).toMatch(/^Thông báo đợt báo cáo mới: "Đợt mới"[^\n]*\nNhóm đã mở báo cáo đợt 1 "[^"]+" nhưng chưa trả lời câu nào; các tin nhắn trong nhóm vẫn là của báo cáo đó[^\n]*gõ \/baocao 2/);

  // The answer typed for question 1 is stored there, and question 2 follows.
  expect(replyText(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!))).toMatch(/Câu 2\/21/);
  const unit = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  const report = await server.repos.submissions.find(first!.id, unit.id);
  expect((await server.repos.submissions.listAnswers(report!.id)).length).toBe(1);
});

it("tells a chat that opened its report and answered nothing that it has, naming that report by number and title (it said 'đang làm dở', no number)", async () => {
  const [first] = await server.database.db.select().from(server.database.tables.campaigns);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await openCampaignInChat(server.post);
  expect((await server.repos.localMessages.history(LIEN_CHAU)).at(-1)?.text).toBe(
    `Thông báo đợt báo cáo mới: "Đợt mới". Hạn nộp: 17:00 ngày 30/10/2026.\nNhóm đã mở báo cáo đợt 1 "${first!.title}" nhưng chưa trả lời câu nào; các tin nhắn trong nhóm vẫn là của báo cáo đó cho đến khi nộp. Muốn làm báo cáo mới trước, gõ /baocao 2; /trogiup để xem các lệnh.`,
  );
});

it("still lets a report cancelled with no answer go, the chat moving to the new campaign", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, "/huy");
  await server.post(LIEN_CHAU, HOA, "Có");
  // Due first, the new campaign is where a chat with no report under way goes.
  expect(await openCampaignInChat(server.post, "Đợt mới", "accept", DUE_BEFORE_DEMO)).toMatch(/đã thông báo tới 3 nhóm\.$/);
  expect(replyText(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Bắt đầu báo cáo "Đợt mới"[\s\S]*Câu 1\/21/);
});

it("lets the chat go to the new campaign once the report it was kept on is cancelled (/huy)", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  expect(await openCampaignInChat(server.post, "Đợt mới", "accept", DUE_BEFORE_DEMO)).toMatch(/Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt khác còn mở/);
  await server.post(LIEN_CHAU, HOA, "/huy");
  await server.post(LIEN_CHAU, HOA, "Có");
  // Nothing under way: the chat is where a chat with no report goes, the open campaign due first.
  expect(replyText(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Bắt đầu báo cáo "Đợt mới"[\s\S]*Câu 1\/21/);
});

it("keeps no chat on a report opened more than a week before a second campaign opens and never answered", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  setNow(new Date(Date.parse(DEMO_NOW) + 8 * DAY));
  expect(await openCampaignInChat(server.post, "Đợt mới", "accept", DUE_BEFORE_DEMO)).toMatch(/đã thông báo tới 3 nhóm\.$/);
  expect(replyText(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Bắt đầu báo cáo "Đợt mới"[\s\S]*Câu 1\/21/);
});

it("still keeps the chat on a report opened six days before and never answered", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  setNow(new Date(Date.parse(DEMO_NOW) + 6 * DAY));
  expect(await openCampaignInChat(server.post)).toMatch(/Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt khác còn mở/);
});
