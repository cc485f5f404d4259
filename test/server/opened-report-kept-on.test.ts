/**
 * A unit's chat that opened its report (question 1 asked, nothing answered yet) when an officer
 * opens a second campaign: the clerk's next message answers the question asked, instead of
 * passing in silence in the new campaign's report, not started. Through the real server, the
 * officers' /dotbaocao and the local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";
import { useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("stores the answer to the question asked before a second campaign opened, and says so", async () => {
  const [first] = await server.database.db.select().from(server.database.tables.campaigns);
  expect(replyText(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Câu 1\/19/);
  expect(await openCampaignInChat(server.post)).toMatch(/Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt khác còn mở/);
  const told = (await server.repos.localMessages.history(LIEN_CHAU)).at(-1)?.text;
  expect(told).toMatch(/^Thông báo đợt báo cáo mới: "Đợt mới"[^\n]*\nNhóm đang làm dở báo cáo "[^"]+" nên các tin nhắn trong nhóm vẫn là của báo cáo đó[^\n]*gõ \/baocao 2/);

  // The answer typed for question 1 is stored there, and question 2 follows.
  expect(replyText(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!))).toMatch(/Câu 2\/19/);
  const unit = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  const report = await server.repos.submissions.find(first!.id, unit.id);
  expect((await server.repos.submissions.listAnswers(report!.id)).length).toBe(1);
});

it("still lets a report cancelled with no answer go, the chat moving to the new campaign", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, "/huy");
  await server.post(LIEN_CHAU, HOA, "Có");
  expect(await openCampaignInChat(server.post)).toMatch(/đã thông báo tới 3 nhóm\.$/);
  expect(replyText(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Bắt đầu báo cáo "Đợt mới"[\s\S]*Câu 1\/19/);
});
