/**
 * A unit in two open campaigns: what /huy and /nop say must hold for the report the chat is on
 * afterwards. The cancel reply named no report, and "Gõ /baocao để bắt đầu lại" started the newest
 * one; the submit reply offered "/sua N rồi /nop lại" just before the chat moved to the other
 * report. Through the real server and the local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { openNextCampaign } from "../helpers/next-campaign.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();

it("names the cancelled report and says /baocao N to start it again when another campaign is open", async () => {
  const app = await apps.start();
  const { first } = await openNextCampaign(app, "Đợt mới");
  await app.post(LIEN_CHAU, HOA, `/baocao ${first.id}`);
  await app.post(LIEN_CHAU, HOA, "bỏ qua ạ");
  await app.post(LIEN_CHAU, HOA, "/huy");
  const cancelled = replyText(await app.post(LIEN_CHAU, HOA, "Có"));
  expect(cancelled).toContain(`Đã hủy báo cáo đợt ${first.id} "${first.title}" và xóa các câu trả lời.`);
  expect(cancelled).toContain(`gõ /baocao ${first.id}`);
  expect(cancelled).not.toMatch(/Gõ \/baocao để bắt đầu lại/);
  // What the reply promised: /baocao N starts that report again.
  expect(replyText(await app.post(LIEN_CHAU, HOA, `/baocao ${first.id}`))).toMatch(new RegExp(`"${first.title}"[\\s\\S]*Câu 1/21`));
});

it("names the cancelled report and keeps /baocao alone to start again where the unit has one campaign", async () => {
  const app = await apps.start();
  const [campaign] = await app.database.db.select().from(app.database.tables.campaigns);
  await app.post(LIEN_CHAU, HOA, "/baocao");
  await app.post(LIEN_CHAU, HOA, "/huy");
  expect(replyText(await app.post(LIEN_CHAU, HOA, "Có"))).toBe(`Đã hủy báo cáo đợt ${campaign!.id} "${campaign!.title}" và xóa các câu trả lời. Gõ /baocao để bắt đầu lại.`);
});

it("says /baocao N before /sua N in the submit reply when the chat goes on to the other campaign's report", async () => {
  const app = await apps.start();
  const { first } = await openNextCampaign(app, "Đợt mới");
  await app.post(LIEN_CHAU, HOA, `/baocao ${first.id}`);
  for (const answer of FULL_REPORT_ANSWERS) await app.post(LIEN_CHAU, HOA, answer);
  await app.post(LIEN_CHAU, HOA, "/nop");
  const submitted = replyText(await app.post(LIEN_CHAU, HOA, "Có"));
  expect(submitted).toMatch(/Lưu ý: đơn vị còn báo cáo "Đợt mới" chưa nộp, nên từ tin nhắn tiếp theo nhóm này làm báo cáo đó/);
  expect(submitted).not.toMatch(/Có thể sửa bằng \/sua N/);
  expect(submitted).toMatch(new RegExp(`Đã nộp báo cáo lúc [^\\n]*Có thể sửa bằng /baocao ${first.id} rồi /sua N và /nop lại\\.`));
});

it("names a campaign whose title says its đợt by the title, its number after it, not 'đợt N \"Đợt hai\"', on /huy (its confirmation too) and on the officers' /trangthai N", async () => {
  const app = await apps.start();
  const { second } = await openNextCampaign(app, "Đợt hai");
  await app.post(LIEN_CHAU, HOA, `/baocao ${second.id}`);
  // The confirmation names the report that loses its answers (the unit may have two under way).
  expect(replyText(await app.post(LIEN_CHAU, HOA, "/huy"))).toMatch(new RegExp(`^Hủy báo cáo "Đợt hai" \\(số ${second.id}\\) sẽ xóa toàn bộ câu trả lời đã nhập\\.`));
  const cancelled = replyText(await app.post(LIEN_CHAU, HOA, "Có"));
  expect(cancelled).toContain(`Đã hủy báo cáo "Đợt hai" (số ${second.id}) và xóa các câu trả lời. Muốn làm lại báo cáo này, gõ /baocao ${second.id}`);
  const status = replyText(await app.post(OFFICERS, KHA, `/trangthai ${second.id}`));
  expect(status).toContain(`Tình hình "Đợt hai" (số ${second.id}) — hạn`);
  expect(`${cancelled}\n${status}`).not.toMatch(/đợt \d+ "Đợt hai"/);
  // Closed: said with its number, in one bracket.
  await app.repos.officers.closeCampaign(second.id);
  expect(replyText(await app.post(OFFICERS, KHA, `/trangthai ${second.id}`))).toContain(`Tình hình "Đợt hai" (số ${second.id}, đã đóng, vẫn nhận báo cáo nộp muộn) — hạn`);
});

it("names a campaign titled 'Báo cáo đột xuất' as any other, by its number first: 'đột' is no 'đợt'", async () => {
  const app = await apps.start();
  const { second } = await openNextCampaign(app, "Báo cáo đột xuất tháng 12");
  const status = replyText(await app.post(OFFICERS, KHA, `/trangthai ${second.id}`));
  expect(status).toContain(`Tình hình "Báo cáo đột xuất tháng 12" (số ${second.id}) — hạn`);
});
