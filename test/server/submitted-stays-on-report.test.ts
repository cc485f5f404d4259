/**
 * A unit's chat, its report just submitted in a closed campaign that still takes late reports,
 * stays on that report: a newer campaign closed refusing late reports, which the unit never
 * started, is not where the chat goes (every command answered that it was closed); nor is one it
 * had started, whose draft can never be sent (its answers are still read with /xem N).
 */
import { expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, replyText, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const apps = useTestApps();
const SEALED = /Đợt hai|không nhận báo cáo nộp muộn/;
type Post = (chat: string, user: typeof HOA, text: string) => Promise<BotMessage[]>;

/** "Đợt hai" opened refusing late reports and closed before the unit started it; then the demo's campaign closed, late reports taken. */
async function closeBothCampaigns(post: Post, database: Awaited<ReturnType<typeof apps.start>>["database"]) {
  const [first] = await database.db.select().from(database.tables.campaigns);
  await openCampaignInChat(post, "Đợt hai", "refuse");
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt hai")!;
  expect(replyText(await post(OFFICERS, KHA, `/dotbaocao dong ${second.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
  expect(replyText(await post(OFFICERS, KHA, `/dotbaocao dong ${first!.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
  return first!;
}

it("keeps the chat on the report resubmitted late, not on a newer closed campaign the unit never started", async () => {
  const { post, database } = await apps.start();
  await submitFullReport({ post }, LIEN_CHAU, HOA);
  expect(replyText(await post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Bổ sung số sách quyên góp"))).toMatch(/^Đã trả lại "Báo cáo kết quả/);
  const first = await closeBothCampaigns(post, database);
  await post(LIEN_CHAU, HOA, "nộp lại");
  expect(replyText(await post(LIEN_CHAU, HOA, "Có ạ"))).toMatch(/^Đã nộp bản sửa lần 1/);
  // Every command reads or corrects the report just submitted.
  const reads = { xem: await post(LIEN_CHAU, HOA, "/xem"), vanban: await post(LIEN_CHAU, HOA, "/vanban"), trangthai: await post(LIEN_CHAU, HOA, "/trangthai") };
  expect(replyText(reads.xem)).toMatch(/^Xem lại "Báo cáo kết quả Tuần lễ/);
  expect(replyText(reads.vanban)).toMatch(/Văn bản báo cáo \(bản sửa lần 1\)/);
  expect(replyText(reads.trangthai)).toMatch(/^"Báo cáo kết quả Tuần lễ[^"]*" \(đợt đã đóng\): đã nộp/);
  for (const messages of Object.values(reads)) expect(replyText(messages)).not.toMatch(SEALED);
  expect(replyText(await post(LIEN_CHAU, HOA, `/baocao ${first.id}`))).toMatch(/^Báo cáo đã được nộp lúc .*Muốn sửa, gõ: sửa câu/);
  expect(replyText(await post(LIEN_CHAU, HOA, "sửa câu 11: 150"))).not.toMatch(SEALED);
  expect(replyText(await post(LIEN_CHAU, HOA, "/nop"))).toMatch(/Bản sửa khác bản đã nộp ở 1 câu:\n\n11\. [^\n]*\nBản đã nộp: 350\nBản sửa: 150/);
  expect(replyText(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã nộp bản sửa lần 2/);
  expect(replyText(await post(LIEN_CHAU, HOA, "/vanban"))).toMatch(/Văn bản báo cáo \(bản sửa lần 2\)/);
});

it("keeps the chat on a report submitted late for the first time, a campaign opened and closed refusing late reports beside it", async () => {
  const { post, database } = await apps.start();
  await closeBothCampaigns(post, database);
  expect(replyText(await submitFullReport({ post }, LIEN_CHAU, HOA))).toMatch(/^Đã nộp báo cáo/);
  expect(replyText(await post(LIEN_CHAU, HOA, "/xem"))).toMatch(/^Xem lại "Báo cáo kết quả Tuần lễ/);
  expect(replyText(await post(LIEN_CHAU, HOA, "/vanban"))).toMatch(/Văn bản báo cáo/);
  const correction = replyText(await post(LIEN_CHAU, HOA, "/sua 11 150"));
  expect(correction).not.toMatch(SEALED);
  expect(replyText(await post(LIEN_CHAU, HOA, "/nop"))).toMatch(/Bản sửa khác bản đã nộp ở 1 câu:\n\n11\. [^\n]*\nBản đã nộp: 350\nBản sửa: 150/);
});

/** "Đợt hai" opened refusing late reports, the unit's report in it started (two answers), then closed. */
async function startThenCloseSecond(post: Post, database: Awaited<ReturnType<typeof apps.start>>["database"]) {
  const [first] = await database.db.select().from(database.tables.campaigns);
  await openCampaignInChat(post, "Đợt hai", "refuse");
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt hai")!;
  expect(replyText(await post(LIEN_CHAU, HOA, `/baocao ${second.id}`))).toMatch(/Đợt hai/);
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 2)) await post(LIEN_CHAU, HOA, answer);
  expect(replyText(await post(OFFICERS, KHA, `/dotbaocao dong ${second.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
  return first!;
}

for (const firstCampaign of ["closed taking late reports", "still open"] as const) {
  it(`keeps the chat on the report just submitted (its campaign ${firstCampaign}), not on a newer campaign the unit started that closed refusing late reports`, async () => {
    const { post, database } = await apps.start();
    const first = await startThenCloseSecond(post, database);
    if (firstCampaign === "closed taking late reports") expect(replyText(await post(OFFICERS, KHA, `/dotbaocao dong ${first.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
    expect(replyText(await submitFullReport({ post }, LIEN_CHAU, HOA))).toMatch(/^Đã nộp báo cáo/);
    expect(replyText(await post(LIEN_CHAU, HOA, "/xem"))).toMatch(/^Xem lại "Báo cáo kết quả Tuần lễ/);
    expect(replyText(await post(LIEN_CHAU, HOA, "/vanban"))).toMatch(/Văn bản báo cáo/);
    expect(replyText(await post(LIEN_CHAU, HOA, "/sua 11 150"))).not.toMatch(SEALED);
    expect(replyText(await post(LIEN_CHAU, HOA, "/nop"))).toMatch(/Bản sửa khác bản đã nộp ở 1 câu:\n\n11\. [^\n]*\nBản đã nộp: 350\nBản sửa: 150/);
    // The started report's answers, kept, are still read by its number.
    expect(replyText(await post(LIEN_CHAU, HOA, "/xem 2"))).toMatch(/Đợt hai[\s\S]*Kế hoạch số 192/);
  });
}
