/**
 * A campaign closing while a unit's chat is in the middle of its report: the clerk's next message
 * gets a reply, and no answer typed for the question on screen is lost in silence or stored as
 * another report's. Through the demo's local chat, the officers closing from their own chat.
 */
import { expect, it } from "vitest";
import { replyText as text } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { openNextCampaign } from "../helpers/next-campaign.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";

const NAM_TRIEU = "thcs-nam-trieu";
const LAN = { userId: "u3", userName: "Lan" };
const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";

const { server } = useOfficersChat();

/** What the unit's chat heard from closing campaign `id`. */
async function close(id: number): Promise<string[]> {
  const seen = (await server.repos.localMessages.history(NAM_TRIEU)).length;
  await server.post(OFFICERS, KHA, `/dotbaocao dong ${id} chac`);
  return (await server.repos.localMessages.history(NAM_TRIEU)).slice(seen).map((m) => m.text);
}

it("keeps a chat on the report it was answering when that campaign closes still taking late reports: the next answer is stored there (it passed in silence, lost)", async () => {
  await server.post(NAM_TRIEU, LAN, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) await server.post(NAM_TRIEU, LAN, answer);
  await openNextCampaign(server);
  expect(await close(1)).toEqual([
    `Đợt báo cáo "${TITLE}" đã được cán bộ phụ trách đóng. Báo cáo đang làm dở của đơn vị vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao để làm tiếp, /nop khi đã xong.`,
  ]);
  // Question 4's answer: stored in campaign 1's report, question 5 asked.
  expect(text(await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[3]!))).toMatch(/^Câu 5\/19 /);
  const submission = await server.repos.submissions.find(1, 2);
  expect(await server.repos.submissions.listAnswers(submission!.id)).toHaveLength(4);
});
