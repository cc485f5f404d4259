/**
 * A closed campaign's draft, picked with "/baocao N" since it is still taken (late), is a report
 * being answered: an officer returning the unit's other report does not pull the chat off it.
 */
import { expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");
const apps = useTestApps();

it("keeps the chat on the closed campaign's draft picked by /baocao N when an officer returns another report", async () => {
  const { post, repos, database } = await apps.start();
  const [first] = await database.db.select().from(database.tables.campaigns);
  await post(LIEN_CHAU, HOA, "/baocao");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  await openCampaignInChat(post);
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;
  const unit = (await repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  // The unit submits the new campaign's report first, then the first campaign is closed (late reports taken).
  await post(LIEN_CHAU, HOA, `/baocao ${second.id}`);
  await submitFullReport({ post }, LIEN_CHAU, HOA);
  expect((await repos.submissions.find(second.id, unit.id))?.status).toBe("submitted");
  expect(texts(await post(OFFICERS, KHA, `/dotbaocao dong ${first!.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
  // The unit goes back to its closed draft by its number, and answers question 2.
  expect(texts(await post(LIEN_CHAU, HOA, `/baocao ${first!.id}`))).toMatch(/Câu 2\/21/);
  expect(texts(await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/Câu 3\/21/);
  // The officer returns the new campaign's report.
  const seen = (await repos.localMessages.history(LIEN_CHAU)).length;
  expect(texts(await post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Bổ sung số sách quyên góp"))).toMatch(/^Đã trả lại báo cáo "Đợt mới" của Trường Tiểu học Liên Châu/);
  // The unit hears of the return, with the number that reaches it; its chat stays on the draft.
  expect((await repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text).join("\n")).toMatch(new RegExp(`/baocao ${second.id}`));
  expect(texts(await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[2]!))).toMatch(/Câu 4\/21/);
  expect((await repos.directory.findOpenCampaign(unit.id))?.campaign.id).toBe(first!.id);
  expect(await repos.submissions.listAnswers((await repos.submissions.find(first!.id, unit.id))!.id)).toHaveLength(3);
});
