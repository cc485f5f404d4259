/**
 * A close refusing late reports that leaves a unit's chat on another report: the chat is told which
 * report its messages now go to (it was moved in silence), and /web in it says where that report
 * stands (it read "không nộp được" of the closed one). Through the demo's local chat.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";

const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const PAGE = "Trang web chỉ dành cho cán bộ phụ trách, mở từ nhóm của cán bộ phụ trách.";

const { server } = useOfficersChat();

/** Opens campaign 2 ("Đợt mới") over every unit, refusing late reports. */
async function openSecond() {
  const templateId = (await server.repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id;
  const units = (await server.repos.directory.listUnits()).map((u) => u.id);
  await server.repos.directory.insertCampaign({ templateId, title: "Đợt mới", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, units);
  await server.database.run(sql`update campaigns set late_policy = 'refuse' where id = 2`);
}

/** What the unit's chat heard from the close of campaign 2. */
async function closeSecond(): Promise<string[]> {
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  await server.post(OFFICERS, KHA, "/dotbaocao dong 2 chac");
  return (await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text);
}

it("names the older open campaign's report the chat goes back to when the one it was on, not started, closes refusing late reports (it said only 'không nhận báo cáo nộp muộn')", async () => {
  await openSecond();
  await server.post(LIEN_CHAU, HOA, "/baocao 2");
  expect(await closeSecond()).toEqual([
    `Đợt báo cáo "Đợt mới" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. Đợt này không nhận báo cáo nộp muộn. Từ giờ các tin nhắn trong nhóm là của "${TITLE}" đang mở: gõ /baocao để làm báo cáo đó.`,
  ]);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(new RegExp(`^Bắt đầu "${TITLE}"`));
});

it("names an older closed campaign still taking the report as where the chat goes, and /web says that report is taken (it said the closed one's report could not be sent)", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  await server.database.run(sql`update campaigns set late_policy = 'accept'`);
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  await openSecond();
  await server.post(LIEN_CHAU, HOA, "/baocao 2");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  expect(await closeSecond()).toEqual([
    `Đợt báo cáo "Đợt mới" đã được cán bộ phụ trách đóng và không nhận báo cáo nộp muộn, nên báo cáo đang làm dở của đơn vị không nộp được nữa. Các câu đã trả lời vẫn được lưu; nếu cần nộp, hãy liên hệ cán bộ phụ trách. Từ giờ các tin nhắn trong nhóm là của "${TITLE}" (đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn): gõ /baocao để làm báo cáo đó.`,
  ]);
  expect(text(await server.post(LIEN_CHAU, HOA, "/web"))).toBe(`${PAGE} Báo cáo của đơn vị làm ngay trong nhóm này: gõ /baocao để tiếp tục, /xem để xem lại các câu đã trả lời.`);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(new RegExp(`^Tiếp tục "${TITLE}"`));
});

it("tells a chat already on the closed campaign's report (picked by /baocao 2, under way) to go on there, with no '/baocao 2' to type", async () => {
  await openSecond();
  await server.database.run(sql`update campaigns set late_policy = 'accept' where id = 2`);
  await server.post(LIEN_CHAU, HOA, "/baocao 2");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  const heard = await closeSecond();
  expect(heard).toEqual([
    `Đợt báo cáo "Đợt mới" đã được cán bộ phụ trách đóng. Báo cáo đang làm dở của đơn vị vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao để làm tiếp, /nop khi đã xong.`,
  ]);
  // The chat is indeed still on it: its next answer is campaign 2's question 2.
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/"Đợt mới"/);
});

it("does not send a chat to 'làm báo cáo đó' of a report it has submitted when the one it was on closes refusing late reports: it says that report is submitted and what it can do", async () => {
  await openSecond();
  // Campaign 1's report submitted; the chat then on campaign 2's.
  await server.post(LIEN_CHAU, HOA, "/baocao 1");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  await server.post(LIEN_CHAU, HOA, "/baocao 2");
  const heard = await closeSecond();
  expect(heard).toEqual([
    `Đợt báo cáo "Đợt mới" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. Đợt này không nhận báo cáo nộp muộn. Từ giờ các tin nhắn trong nhóm là của "${TITLE}" đang mở, đơn vị đã nộp báo cáo này: gõ /xem để xem lại, /vanban để nhận văn bản, /sua N nếu cần sửa.`,
  ]);
});
