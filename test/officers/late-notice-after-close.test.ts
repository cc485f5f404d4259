/**
 * A report answered in full before the deadline, submitted after it once the officer had closed the
 * campaign (taking late reports), from the users' retest: the clerk heard only "Báo cáo được ghi
 * nhận là nộp muộn.", which said neither the deadline nor why a report answered in time was late
 * (lateness is the submission's, lateness.ts). Through the demo's local chats, on SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const { server, reportAt, setNow } = useDemoReport();

it("tells a clerk submitting after the close when the deadline was and that the report is received as late, in one sentence", async () => {
  await reportAt(FULL_REPORT_ANSWERS.length + 1);
  // 9:00 on 23 October in Hà Nội: the deadline (17:00 on 22 October) has passed; the officer closes.
  setNow(new Date("2026-10-23T02:00:00Z"));
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  await server.post(LIEN_CHAU, HOA, "/nop");
  const replies = text(await server.post(LIEN_CHAU, HOA, "Có"));
  expect(replies).toContain("Đã nộp báo cáo lúc 09:00 ngày 23/10/2026. Cảm ơn đơn vị!\n---\nHạn nộp là 17:00 ngày 22/10/2026 và đợt báo cáo đã đóng, nên báo cáo được nhận nhưng ghi là nộp muộn (tính theo lúc nộp, không theo lúc trả lời các câu).\n---\n");
  expect(replies).not.toContain("Báo cáo được ghi nhận là nộp muộn.");
});

it("says a campaign closed before its deadline was closed early, not that its deadline passed", async () => {
  await reportAt(FULL_REPORT_ANSWERS.length + 1);
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toContain(
    "Đợt báo cáo đã được cán bộ phụ trách đóng trước hạn nộp (17:00 ngày 22/10/2026), nên báo cáo được nhận nhưng ghi là nộp muộn.",
  );
});

it("says a report sent seconds after the deadline, in the deadline's own minute, was sent just after it, not at the deadline's time", async () => {
  await reportAt(FULL_REPORT_ANSWERS.length + 1);
  await server.post(LIEN_CHAU, HOA, "/nop");
  // 17:00:07 in Hà Nội: seven seconds after the deadline, both read "17:00 ngày 22/10/2026".
  setNow(new Date("2026-10-22T10:00:07Z"));
  const replies = text(await server.post(LIEN_CHAU, HOA, "Có"));
  expect(replies).toContain(
    "Hạn nộp là 17:00 ngày 22/10/2026 và báo cáo được nộp sau hạn vài giây nên được nhận nhưng ghi là nộp muộn (tính theo lúc nộp, không theo lúc trả lời các câu).",
  );
});

it("says so too when the campaign was closed in that minute: closed, then sent seconds after the deadline", async () => {
  await reportAt(FULL_REPORT_ANSWERS.length + 1);
  setNow(new Date("2026-10-22T10:00:03Z"));
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  await server.post(LIEN_CHAU, HOA, "/nop");
  setNow(new Date("2026-10-22T10:00:07Z"));
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toContain(
    "Hạn nộp là 17:00 ngày 22/10/2026 và đợt báo cáo đã đóng; báo cáo được nộp sau hạn vài giây nên được nhận nhưng ghi là nộp muộn (tính theo lúc nộp, không theo lúc trả lời các câu).",
  );
});
