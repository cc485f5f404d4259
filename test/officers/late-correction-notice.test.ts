/**
 * A report submitted late, then corrected (/sua N, /nop): the officers' notice of the correction
 * keeps "(nộp muộn)" as the submission's notice said it (it was dropped). Submitted past the
 * deadline, and after a close that took late reports. Through the demo's local chat.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";

const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const { server, setNow } = useOfficersChat();

/** The officers' chat's notices that Liên Châu submitted, in order. */
async function notices(): Promise<string[]> {
  return (await server.repos.localMessages.history(OFFICERS)).map((m) => m.text).filter((t) => t.startsWith("Trường Tiểu học Liên Châu đã nộp"));
}

/** Submits Liên Châu's whole report, then corrects question 9 with /sua 9 and sends it again. */
async function submitThenCorrect(): Promise<void> {
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(LIEN_CHAU, HOA, "/sua 9");
  await server.post(LIEN_CHAU, HOA, "300");
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
}

it.each([
  ["past the deadline", "2026-10-23T03:00:00Z"],
  ["after a close that took late reports", undefined],
])("keeps '(nộp muộn)' in the officers' notice of a correction to a report submitted %s", async (_when, moment) => {
  if (moment) setNow(new Date(moment));
  else {
    await server.database.run(sql`update campaigns set late_policy = 'accept'`);
    expect(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac")).not.toEqual([]);
  }
  await submitThenCorrect();
  const said = await notices();
  expect(said).toHaveLength(2);
  expect(said[0]).toMatch(new RegExp(`^Trường Tiểu học Liên Châu đã nộp "${TITLE}" lúc [^(]+ \\(nộp muộn\\)\\. Người nộp: Nguyễn Thị Hoa\\.$`));
  expect(said[1]).toMatch(new RegExp(`^Trường Tiểu học Liên Châu đã nộp bản sửa lần 1 của "${TITLE}" lúc [^(]+ \\(nộp muộn\\)\\. Người nộp: Nguyễn Thị Hoa\\. Các câu đã sửa: 9\\.$`));
});

it("says no '(nộp muộn)' of a correction to a report submitted on time, sent after the deadline", async () => {
  await submitFullReport(server, LIEN_CHAU, HOA);
  setNow(new Date("2026-10-23T03:00:00Z"));
  await server.post(LIEN_CHAU, HOA, "/sua 9");
  await server.post(LIEN_CHAU, HOA, "300");
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  const said = await notices();
  expect(said).toHaveLength(2);
  for (const notice of said) expect(notice).not.toContain("nộp muộn");
});
