/**
 * "Có" to a submission's confirmation (/nop) after the officer closed that campaign in between,
 * refusing late reports, while another campaign of the unit's is open, from the users' retest: the
 * chat had moved to the open campaign and the yes got no reply at all. Now the refusal the bot
 * says of such a campaign elsewhere (/baocao N) is said, and nothing is submitted. With no other
 * campaign open, a yes after the closing was said once to another message passed in silence too.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { KHA, OFFICERS, text } from "../helpers/officers-chat.ts";

const { server, setNow } = useDemoReport();

it("says campaign 1 closed and its report is not taken, in /baocao 1's words, and submits nothing", async () => {
  const { repos, database } = server;
  await database.run(sql`update campaigns set late_policy = 'refuse'`);
  const [first] = await database.db.select().from(database.tables.campaigns);
  const units = await repos.directory.listUnits();
  await repos.transaction(() => repos.directory.insertCampaign({ templateId: first!.templateId, title: "Đợt mới", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2027-10-10T10:00:00Z") }, units.map((u) => u.id)));
  await server.post(LIEN_CHAU, HOA, `/baocao ${first!.id}`);
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "/nop"))).toMatch(/Xác nhận nộp báo cáo\?/);
  expect(text(await server.post(OFFICERS, KHA, `/dotbaocao dong ${first!.id} chac`))).toMatch(/^Đã đóng đợt báo cáo .*Báo cáo nộp muộn: không nhận\.$/);

  const refusal = text(await server.post(LIEN_CHAU, HOA, "Có"));
  expect(refusal).toBe(
    `Đợt báo cáo "${first!.title}" đã đóng. Đợt này không nhận báo cáo nộp muộn nên báo cáo của đơn vị không nộp được nữa; nếu cần nộp, vui lòng liên hệ cán bộ phụ trách của UBND phường Nam Triệu. Nhóm đang ở báo cáo "Đợt mới": gõ /baocao để làm báo cáo đó.`,
  );
  expect(text(await server.post(LIEN_CHAU, HOA, `/baocao ${first!.id}`))).toBe(refusal);
  expect((await repos.submissions.find(first!.id, 1))?.status).toBe("in_progress");
  expect(await repos.submissions.versionAnswers((await repos.submissions.find(first!.id, 1))!.id, 1)).toBeUndefined();
});

it("with no other campaign open, says so to every 'Có' to the confirmation, also once the closing was said to an earlier message, and submits nothing", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "/nop"))).toMatch(/Xác nhận nộp báo cáo\?/);
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  const closed = `Đợt báo cáo "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" đã đóng. Đợt này không nhận báo cáo nộp muộn nên báo cáo của đơn vị không nộp được nữa; nếu cần nộp, vui lòng liên hệ cán bộ phụ trách của UBND phường Nam Triệu.`;
  // The first message after the close hears it as "not stored"; the yes after it passed in silence.
  expect(text(await server.post(LIEN_CHAU, HOA, "để em xem lại đã"))).toBe(`Câu trả lời này không được lưu vì đ${closed.slice(1)}`);
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toBe(closed);
  expect(text(await server.post(LIEN_CHAU, HOA, "có ạ"))).toBe(closed);
  expect((await server.repos.submissions.find(1, 1))?.status).toBe("in_progress");
});

it("with no other campaign open, the refusal is said again only to a yes to the confirmation within 30 minutes of /nop: another member's 'ok' and 'không', and the asker's 'Có' 40 minutes or 5 days later, are the group's talk", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  const asked = Date.parse("2026-10-08T03:15:00Z");
  setNow(new Date(asked + 25 * 60_000));
  expect(text(await server.post(LIEN_CHAU, HOA, "để em xem lại đã"))).toMatch(/^Câu trả lời này không được lưu vì đợt báo cáo .* đã đóng/);

  // Minh's bare "ok" may be said to anyone in the chat (the confirmation takes it from Hoa only), and a no asks nothing.
  expect(await server.post(LIEN_CHAU, MINH, "ok")).toEqual([]);
  expect(await server.post(LIEN_CHAU, MINH, "không")).toEqual([]);
  expect(await server.post(LIEN_CHAU, HOA, "không ạ")).toEqual([]);
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đợt báo cáo .* đã đóng\. Đợt này không nhận báo cáo nộp muộn/);

  // 40 minutes after /nop asked (15 after the closing was said): no more a yes to it.
  setNow(new Date(asked + 40 * 60_000));
  expect(await server.post(LIEN_CHAU, HOA, "Có")).toEqual([]);
  setNow(new Date(asked + 5 * 86_400_000));
  expect(await server.post(LIEN_CHAU, HOA, "Có")).toEqual([]);
  expect(await server.post(LIEN_CHAU, MINH, "ok")).toEqual([]);
  expect((await server.repos.submissions.find(1, 1))?.status).toBe("in_progress");
});
