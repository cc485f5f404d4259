/**
 * A unit's submitted report once its chat moved to another campaign's report, not started: what the
 * commands meant for the submitted one say ("Chưa bắt đầu báo cáo" before, a typed correction passed
 * in silence), and /baocao N of it once its campaign closed (refused as "no open campaign N" after the
 * bot itself advised it). Through the real server and the local chat.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { openNextCampaign, submitThenOpenNext } from "../helpers/next-campaign.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const { server } = useDemoReport();
const HERE = 'Báo cáo "Đợt mới" mà nhóm đang làm chưa bắt đầu.';

it("points /sua, /nop and a typed correction to the report submitted in the other open campaign, reads it at /vanban, and /baocao N reaches it", async () => {
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  const reply = `${HERE} "${first.title}" (đợt số 1) đã nộp; muốn xem, sửa hoặc nhận văn bản của báo cáo đó, gõ /baocao 1 trước, rồi gõ lại lệnh.`;
  for (const typed of ["sửa câu 5: không", "/sua 5", "/nop"]) expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toBe(reply);
  // Only reading it, as /vanban 1 does (the next test has /xem).
  expect(text(await server.post(LIEN_CHAU, HOA, "/vanban"))).toMatch(/^"Báo cáo kết quả[^"]*" \(đợt số 1; /);
  // Nothing was started or stored for the new report.
  const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  const draft = await server.repos.submissions.find(2, lienChau.id);
  expect(draft ? await server.repos.submissions.listAnswers(draft.id) : []).toEqual([]);
  // As advised.
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 1"))).toMatch(/^Đã chuyển sang "Báo cáo kết quả/);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 5: không"))).toMatch(/Đã sửa câu 5/);
});

it.each(["refuse", "accept"] as const)("says a report submitted in a campaign since closed (late reports: %s) stays as submitted, to those commands, to /baocao N and to a correction asked for (/baocao 1 read 'no open campaign 1', after the bot had said to type it)", async (policy) => {
  await server.database.run(sql`update campaigns set late_policy = ${policy}`);
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  const kept = `Báo cáo đợt 1 "${first.title}" đã nộp và đợt đã đóng, nên đơn vị không tự sửa được nữa; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách của UBND phường Nam Triệu để được trả lại báo cáo.`;
  // And how to start the new one: the report closed may be last year's (from the code review).
  const start = 'Muốn làm báo cáo "Đợt mới", gõ /baocao để bắt đầu.';
  for (const typed of ["sửa câu 5: không", "/sua 5", "/vanban"]) expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toBe(`${HERE} ${kept} ${start}`);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 1"))).toBe(`${kept} Nhóm đang ở báo cáo "Đợt mới": gõ /baocao để làm báo cáo đó.`);
  expect(text(await server.post(LIEN_CHAU, HOA, "em muốn sửa báo cáo đợt 1"))).toBe(kept);
});

it("gives /vanban and /xem typed right after submitting the second open campaign's report that report, named, as /vanban 2 and /xem 2 do (they said the chat's report was not started)", async () => {
  const { second } = await openNextCampaign(server, "Bổ sung Tuần lễ học tập");
  await server.post(LIEN_CHAU, HOA, `/baocao ${second.id}`);
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp báo cáo/);
  const named = /^Báo cáo "Bổ sung Tuần lễ học tập" \(đợt số 2; /;
  const document = await server.post(LIEN_CHAU, HOA, "/vanban");
  expect(text(document)).toMatch(named);
  expect(text(document)).not.toContain("chưa bắt đầu");
  // The document of the report just submitted, not of the chat's own (it has none).
  const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  const made = await server.repos.documents.listForSubmission((await server.repos.submissions.find(second.id, lienChau.id))!.id);
  expect(document.flatMap((m) => (m.document ? [m.document.name] : []))).toEqual([made.at(-1)!.fileName]);
  const review = text(await server.post(LIEN_CHAU, HOA, "/xem"));
  expect(review).not.toContain("chưa bắt đầu");
  expect(review).toMatch(/Trên đây là báo cáo đợt số 2/);
  expect(review).toContain(FULL_REPORT_ANSWERS[0]!);
  // The chat stays on the first campaign's report, still not started.
  const standings = (await server.repos.campaignChoice.openCampaigns(lienChau.id)).map((entry) => entry.standing);
  expect(standings).toEqual(["not-started", "submitted"]);
});
