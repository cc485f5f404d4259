/**
 * A unit's side of a campaign closed refusing late reports, its report not submitted: /baocao N,
 * /trangthai N and a message to the bot say the same (the campaign named, closed, the report not
 * taken, whom to contact) and change nothing; a closed campaign still taking late reports is not
 * touched by it. Through the local chat of the demo (three schools, officers' chat).
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, MINH, type TestApp } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import { KHA, OFFICERS, text } from "../helpers/officers-chat.ts";

const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const NAM_TRIEU = "thcs-nam-trieu";
const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const NOT_TAKEN = "Đợt này không nhận báo cáo nộp muộn nên báo cáo của đơn vị không nộp được nữa; nếu cần nộp, vui lòng liên hệ cán bộ phụ trách của UBND phường Nam Triệu.";
const CLOSED = `Đợt báo cáo "${TITLE}" đã đóng. ${NOT_TAKEN}`;

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

/** Liên Châu answers question 1 of campaign 1; then it closes, refusing late reports or not. */
async function draftThenClose(policy: "refuse" | "accept"): Promise<void> {
  await server.database.run(sql`update campaigns set late_policy = ${policy}`);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
}

it("says the same of a closed campaign refusing late reports to /baocao N, /trangthai N and a message to the bot, naming it and whom to contact, and changes nothing", async () => {
  await draftThenClose("refuse");
  for (const typed of ["/baocao 1", "/baocao"]) expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toBe(CLOSED);
  // A text to the bot while question 2 was asked would have been its answer: said not stored, and why.
  expect(text(await server.post(LIEN_CHAU, HOA, "@Bot Báo Cáo 12"))).toBe(`Câu trả lời này không được lưu vì đ${CLOSED.slice(1)}`);
  const status = `"${TITLE}" (đợt đã đóng): đang làm 1/21. Hạn nộp: 17:00 ngày 22/10/2026. ${NOT_TAKEN}`;
  expect(text(await server.post(LIEN_CHAU, HOA, "/trangthai 1"))).toBe(status);
  expect(text(await server.post(LIEN_CHAU, HOA, "/trangthai"))).toBe(status);
  // A unit that never started reads it too.
  expect(text(await server.post(NAM_TRIEU, LAN, "/baocao 1"))).toBe(CLOSED);
  expect(text(await server.post(NAM_TRIEU, LAN, "/trangthai 1"))).toBe(`"${TITLE}" (đợt đã đóng): chưa bắt đầu. Hạn nộp: 17:00 ngày 22/10/2026. ${NOT_TAKEN}`);
  const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  const submission = await server.repos.submissions.find(1, lienChau.id);
  expect(submission?.status).toBe("in_progress");
  expect(await server.repos.submissions.listAnswers(submission!.id)).toHaveLength(1);
});

it("refuses /baocao N of that campaign while another is open, keeping the chat on the open one (it started the other report), and /trangthai N says why", async () => {
  const templateId = (await server.repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id;
  const units = (await server.repos.directory.listUnits()).filter((u) => u.code !== "UBND-NAM-TRIEU").map((u) => u.id);
  await draftThenClose("refuse");
  const second = await server.repos.directory.insertCampaign({ templateId, title: "Đợt mới", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, units);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 1"))).toBe(`${CLOSED} Nhóm đang ở báo cáo "Đợt mới": gõ /baocao để làm báo cáo đó.`);
  expect(text(await server.post(LIEN_CHAU, HOA, "/trangthai 1"))).toBe(`"${TITLE}" (đợt đã đóng): đang làm 1/21. Hạn nộp: 17:00 ngày 22/10/2026. ${NOT_TAKEN}`);
  const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  // Nothing was started for it: "/baocao 1" is no "/baocao".
  expect(await server.repos.submissions.find(second.id, lienChau.id)).toBeUndefined();
  // The open campaign is reached as before.
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/^Bắt đầu báo cáo "Đợt mới"/);
});

it("still takes the report of a closed campaign that accepts late reports, and says so to /baocao N and /trangthai N", async () => {
  await draftThenClose("accept");
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 1"))).toMatch(/^Tiếp tục "Báo cáo kết quả[\s\S]*Câu 2\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "/trangthai 1"))).toMatch(new RegExp(`^"${TITLE}" \\(đợt đã đóng, vẫn nhận báo cáo này\\): đang làm 1/21`));
  expect(text(await server.post(LIEN_CHAU, HOA, "/trangthai 1"))).not.toContain("không nộp được");
});

it("shows a unit its report submitted in a closed campaign, when and by whom, and that it stays so (or, late reports taken, how to correct it), to /trangthai N and /trangthai (it read 'no campaign N'), and a correction waiting for /nop where it is taken", async () => {
  for (const policy of ["refuse", "accept"] as const) {
    await server.close();
    server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
    await server.database.run(sql`update campaigns set late_policy = ${policy}`);
    await submitFullReport(server, LIEN_CHAU, HOA);
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
    // Late reports taken, a correction is taken too: it said it could not be, and then took it.
    const after =
      policy === "refuse"
        ? "Đợt đã đóng nên báo cáo đã nộp được giữ nguyên, không sửa hay nộp lại được nữa; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách của UBND phường Nam Triệu."
        : 'Đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn: nếu cần sửa, gõ "sửa câu <số câu>: <câu trả lời mới>" rồi /nop để nộp lại.';
    const status = `"${TITLE}" (đợt đã đóng): đã nộp — Nguyễn Thị Hoa, 10:15 ngày 08/10/2026. Hạn nộp: 17:00 ngày 22/10/2026. ${after}`;
    expect(text(await server.post(LIEN_CHAU, HOA, "/trangthai 1")), policy).toBe(status);
    expect(text(await server.post(LIEN_CHAU, HOA, "/trangthai")), policy).toBe(status);
    await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
    // Taken, the correction waits for /nop, and /trangthai says so (it said nothing of it).
    const waiting = text(await server.post(LIEN_CHAU, HOA, "/trangthai 1"));
    if (policy === "accept") expect(waiting).toBe(status.replace(". Đợt đã đóng", ". Có sửa đổi chưa nộp lại: gõ /nop để gửi bản sửa. Đợt đã đóng"));
    else expect(waiting).toBe(status);
    await server.post(LIEN_CHAU, HOA, "/nop");
    const resubmitted = text(await server.post(LIEN_CHAU, HOA, "Có"));
    if (policy === "accept") expect(resubmitted).toMatch(/Đã nộp bản sửa/);
    else expect(resubmitted).not.toMatch(/Đã nộp/);
  }
});

it("answers a clerk who types an answer after the close refusing late reports, once, that it is not stored and why (it passed in silence), and stores nothing", async () => {
  await draftThenClose("refuse");
  const answer = FULL_REPORT_ANSWERS[1]!;
  expect(text(await server.post(LIEN_CHAU, HOA, answer))).toBe(`Câu trả lời này không được lưu vì đợt báo cáo "${TITLE}" đã đóng. ${NOT_TAKEN}`);
  const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  expect(await server.repos.submissions.listAnswers((await server.repos.submissions.find(1, lienChau.id))!.id)).toHaveLength(1);
  // Said once: the question stays asked, and a busy group's every message would hear it again.
  expect(await server.post(LIEN_CHAU, MINH, "Chiều nay họp chuyên môn nhé")).toEqual([]);
  expect(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[2]!)).toEqual([]);
  expect(text(await server.post(LIEN_CHAU, HOA, "nộp muộn được không ạ"))).toContain(NOT_TAKEN);
  // The group's talk in a unit that never started stays unanswered.
  expect(await server.post(NAM_TRIEU, LAN, "Chiều nay họp chuyên môn nhé")).toEqual([]);
});

it("gives the policy, not the other open campaign, as the reason a report in progress is lost at the close, then where the chat goes", async () => {
  const templateId = (await server.repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id;
  const units = (await server.repos.directory.listUnits()).filter((u) => u.code !== "UBND-NAM-TRIEU").map((u) => u.id);
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  await server.repos.directory.insertCampaign({ templateId, title: "Đợt mới", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, units);
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  expect((await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    `Đợt báo cáo "${TITLE}" đã được cán bộ phụ trách đóng và không nhận báo cáo nộp muộn, nên báo cáo đang làm dở của đơn vị không nộp được nữa. Các câu đã trả lời vẫn được lưu; nếu cần nộp, hãy liên hệ cán bộ phụ trách. Nhóm chuyển sang báo cáo "Đợt mới" đang mở: gõ /baocao để làm báo cáo đó.`,
  ]);
});

it("says /vanban's document is the version submitted and the corrections since cannot be sent once the campaign closed refusing late reports (it said 'gõ /nop', which is refused)", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  const replies = await server.post(LIEN_CHAU, HOA, "/vanban");
  expect(replies[0]?.text).toBe(
    "Văn bản dưới đây là bản đã nộp. Đợt báo cáo đã đóng và không nhận báo cáo nộp muộn, nên báo cáo của đơn vị giữ nguyên bản đã nộp; các sửa đổi sau lần nộp không gửi được nữa. Nếu cần sửa, vui lòng liên hệ cán bộ phụ trách.",
  );
  expect(replies.at(-1)?.document).toBeDefined();
  expect(text(replies)).not.toContain("/nop");
});

/** What a submitted report with corrections since reads like once its campaign closed refusing late reports. */
const KEPT_AS_SUBMITTED =
  "Đợt báo cáo đã đóng và không nhận báo cáo nộp muộn, nên báo cáo của đơn vị giữ nguyên bản đã nộp; các sửa đổi sau lần nộp không gửi được nữa. Gõ /xem để xem lại, /vanban để nhận văn bản đã nộp; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách.";

/** Liên Châu's report submitted, then `correction` typed, then the campaign closed refusing late reports; the correction's reply. */
async function submittedThenClosedRefusing(correction: string): Promise<string> {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  const reply = text(await server.post(LIEN_CHAU, HOA, correction));
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  return reply;
}

it("says once, the same way everywhere, that corrections made after the submission cannot be sent once the campaign closed refusing late reports (/baocao 1 said 'gõ /nop', which refused them; a typed correction passed in silence)", async () => {
  await submittedThenClosedRefusing("sửa câu 9: 300");
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 1"))).toBe(`Tiếp tục "${TITLE}".\n---\n${KEPT_AS_SUBMITTED}`);
  expect((await server.post(LIEN_CHAU, HOA, "/xem")).at(-1)?.text).toBe(KEPT_AS_SUBMITTED);
  const readOnly = "Đợt báo cáo đã đóng nên báo cáo đã nộp không sửa được nữa. Gõ /xem để xem lại, /vanban để nhận văn bản; nếu cần sửa, hãy liên hệ cán bộ phụ trách.";
  for (const typed of ["sửa câu 9: 310", "/nop", "nộp"]) expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toBe(readOnly);
  const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  expect((await server.repos.submissions.find(1, lienChau.id))?.version).toBe(1);
});

it("answers 'nộp' and 'sửa câu N: …' typed in a report in progress or unsent after the close refusing late reports as /nop and /sua are answered, before and after an answer heard it is not stored (from the code review: silence, or 'không được lưu' for a submission)", async () => {
  await draftThenClose("refuse");
  expect(text(await server.post(LIEN_CHAU, HOA, "nộp"))).toBe(CLOSED);
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/^Câu trả lời này không được lưu vì/);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 1: Kế hoạch số 200/KH-THLC"))).toBe(CLOSED);
  expect(text(await server.post(LIEN_CHAU, HOA, "nộp ạ"))).toBe(CLOSED);
  const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  const submission = (await server.repos.submissions.find(1, lienChau.id))!;
  expect(submission.status).toBe("in_progress");
  expect(await server.repos.submissions.listAnswers(submission.id)).toHaveLength(1);
});

it("answers a new answer to a question asked again (/sua 9) of a submitted report, after the close refusing late reports, that it is not stored and the report stays as sent (from the code review: it passed in silence)", async () => {
  expect(await submittedThenClosedRefusing("/sua 9")).toMatch(/Câu 9/);
  expect(text(await server.post(LIEN_CHAU, HOA, "310"))).toBe(
    "Câu trả lời này không được lưu: Đợt báo cáo đã đóng và không nhận báo cáo nộp muộn, nên báo cáo của đơn vị giữ nguyên bản đã nộp; các sửa đổi sau lần nộp không gửi được nữa. Gõ /xem để xem lại, /vanban để nhận văn bản; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách.",
  );
  const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  const submission = (await server.repos.submissions.find(1, lienChau.id))!;
  expect(submission.version).toBe(1);
  expect((await server.repos.submissions.listAnswers(submission.id)).find((a) => a.fieldId === "training_participants")?.value).toBe(290);
});

it("shows no 'gõ Giữ… hoặc gõ câu trả lời mới' to /baocao 1, /xem or the help of a submitted report with a question asked again (/sua 9) after the close refusing late reports: the report stays as submitted (it asked for an answer it would not store)", async () => {
  await submittedThenClosedRefusing("/sua 9");
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 1"))).toBe(`Tiếp tục "${TITLE}".\n---\n${KEPT_AS_SUBMITTED}`);
  for (const typed of ["/xem", "/trogiup"]) {
    const replies = await server.post(LIEN_CHAU, HOA, typed);
    expect(replies.at(-1)?.text, typed).toBe(KEPT_AS_SUBMITTED);
    expect(text(replies), typed).not.toContain("Gõ Giữ");
  }
});

it("says once that an answer to a question asked again after the close refusing late reports is not stored, even after /xem read the report between two answers (the mark of it said was the pause, which /xem undid, so it was said again)", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(LIEN_CHAU, HOA, "/sua 9");
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  expect(text(await server.post(LIEN_CHAU, HOA, "310"))).toMatch(/^Câu trả lời này không được lưu/);
  await server.post(LIEN_CHAU, HOA, "/xem");
  expect(await server.post(LIEN_CHAU, MINH, "320")).toEqual([]);
  const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  expect((await server.repos.submissions.find(1, lienChau.id))?.version).toBe(1);
});
