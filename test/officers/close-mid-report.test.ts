/**
 * A campaign closing while a unit's chat is in the middle of its report: the clerk's next message
 * gets a reply, and no answer typed for the question on screen is lost in silence or stored as
 * another report's. Through the demo's local chat, the officers closing from their own chat.
 */
import { sql } from "drizzle-orm";
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
  expect(text(await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[3]!))).toMatch(/^Câu 5\/21 /);
  const submission = await server.repos.submissions.find(1, 2);
  expect(await server.repos.submissions.listAnswers(submission!.id)).toHaveLength(4);
});

/** Campaign 2 ("Đợt mới") opened over every unit, refusing late reports. */
async function openSecondRefusing() {
  await openNextCampaign(server, "Đợt mới");
  await server.database.run(sql`update campaigns set late_policy = 'refuse' where id = 2`);
}

const NOT_STORED =
  'Câu trả lời này không được lưu vì đợt báo cáo "Đợt mới" đã đóng. Đợt này không nhận báo cáo nộp muộn nên báo cáo của đơn vị không nộp được nữa; nếu cần nộp, vui lòng liên hệ cán bộ phụ trách của UBND phường Nam Triệu.';

/** The answers stored in the unit's report of campaign `id`. */
async function answersIn(id: number) {
  const submission = await server.repos.submissions.find(id, 2);
  return submission ? server.repos.submissions.listAnswers(submission.id) : [];
}

it("answers the clerk's next message after a close refusing late reports moved the chat, mid-question, to a report not started: not stored, why, and that the chat is now on that report (it passed in silence)", async () => {
  await openSecondRefusing();
  await server.post(NAM_TRIEU, LAN, "/baocao 2");
  await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!);
  await close(2);
  expect(text(await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[1]!))).toBe(
    `${NOT_STORED} Các tin nhắn trong nhóm giờ là của "${TITLE}" đang mở, chưa bắt đầu: gõ /baocao để bắt đầu báo cáo đó.`,
  );
  expect(await answersIn(1)).toEqual([]);
  // Said once: then the report is as it was told, started by /baocao.
  expect(text(await server.post(NAM_TRIEU, LAN, "/baocao"))).toMatch(new RegExp(`^Bắt đầu "${TITLE}"`));
});

it("does not store the clerk's next message in the report a close refusing late reports moved the chat to, mid-question: refused with that report's question (it was stored as its question 1 under the question 2 on screen)", async () => {
  // Campaign 1's report opened at question 1, closed still taking it; then campaign 2's, at question 2.
  await server.post(NAM_TRIEU, LAN, "/baocao");
  await close(1);
  await openSecondRefusing();
  await server.post(NAM_TRIEU, LAN, "/baocao");
  await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!);
  await close(2);
  const replies = await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[1]!);
  expect(replies.map((m) => m.text)).toEqual([
    `${NOT_STORED} Các tin nhắn trong nhóm giờ là của "${TITLE}" (đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn), câu đang hỏi:`,
    expect.stringMatching(/^Câu 1\/21 — /),
  ]);
  expect(await answersIn(1)).toEqual([]);
  // Said once: the question shown is answered as usual.
  expect(text(await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!))).toMatch(/^Câu 2\/21 — /);
  expect(await answersIn(1)).toHaveLength(1);
});

it("tells a chat that stays on a closed campaign's report it had picked, when another campaign closes, that it stays there, as closed still taking late reports: no 'đang mở', no 'gõ /baocao'", async () => {
  await server.post(NAM_TRIEU, LAN, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) await server.post(NAM_TRIEU, LAN, answer);
  await openSecondRefusing();
  await close(1);
  expect(text(await server.post(NAM_TRIEU, LAN, "/baocao 1"))).toMatch(/Câu 5\/21/);
  expect(await close(2)).toEqual([
    `Đợt báo cáo "Đợt mới" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. Đợt này không nhận báo cáo nộp muộn. Các tin nhắn trong nhóm vẫn là của "${TITLE}" (đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn) mà nhóm đang làm.`,
  ]);
  expect(text(await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[4]!))).toMatch(/^Câu 6\/21 — /);
});

it("does not call the closed campaign's report a chat is working on 'còn mở' when another campaign, not started, closes still taking late reports", async () => {
  await server.post(NAM_TRIEU, LAN, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) await server.post(NAM_TRIEU, LAN, answer);
  await openNextCampaign(server, "Đợt mới");
  await close(1);
  expect(await close(2)).toEqual([
    `Đợt báo cáo "Đợt mới" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. Báo cáo vẫn được nhận nhưng ghi là nộp muộn. Nhóm đang làm báo cáo của đợt khác (đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn): gõ /baocao 2 để chuyển sang báo cáo đợt này.`,
  ]);
});

it("lets the group's talk after such a close pass as the group's own ('ok chị', 'cảm ơn ạ', an emoji), the next real answer still told it was not stored", async () => {
  await openSecondRefusing();
  await server.post(NAM_TRIEU, LAN, "/baocao 2");
  await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!);
  await close(2);
  // Each was refused as the answer not stored, and the mark gone, the real answer after it passed in silence.
  for (const talk of ["ok chị", "cảm ơn ạ", "👍"]) expect(await server.post(NAM_TRIEU, LAN, talk)).toEqual([]);
  expect(text(await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[1]!))).toMatch(new RegExp(`^${NOT_STORED.replace(/[.()]/g, "\\$&")}`));
  expect(await answersIn(1)).toEqual([]);
});

it("takes 'ok ạ' after such a close as the answer to the yes-no question left on screen, not as the group's talk: told it was not stored (it passed in silence)", async () => {
  await openSecondRefusing();
  await server.post(NAM_TRIEU, LAN, "/baocao 2");
  let asked: string[] = [];
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) asked = text(await server.post(NAM_TRIEU, LAN, answer)).split("\n");
  // The question on screen: the opening ceremony, Có or Không.
  expect(asked.join("\n")).toContain("Lễ khai mạc");
  await close(2);
  expect(text(await server.post(NAM_TRIEU, LAN, "ok ạ"))).toMatch(new RegExp(`^${NOT_STORED.replace(/[.()]/g, "\\$&")}`));
});

it.each(["/baocao 1", "baocao 1"])("forgets the 'not stored' notice once '%s' moves the chat on after such a close: back on that report after /huy, the next message is not refused as the closed report's answer", async (moving) => {
  await openSecondRefusing();
  await openNextCampaign(server, "Đợt ba");
  // Due before campaign 1, so that a chat with no report under way goes to campaign 3's.
  await server.database.run(sql`update campaigns set deadline_at = ${Date.parse("2026-10-20T10:00:00Z")} where title = 'Đợt ba'`);
  await server.post(NAM_TRIEU, LAN, "/baocao 2");
  await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!);
  // Closing campaign 2 moves the chat to campaign 3's report, marked; the clerk then picks campaign 1.
  await close(2);
  expect(text(await server.post(NAM_TRIEU, LAN, moving))).toMatch(new RegExp(`^Đã chuyển sang "${TITLE}"`));
  // Cancelled, the pick is released: the chat is back on campaign 3's report, not started.
  await server.post(NAM_TRIEU, LAN, "/huy");
  expect(text(await server.post(NAM_TRIEU, LAN, "Có"))).toMatch(/^Đã hủy báo cáo/);
  // The group's talk there passes as in any chat whose report is not started (it was told "không được lưu … Đợt mới").
  expect(await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[1]!)).toEqual([]);
  expect(text(await server.post(NAM_TRIEU, LAN, "/baocao"))).toMatch(/Bắt đầu báo cáo "Đợt ba"/);
});
