/**
 * A late report submitted to a campaign closed still taking late reports, with another campaign
 * open, from the users' retest: the chat went on to the open campaign's report saying "gõ /baocao 1
 * trước, rồi /xem hoặc /sua N và /nop", and /baocao 1 then said the closed campaign's submitted
 * report could not be changed. Through the local chat of the demo.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("points a late submission's chat, gone on to another campaign, to /vanban for the report sent, not to corrections it cannot make", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  const units = await server.repos.directory.listUnits();
  const [first] = await server.database.db.select().from(server.database.tables.campaigns);
  await server.repos.transaction(() =>
    server.repos.directory.insertCampaign({ templateId: first!.templateId, title: "Đợt mới", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2027-10-10T10:00:00Z") }, units.map((u) => u.id)),
  );
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  await server.post(LIEN_CHAU, HOA, "/baocao 1");
  await server.post(LIEN_CHAU, HOA, "/nop");
  const submitted = replyText(await server.post(LIEN_CHAU, HOA, "Có"));
  expect(submitted).toMatch(/^Đã nộp báo cáo lúc/);
  expect(submitted).toMatch(/nhóm này làm báo cáo đó/);
  expect(submitted).not.toMatch(/Có thể sửa bằng \/sua N|hoặc \/sua N và \/nop/);
  expect(submitted).toMatch(/Muốn nhận văn bản của báo cáo vừa nộp, gõ \/vanban 1\./);
  // What it says works: the document of the report sent, the chat staying on the new campaign.
  const document = await server.post(LIEN_CHAU, HOA, "/vanban 1");
  expect(document.some((m) => m.document)).toBe(true);
  expect(replyText(await server.post(LIEN_CHAU, HOA, "/baocao 1"))).toMatch(/đã nộp và đợt đã đóng/);
});
