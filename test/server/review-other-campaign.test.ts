/**
 * "/xem 1" in the chat of a unit with two open campaigns, working on the second: campaign 1's
 * answers, the chat staying where it is (its next answer goes to the report it works on); a
 * number the unit has no campaign of is said, and so is a campaign whose report is not started. Through the real server and the local chat.
 */
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";
import { openNextCampaign, submitThenOpenNext } from "../helpers/next-campaign.ts";

const apps = useTestApps();

it("shows campaign 1's answers at /xem 1 without moving the chat off campaign 2's question", async () => {
  const app = await apps.start();
  const { post } = app;
  const { first, second } = await submitThenOpenNext(app);
  await post(LIEN_CHAU, HOA, "/baocao");
  expect(replyText(await post(LIEN_CHAU, HOA, "Không"))).toMatch(/Câu 1\/21/);
  expect(replyText(await post(LIEN_CHAU, HOA, "Kế hoạch số 5/KH-THLC ngày 1/10/2027"))).toMatch(/Câu 2\/21/);

  const review = replyText(await post(LIEN_CHAU, HOA, `/xem ${first.id}`));
  expect(review).toContain(`Xem lại "${first.title}"`);
  expect(review).toContain(FULL_REPORT_ANSWERS[0]);
  expect(review).not.toContain("Kế hoạch số 5/KH-THLC");
  // It ends with how to go there, not with campaign 2's question, which the review would seem to ask.
  expect(review).toMatch(new RegExp(`gõ /baocao ${first.id}[^\\n]*$`));
  expect(review).not.toMatch(/Câu 2\/21/);

  // The chat stayed on campaign 2: the next message answers its question 2.
  expect(replyText(await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/Câu 3\/21/);
  const unit = (await app.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
  const report = (await app.repos.submissions.find(second.id, unit.id))!;
  expect((await app.repos.submissions.listAnswers(report.id)).length).toBe(2);

  // /xem with the chat's own number, or none, is the chat's own review with its question.
  expect(replyText(await post(LIEN_CHAU, HOA, `/xem ${second.id}`))).toMatch(/Kế hoạch số 5\/KH-THLC[\s\S]*Câu 3\/21/);
  // A number the unit has no campaign of is said.
  expect(replyText(await post(LIEN_CHAU, HOA, "/xem 7"))).toBe("Đơn vị không có đợt báo cáo số 7. Gõ /baocao để xem các đợt đang mở và số của từng đợt.");
});

it("says at /xem 2 that campaign 2's report is not started, and how to start it, the chat staying on its draft", async () => {
  const app = await apps.start();
  const { post } = app;
  await post(LIEN_CHAU, HOA, "/baocao");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  const { second } = await openNextCampaign(app);
  expect(replyText(await post(LIEN_CHAU, HOA, `/xem ${second.id}`))).toBe(
    `Báo cáo "${second.title}" (đợt số ${second.id}) chưa bắt đầu nên chưa có câu trả lời nào; gõ /baocao ${second.id} để làm báo cáo đó.`,
  );
  expect(replyText(await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/Câu 3\/21/);
});

it("shows a campaign closed refusing late reports at /xem 1 without pointing to /baocao 1, which would refuse it", async () => {
  const app = await apps.start();
  const { post, database } = app;
  const { first } = await submitThenOpenNext(app);
  await database.db.update(database.tables.campaigns).set({ latePolicy: "refuse" }).where(eq(database.tables.campaigns.id, first.id));
  expect(replyText(await post(OFFICERS, KHA, `/dotbaocao dong ${first.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
  const review = replyText(await post(LIEN_CHAU, HOA, `/xem ${first.id}`));
  expect(review).toContain(`Xem lại "${first.title}"`);
  expect(review).toMatch(new RegExp(`\\nTrên đây là báo cáo đợt số ${first.id}; các tin nhắn trong nhóm vẫn là của báo cáo "[^"]+"\\.$`));
});

it("reads 'xem 1' typed without the slash as /xem 1 before the report starts, at a question and at the submission's confirmation", async () => {
  const app = await apps.start();
  const { post } = app;
  const { first } = await submitThenOpenNext(app);
  const reviewsFirst = (reply: string) => {
    expect(reply).toContain(`Xem lại "${first.title}"`);
    expect(reply).toMatch(new RegExp(`gõ /baocao ${first.id}[^\\n]*$`));
  };

  // Campaign 2's report not started: it passed in silence, as the group's talk.
  reviewsFirst(replyText(await post(LIEN_CHAU, HOA, `xem ${first.id}`)));
  reviewsFirst(replyText(await post(LIEN_CHAU, HOA, `Xem đợt ${first.id}`)));
  expect(replyText(await post(LIEN_CHAU, HOA, "xem 7"))).toMatch(/^Đơn vị không có đợt báo cáo số 7\./);

  // At question 2: it was stored as its answer. It stays asked.
  await post(LIEN_CHAU, HOA, "/baocao");
  await post(LIEN_CHAU, HOA, "Không");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  reviewsFirst(replyText(await post(LIEN_CHAU, HOA, `xem ${first.id}`)));
  expect(replyText(await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/Câu 3\/21/);

  // At /nop's confirmation: it was asked again for Có or Không. The confirmation still waits.
  for (const answer of FULL_REPORT_ANSWERS.slice(2)) await post(LIEN_CHAU, HOA, answer);
  await post(LIEN_CHAU, HOA, "/nop");
  reviewsFirst(replyText(await post(LIEN_CHAU, HOA, `xem ${first.id}`)));
  expect(replyText(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp/);
});

it("lists /xem N in /trogiup, beside /baocao N, in the unit's chat", async () => {
  const { post } = await apps.start();
  const help = replyText(await post(LIEN_CHAU, HOA, "/trogiup"));
  expect(help).toMatch(/^\/baocao N — [^\n]+$/m);
  expect(help).toMatch(/^\/xem N — xem lại các câu trả lời của báo cáo đợt số N \(nhóm vẫn ở báo cáo đang làm\)$/m);
});
