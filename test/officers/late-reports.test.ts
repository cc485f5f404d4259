/**
 * A unit's side of a late report: starting or resuming it after the deadline, or after a close that
 * still takes late reports, says once that it will be recorded as late; "nộp muộn được không" is
 * answered by the campaign's policy, stores nothing and repeats the question asked. Through the
 * local chat of the demo (three schools, officers' chat), the clock moved past the deadline.
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { type BotMessage, buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const NAM_TRIEU = "thcs-nam-trieu";
const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const LATE_OPEN = "Lưu ý: đã quá hạn nộp (17:00 ngày 22/10/2026). Báo cáo của đơn vị vẫn được nhận nhưng sẽ được ghi là nộp muộn.";
const LATE_CLOSED = "Lưu ý: đợt báo cáo đã đóng nhưng vẫn nhận báo cáo nộp muộn. Báo cáo của đơn vị vẫn được nhận và sẽ được ghi là nộp muộn.";
const QUESTION_2 = /^Câu 2\/21 — /;
const texts = (messages: BotMessage[]) => messages.map((m) => m.text);

let server: TestApp;
// The demo's campaign is seeded on 08/10 with its deadline at 17:00 on 22/10; the tests move the clock.
let now = new Date("2026-10-08T03:15:00Z");
beforeEach(async () => {
  now = new Date("2026-10-08T03:15:00Z");
  server = await buildTestApp({ now: () => now });
});
afterEach(() => server.close());

/** How many answers the unit's report holds (none stored by a question about lateness). */
async function answerCount(code: string): Promise<number> {
  const unit = (await server.repos.officers.unitByCode(code))!;
  const submission = await server.repos.submissions.find(1, unit.id);
  return submission ? (await server.repos.submissions.listAnswers(submission.id)).length : 0;
}

it("says once, as a unit starts or resumes its report after the deadline or after a close taking late reports, that it will be recorded as late", async () => {
  // On time: nothing said.
  expect(texts(await server.post(LIEN_CHAU, HOA, "/baocao")).join("\n")).not.toContain("Lưu ý");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  now = new Date("2026-10-23T03:15:00Z");
  // Started after the deadline: after the greeting, before the first question.
  const started = texts(await server.post(NAM_TRIEU, LAN, "/baocao"));
  expect(started[0]).toMatch(/^Bắt đầu "Báo cáo kết quả/);
  expect(started[1]).toBe(LATE_OPEN);
  expect(started[2]).toMatch(/^Câu 1\/21 — /);
  // Not again at each answer.
  expect(texts(await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!)).join("\n")).not.toContain("Lưu ý");
  // Resumed after the deadline.
  const resumed = texts(await server.post(LIEN_CHAU, HOA, "/baocao"));
  expect(resumed).toEqual([`Tiếp tục "${TITLE}".`, LATE_OPEN, expect.stringMatching(QUESTION_2)]);
  // Closed, still taking late reports: said of the close.
  expect(texts(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))[0]).toMatch(/^Đã đóng đợt báo cáo/);
  expect(texts(await server.post(LIEN_CHAU, HOA, "/baocao"))).toEqual([`Tiếp tục "${TITLE}".`, LATE_CLOSED, expect.stringMatching(QUESTION_2)]);
});

it("answers 'nộp muộn được không' by where the campaign stands, stores nothing and repeats the question asked", async () => {
  // Before the report starts: the deadline, what comes after it, and how to start.
  expect(texts(await server.post(LIEN_CHAU, HOA, "nộp muộn có được không ạ"))).toEqual([
    `Hạn nộp "${TITLE}" là 17:00 ngày 22/10/2026. Báo cáo nộp sau hạn vẫn được nhận nhưng được ghi là nộp muộn.`,
    "Gõ /baocao để bắt đầu hoặc tiếp tục báo cáo, /trogiup để xem các lệnh.",
  ]);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  now = new Date("2026-10-23T03:15:00Z");
  const afterDeadline = texts(await server.post(LIEN_CHAU, HOA, "trường em nộp muộn được không"));
  expect(afterDeadline[0]).toBe(`Đã quá hạn nộp "${TITLE}" (17:00 ngày 22/10/2026), nhưng báo cáo của đơn vị vẫn được nhận và được ghi là nộp muộn.`);
  expect(afterDeadline[1]).toMatch(QUESTION_2);
  expect(afterDeadline).toHaveLength(2);
  expect(await answerCount("TH-LIEN-CHAU")).toBe(1);
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  // After the close (it was stored as question 2's answer), typed without marks too.
  for (const typed of ["tôi nộp muộn được không", "toi nop muon duoc khong"]) {
    const closed = texts(await server.post(LIEN_CHAU, HOA, typed));
    expect(closed[0], typed).toBe(`Đợt báo cáo "${TITLE}" đã đóng nhưng vẫn nhận báo cáo nộp muộn: báo cáo của đơn vị vẫn được nhận và được ghi là nộp muộn.`);
    expect(closed[1], typed).toMatch(QUESTION_2);
  }
  expect(await answerCount("TH-LIEN-CHAU")).toBe(1);
  // A sentence of the report that speaks of late work is still an answer.
  expect(texts(await server.post(LIEN_CHAU, HOA, "Nhắc nhở các lớp nộp muộn sản phẩm."))[0]).toMatch(/^Câu 3\/21 — /);
  expect(await answerCount("TH-LIEN-CHAU")).toBe(2);
});

it("answers it with a refusal and whom to contact once the campaign closed refusing late reports (it passed in silence), and warns before the close", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  now = new Date("2026-10-23T03:15:00Z");
  expect(texts(await server.post(NAM_TRIEU, LAN, "nộp muộn có được không ạ"))[0]).toBe(
    `Đã quá hạn nộp "${TITLE}" (17:00 ngày 22/10/2026), nhưng báo cáo của đơn vị vẫn được nhận và được ghi là nộp muộn. Vui lòng nộp sớm: khi cán bộ phụ trách đóng đợt, báo cáo sẽ không được nhận nữa.`,
  );
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  expect(texts(await server.post(NAM_TRIEU, LAN, "nộp muộn có được không ạ"))).toEqual([
    `Đợt báo cáo "${TITLE}" đã đóng. Đợt này không nhận báo cáo nộp muộn nên báo cáo của đơn vị không nộp được nữa; nếu cần nộp, vui lòng liên hệ cán bộ phụ trách của UBND phường Nam Triệu.`,
  ]);
  // Other talk in the group is still passed over.
  expect(await server.post(NAM_TRIEU, LAN, "họp lúc 3h nhé")).toEqual([]);
  expect(await answerCount("THCS-NAM-TRIEU")).toBe(0);
});

it("answers 'nộp muộn được không' of a report submitted on time and corrected after the deadline: the correction is taken and not recorded as late (it said it would be)", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  now = new Date("2026-10-23T03:15:00Z");
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  expect(texts(await server.post(LIEN_CHAU, HOA, "nộp muộn có được không ạ"))[0]).toBe(
    "Báo cáo của đơn vị đã được nộp, nên bản sửa vẫn được nhận: gõ /nop để nộp bản sửa. Thời điểm nộp vẫn tính theo lần nộp đầu, bản sửa không bị ghi là nộp muộn.",
  );
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(texts(await server.post(LIEN_CHAU, HOA, "Có"))[0]).toMatch(/^Đã nộp bản sửa lần 1/);
  expect(texts(await server.post(OFFICERS, KHA, "/trangthai")).join("\n")).not.toMatch(/Liên Châu[^\n]*muộn/);
});
