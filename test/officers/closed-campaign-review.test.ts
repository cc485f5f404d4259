/**
 * A unit's report left unsubmitted in a campaign closed refusing late reports: the close notice
 * says its answers are kept, and /xem shows them, read-only, ending with the line that the campaign
 * is closed and the report was not submitted, with no question asked (it was refused: "/xem 2" and
 * "/xem" showed no answers). Through the demo's local chat.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { reportKey } from "../../src/conversation/conversation-state.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";

const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const { server } = useOfficersChat();

/** The review of Liên Châu's three answers in campaign `title`, as /xem prints it once closed unsent. */
const reviewOfThree = (title: string) =>
  [
    `Xem lại ${title.startsWith("Báo cáo") ? "" : "báo cáo "}"${title}" — Trường Tiểu học Liên Châu:`,
    "",
    "1. Kế hoạch tổ chức Tuần lễ của đơn vị (số, ngày ban hành)?",
    FULL_REPORT_ANSWERS[0],
    "",
    "2. Đơn vị đã tuyên truyền về Tuần lễ như thế nào?",
    FULL_REPORT_ANSWERS[1],
    "",
    "3. Những kênh tuyên truyền nào đã được sử dụng?",
    "Băng rôn, khẩu hiệu, áp phích; Trang thông tin điện tử",
    "",
    // No "/sua N để trả lời câu N": nothing can be answered any more.
    "4–19. (chưa trả lời 16 câu)",
    "---",
    `Đợt báo cáo "${title}" đã đóng và không nhận báo cáo nộp muộn; báo cáo này chưa được nộp nên các câu trả lời trên chỉ để xem lại, không sửa hay nộp được nữa. Nếu cần nộp, vui lòng liên hệ cán bộ phụ trách của UBND phường Nam Triệu.`,
  ].join("\n");

/** Liên Châu's stored answers and report state in campaign `campaignId`. */
async function storedReport(campaignId: number) {
  const submission = (await server.repos.submissions.find(campaignId, 1))!;
  const answers = await server.repos.submissions.listAnswers(submission.id);
  return { status: submission.status, answers: answers.length, state: (await server.repos.conversations.load(reportKey(campaignId, 1)))?.state };
}

it("shows '/xem 2' the answers kept of a report left unsubmitted when campaign 2 closed refusing late reports, read-only, saying it is closed and not submitted, and changes nothing", async () => {
  expect(await openCampaignInChat(server.post, "Đợt mới", "refuse")).toMatch(/Đã mở "Đợt mới" \(số 2\)/);
  expect((await server.repos.directory.campaignById(2))?.latePolicy).toBe("refuse");
  await server.post(LIEN_CHAU, HOA, "/baocao 2");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) await server.post(LIEN_CHAU, HOA, answer);
  const seen = (await server.repos.localMessages.history(LIEN_CHAU)).length;
  await server.post(OFFICERS, KHA, "/dotbaocao dong 2 chac");
  const notice = (await server.repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text);
  expect(notice.join("\n")).toContain("Các câu đã trả lời vẫn được lưu");
  const before = await storedReport(2);

  expect(text(await server.post(LIEN_CHAU, HOA, "/xem 2"))).toBe(
    `${reviewOfThree("Đợt mới")}\n---\nTrên đây là báo cáo đợt số 2; các tin nhắn trong nhóm vẫn là của "${TITLE}".`,
  );
  expect(await storedReport(2)).toEqual(before);
  expect(before).toMatchObject({ status: "in_progress", answers: 3, state: expect.stringContaining("asking") });
});

it("shows '/xem' the answers kept when the chat stays on the closed campaign's report (none other open), with no question after them, and still refuses an answer", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");

  expect(text(await server.post(LIEN_CHAU, HOA, "/xem"))).toBe(reviewOfThree(TITLE));
  // Read only: the next answer is still not stored.
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[3]!))).toMatch(/^Câu trả lời này không được lưu/);
  expect(await storedReport(1)).toMatchObject({ status: "in_progress", answers: 3 });
});
