/**
 * A submitted report reopened with /sua N, then its campaign closed still taking late reports while
 * another campaign is open: the close's confirmation promised the correction would still be taken
 * at /nop, but the chat moved to the other report, /nop was refused and /trangthai 1 still said
 * "gõ /nop". Now the chat stays on the correction until it is sent, as the promise says. Through the
 * local chat of the demo.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("keeps the chat on a correction of a campaign closed still taking late reports, so /nop sends it as the close promised, then goes on to the open campaign", async () => {
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  await server.database.run(sql`update campaigns set late_policy = 'accept' where id = ${first.id}`);
  await server.post(LIEN_CHAU, HOA, `/baocao ${first.id}`);
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  expect(text(await server.post(OFFICERS, KHA, `/dotbaocao dong ${first.id}`))).toContain("Sau khi đóng, bản sửa vẫn được nhận khi đơn vị gõ /nop để nộp lại.");
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  await server.post(OFFICERS, KHA, `/dotbaocao dong ${first.id} chac`);
  expect((await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    `Đợt báo cáo "${first.title}" đã được cán bộ phụ trách đóng. Bản sửa báo cáo của đơn vị vẫn được nhận: các tin nhắn trong nhóm vẫn là của báo cáo này cho đến khi gõ /nop để nộp bản sửa.`,
  ]);
  expect(text(await server.post(LIEN_CHAU, HOA, `/trangthai ${first.id}`))).toContain("gõ /nop");
  await server.post(LIEN_CHAU, HOA, "/nop");
  const sent = text(await server.post(LIEN_CHAU, HOA, "Có"));
  expect(sent).toMatch(/Đã nộp bản sửa lần 1/);
  expect(sent).toContain('"Đợt mới"');
  // The version sent holds the corrected figure, and the one before does not.
  const submission = (await server.repos.submissions.find(first.id, 1))!;
  expect(submission.version).toBe(2);
  expect(Object.values((await server.repos.submissions.versionAnswers(submission.id, 2))!)).toContain(300);
  expect(Object.values((await server.repos.submissions.versionAnswers(submission.id, 1))!)).not.toContain(300);
});

/** Campaign 1 (taking late reports) submitted, question 9 corrected to 300; campaign 2, "Đợt mới", open. */
async function correctingFirst() {
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  await server.database.run(sql`update campaigns set late_policy = 'accept' where id = ${first.id}`);
  await server.post(LIEN_CHAU, HOA, `/baocao ${first.id}`);
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  return first;
}

/** What the unit's chat is told as the officer closes campaign 1. */
async function closeFirst(first: { id: number }) {
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  await server.post(OFFICERS, KHA, `/dotbaocao dong ${first.id} chac`);
  return (await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text);
}

/** The values of the report's latest version sent. */
async function lastSent(campaignId: number) {
  const submission = (await server.repos.submissions.find(campaignId, 1))!;
  return { version: submission.version, values: Object.values((await server.repos.submissions.versionAnswers(submission.id, submission.version))!) };
}

it("leaves a chat that moved on to another campaign's report where it is as the campaign closes, tells it the correction is sent with /baocao 1 then /nop, and both come true", async () => {
  const first = await correctingFirst();
  await server.post(LIEN_CHAU, HOA, "/baocao 2");
  await server.post(LIEN_CHAU, HOA, "Không");
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!))).toMatch(/Câu 2\//);
  expect(await closeFirst(first)).toEqual([
    `Đợt báo cáo "${first.title}" đã được cán bộ phụ trách đóng. Bản sửa báo cáo của đơn vị vẫn được nhận: gõ /baocao ${first.id} rồi /nop để nộp bản sửa.`,
  ]);
  // The next answer is campaign 2's question 2 (it got no reply and was stored nowhere).
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/Câu 3\//);
  expect(text(await server.post(LIEN_CHAU, HOA, `/baocao ${first.id}`))).toContain(`Đã chuyển sang "${first.title}"`);
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp bản sửa lần 1/);
  expect(await lastSent(first.id)).toEqual(expect.objectContaining({ version: 2, values: expect.arrayContaining([300]) }));
  // Then back on campaign 2's report, at the question it was on.
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[2]!))).toMatch(/Câu 4\//);
});

it("lets a chat kept on a closed campaign's correction list and move to the open campaign, and come back to send the correction", async () => {
  const first = await correctingFirst();
  await closeFirst(first);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toContain("Đợt mới");
  const moved = text(await server.post(LIEN_CHAU, HOA, "/baocao 2"));
  expect(moved).not.toContain("không có đợt");
  expect(moved).toContain('Đã chuyển sang báo cáo "Đợt mới"');
  await server.post(LIEN_CHAU, HOA, `/baocao ${first.id}`);
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp bản sửa lần 1/);
  expect((await lastSent(first.id)).version).toBe(2);
});

it("lets go of a chat kept on a closed campaign's correction once the correction is dropped (/huy): the open campaign's report is reached", async () => {
  const first = await correctingFirst();
  await closeFirst(first);
  await server.post(LIEN_CHAU, HOA, "/huy");
  await server.post(LIEN_CHAU, HOA, "Có");
  expect(text(await server.post(LIEN_CHAU, HOA, `/trangthai ${first.id}`))).not.toContain("gõ /nop");
  // The report sent stays as it was, and the chat is on campaign 2's report.
  expect(await lastSent(first.id)).toEqual(expect.objectContaining({ version: 1, values: expect.not.arrayContaining([300]) }));
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toContain("Đợt mới");
  const moved = text(await server.post(LIEN_CHAU, HOA, "/baocao 2"));
  expect(moved).not.toContain("không có đợt");
});
