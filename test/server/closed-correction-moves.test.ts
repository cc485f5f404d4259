/**
 * A submitted report reopened with /sua N, then its campaign closed refusing late reports while the
 * unit has another campaign's report in progress: the chat is told the correction can no longer be
 * sent and which report its messages now go to (it heard nothing, and "900", "Giữ" meant for the
 * correction went to the other report without a word). Through the local chat of the demo.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("tells a chat correcting a report whose campaign closed refusing late reports that the correction is not taken and which report it is on, and answers what follows", async () => {
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  await server.database.run(sql`update campaigns set late_policy = 'refuse' where id = ${first.id}`);
  // The new campaign's report in progress, then back to the submitted one to correct question 9.
  await server.post(LIEN_CHAU, HOA, "/baocao 2");
  await server.post(LIEN_CHAU, HOA, "Không");
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!))).toMatch(/Câu 2\//);
  await server.post(LIEN_CHAU, HOA, `/baocao ${first.id}`);
  expect(text(await server.post(LIEN_CHAU, HOA, "/sua 9"))).toMatch(/Câu 9/);
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  await server.post(OFFICERS, KHA, `/dotbaocao dong ${first.id} chac`);
  const told = (await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text).join("\n");
  expect(told).toBe(
    `Đợt báo cáo "${first.title}" đã được cán bộ phụ trách đóng và không nhận báo cáo nộp muộn, nên bản sửa báo cáo của đơn vị không được nhận nữa: các sửa đổi chưa nộp lại không được gửi, báo cáo đã nộp trước đó được giữ nguyên. Từ giờ các tin nhắn trong nhóm là của báo cáo "Đợt mới" đang mở: gõ /baocao để làm báo cáo đó.`,
  );
  // Each message after the close is answered, as of the new campaign's report it now goes to.
  for (const typed of ["900", "Giữ", "câu này hỏi gì vậy?"]) expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(/Câu 2\/21/);
});

it("tells a chat correcting a report whose campaign closed refusing late reports, with no other report to go to, that the correction is not taken and what it can still do", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(LIEN_CHAU, HOA, "/sua 9");
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  expect((await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    expect.stringMatching(/nên bản sửa báo cáo của đơn vị không được nhận nữa: .* Gõ \/xem để xem lại báo cáo đã nộp, \/vanban để nhận văn bản; nếu cần sửa, hãy liên hệ cán bộ phụ trách\.$/),
  ]);
});
