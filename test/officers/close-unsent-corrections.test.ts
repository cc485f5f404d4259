/**
 * Closing a campaign while a unit is correcting its submitted report (reopened with "sửa câu", not
 * sent again with /nop): the close's confirmation names the unit and what closing does to its
 * correction; it said nothing of it, as if every submitted report were final. Through the local
 * chat of the demo, and on the web board's close.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { signIn } from "../helpers/web-session.ts";

const { server } = useOfficersChat();

it("names in the close's confirmation the unit with a correction not sent again, and says it is still taken after the close", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'accept'`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1"))).not.toContain("đang sửa");
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  const asked = text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1"));
  expect(asked).toContain(
    "Trường Tiểu học Liên Châu đang sửa báo cáo đã nộp nhưng chưa nộp lại bản sửa. Sau khi đóng, bản sửa vẫn được nhận khi đơn vị gõ /nop để nộp lại. Nếu chắc chắn, gõ /dotbaocao dong 1 chac (hoặc trả lời \"có\").",
  );
});

it("says a correction not sent again is no longer taken once a campaign refusing late reports is closed", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1"))).toContain(
    "Trường Tiểu học Liên Châu đang sửa báo cáo đã nộp nhưng chưa nộp lại bản sửa. Sau khi đóng, bản sửa không được nhận nữa; báo cáo đã nộp trước đó được giữ nguyên.",
  );
});

it("does not name a unit that reopened a question with /sua and changed nothing", async () => {
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(LIEN_CHAU, HOA, "/sua 9");
  const asked = text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1"));
  expect(asked).toContain('Nếu chắc chắn, gõ /dotbaocao dong 1 chac (hoặc trả lời "có").');
  expect(asked).not.toContain("đang sửa");
});

it("names the unit with a correction not sent again on the web board's close too, in the chat's words", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'accept'`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  const sentence = "Trường Tiểu học Liên Châu đang sửa báo cáo đã nộp nhưng chưa nộp lại bản sửa. Sau khi đóng, bản sửa vẫn được nhận khi đơn vị gõ /nop để nộp lại.";
  const kha = await signIn(server);
  // The script's question on the board, and the notice when closing was not confirmed.
  expect((await kha.get("/web/dot/1")).body).toMatch(new RegExp(`data-confirm="Đóng đợt này\\? [^"]*${sentence}"`));
  const asked = (await kha.get((await kha.postForm("/web/dot/1/dong", {}, "/web/dot/1")).headers.location as string)).body;
  expect(asked).toContain(`${sentence} Nếu chắc chắn, bấm lại`);
  expect((await server.repos.directory.campaignById(1))?.status).toBe("open");
});
