/**
 * A unit's draft in a campaign closed still taking late reports, then a new campaign opened: the
 * chat stays on the draft (its next answer went to the new campaign, not started, in silence, and
 * was lost). Through the real server, the officers' /dotbaocao and the local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

/** The officer's /dotbaocao for "Đợt mới" over every unit, confirmed; what the officer read. */
const openNewCampaign = () => openCampaignInChat(server.post);

it("keeps the chat on its draft of a campaign closed still taking late reports when a new campaign opens, and stores the next answer there (it was lost in silence)", async () => {
  await reportAt(3);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  await openNewCampaign();
  const [first] = await server.database.db.select().from(server.database.tables.campaigns);
  // The announcement says the chat stays on the draft, and how to start the new one.
  expect((await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text).join("\n")).toContain(`Nhóm đang làm dở báo cáo đợt 1 "${first!.title}"`);
  // Question 3's answer is stored in the closed campaign's draft and question 4 is asked.
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[2]!))).toMatch(/Câu 4\/21/);
  expect(Object.keys(await storedAnswers(1))).toHaveLength(3);
  // The new campaign is still reached by its number.
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(/Đợt mới/);
});
