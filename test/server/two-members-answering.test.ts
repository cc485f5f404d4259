/**
 * Two members of a school's group answering one report, through the real server and the local
 * chat: a message of one that comes right after the other's answer, meant for the question just
 * answered, is never stored as the next question's answer, and what the bot says of it names who
 * answered what, in words fit for whoever reads it.
 */
import { expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, MINH, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { openNextCampaign } from "../helpers/next-campaign.ts";

const apps = useTestApps();
const text = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

/** Hoa's report up to question `n` (its first n - 1 answers typed by her); `later` moves the clock on. */
async function reportAt(n: number) {
  let now = Date.parse("2026-10-08T03:15:00Z");
  const server = await apps.start({ now: () => new Date(now) });
  const later = (ms: number) => {
    now += ms;
  };
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, n - 1)) await server.post(LIEN_CHAU, HOA, answer);
  const answers = async () => {
    const submission = await server.repos.submissions.find(1, 1);
    return Object.fromEntries((await server.repos.submissions.listAnswers(submission!.id)).map((a) => [a.fieldId, a.value]));
  };
  return { server, answers, later };
}

it("never stores a second member's date, typed right after the opening date was answered, as an activity of the list asked next", async () => {
  const { server, answers } = await reportAt(6);
  expect(text(await server.post(LIEN_CHAU, HOA, "02/10/2026"))).toMatch(/^Câu 7\/21[^\n]*\nCác hoạt động đã tổ chức/);
  // Another date: it was stored, in silence, as the list's one activity.
  expect(text(await server.post(LIEN_CHAU, MINH, "ngày 3/10"))).toMatch(
    /^Câu 6 «Lễ khai mạc được tổ chức vào ngày nào» vừa được Nguyễn Thị Hoa trả lời: 02\/10\/2026\. Nếu tin vừa gửi là câu trả lời cho câu 6, gõ: sửa câu 6: <câu trả lời đầy đủ>\. Còn nếu là câu trả lời cho câu đang hỏi:\n«ngày 3\/10» chưa phải nội dung để in vào báo cáo: câu hỏi dưới đây cần nội dung bằng chữ\.\n---\nCâu 7\/21/,
  );
  // The same date (before, it was held, and asked whether it answered question 7): nothing to store.
  expect(text(await server.post(LIEN_CHAU, MINH, "2/10/2026 ạ"))).toMatch(/^Câu 6 «[^»]+» vừa được Nguyễn Thị Hoa trả lời đúng như vậy \(02\/10\/2026\), nên tin này không cần lưu thêm\. Câu đang hỏi là câu dưới đây\.\n---\nCâu 7\/21/);
  // Hoa's own date again, or any date alone later: no activity either, and how to put it where it belongs.
  expect(text(await server.post(LIEN_CHAU, HOA, "03/10/2026"))).toMatch(/^«03\/10\/2026» chỉ là một ngày, chưa phải nội dung để in vào báo cáo\. Câu hỏi dưới đây cần nội dung bằng chữ; nếu đó là câu trả lời cho câu 6 «Lễ khai mạc được tổ chức vào ngày nào», gõ: sửa câu 6: 03\/10\/2026\.\n---\nCâu 7\/21/);
  expect((await answers()).activities).toBeUndefined();
  // An activity with its date is an activity.
  expect(text(await server.post(LIEN_CHAU, MINH, "Khai mạc Tuần lễ ngày 2/10"))).toMatch(/(?:^|\n)Câu 8\/21/);
  expect(await answers()).toMatchObject({ opening_date: "2026-10-02", activities: ["Khai mạc Tuần lễ ngày 2/10"] });
});

it("quotes the answer just given whole words on one line, and names who gave it: the member who corrected it by 'sửa câu 7: …', or 'bạn' to its own author", async () => {
  const { server } = await reportAt(7);
  await server.post(LIEN_CHAU, HOA, "Tổ chức Hội sách");
  // Minh rewrites question 7 while question 8 is asked.
  const list = "Tổ chức Hội sách và phong trào Mỗi ngày một trang sách hay cho toàn thể học sinh;\nThi kể chuyện theo sách cho học sinh khối 4 và khối 5\nNgày hội đọc sách";
  expect(text(await server.post(LIEN_CHAU, MINH, `sửa câu 7: ${list}`))).toMatch(/^Đã sửa câu 7 «Các hoạt động đã tổ chức trong Tuần lễ…»: - Tổ chức Hội sách và phong trào[\s\S]*\n---\nCâu 8\/21/);
  // Hoa's activity alone, refused by the figure question: it named her as the list's author, and
  // cut "học sinh" to "học…." in the middle of a list typed as lines.
  const shown = "Tổ chức Hội sách và phong trào Mỗi ngày một trang sách hay cho toàn thể học sinh; Thi kể chuyện theo sách cho học sinh…";
  // An item's own ";" is not doubled by the join ("học sinh;; Thi kể chuyện").
  const asked = "câu 7 «Các hoạt động đã tổ chức trong Tuần lễ (mỗi dòng một hoạt động)»";
  const note = (by: string) => `${by === "bạn" ? `Bạn vừa trả lời ${asked}` : `C${asked.slice(1)} vừa được ${by} trả lời`}: ${shown} Nếu tin vừa gửi là câu trả lời cho câu 7, gõ: sửa câu 7: <câu trả lời đầy đủ>. Còn nếu là câu trả lời cho câu đang hỏi:\nVui lòng nhập một số`;
  expect(text(await server.post(LIEN_CHAU, HOA, "Triển lãm tranh của học sinh"))).toContain(note("Trần Văn Minh"));
  // Minh's own activity: "Bạn vừa trả lời" (it said "vừa được trả lời", by nobody).
  expect(text(await server.post(LIEN_CHAU, MINH, "Triển lãm tranh"))).toContain(note("bạn"));
  const submission = await server.repos.submissions.find(1, 1);
  const answers = Object.fromEntries((await server.repos.submissions.listAnswers(submission!.id)).map((a) => [a.fieldId, a.value]));
  expect(answers.activities).toHaveLength(3);
  expect(answers.training_sessions).toBeUndefined();
});

it("acknowledges an answer to the member who gave it without naming them in the third person", async () => {
  const { server, later } = await reportAt(7);
  // A minute after Hoa's last answer: Minh's is no answer right after hers.
  later(60_000);
  await server.post(LIEN_CHAU, MINH, "Tổ chức Hội sách");
  // Hoa's activity, refused by question 8, then her figure for it: she was told "Đã lưu câu trả lời
  // của Nguyễn Thị Hoa cho câu 8".
  expect(text(await server.post(LIEN_CHAU, HOA, "Thi kể chuyện theo sách"))).toMatch(/^Câu 7 «[^»]+» vừa được Trần Văn Minh trả lời: Tổ chức Hội sách\. /);
  const stored = text(await server.post(LIEN_CHAU, HOA, "6"));
  expect(stored).toMatch(/^Đã lưu tin vừa gửi làm câu trả lời cho câu 8 «Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức»\. Nếu cần sửa, gõ: sửa câu 8: <câu trả lời>\.\nCâu 9\/21/);
  expect(stored).not.toContain("Nguyễn Thị Hoa");
  // Minh's same figure just after is held; his own "Có" stores it, said to him as his.
  expect(text(await server.post(LIEN_CHAU, MINH, "6"))).toMatch(/^Nguyễn Thị Hoa vừa trả lời câu 8: 6\.\nTrần Văn Minh: «6» là câu trả lời cho câu 9/);
  expect(text(await server.post(LIEN_CHAU, MINH, "Có"))).toMatch(/^Đã lưu «6» làm câu trả lời cho câu 9\.\n---\nCâu 10\/21/);
  // Held and confirmed by another member (Hoa's answer, Minh's yes), the answer is named as its author's.
  expect(text(await server.post(LIEN_CHAU, MINH, "2.000"))).toMatch(/^Câu 11\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "2000"))).toMatch(/Nguyễn Thị Hoa: «2000» là câu trả lời cho câu 11/);
  expect(text(await server.post(LIEN_CHAU, MINH, "Có"))).toMatch(/^Đã lưu câu trả lời của Nguyễn Thị Hoa cho câu 11\.\n---\nCâu 12\/21/);
});

it("adds another member's marked item crossing the list's answer while a figure is asked, as it adds the author's own", async () => {
  const { server, answers } = await reportAt(7);
  await server.post(LIEN_CHAU, HOA, "Tổ chức Hội sách");
  // Minh's item crossing Hoa's answer (within 30 seconds): it was refused as no figure for question 8, and lost.
  expect(text(await server.post(LIEN_CHAU, MINH, "- Thi kể chuyện theo sách"))).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 2 mục\)[\s\S]*\nCâu 8\/21/);
  expect((await answers()).activities).toEqual(["Tổ chức Hội sách", "Thi kể chuyện theo sách"]);
  expect((await answers()).training_sessions).toBeUndefined();
});

it("says once, not at every answer, that an answer right after another member's was stored for the question asked, while the two take turns", async () => {
  const { server, answers, later } = await reportAt(8);
  await server.post(LIEN_CHAU, HOA, "6");
  expect(text(await server.post(LIEN_CHAU, MINH, "290"))).toMatch(/^Đã lưu tin vừa gửi làm câu trả lời cho câu 9 «[^»]+»\. Nếu cần sửa, gõ: sửa câu 9: <câu trả lời>\.\nCâu 10\/21/);
  // The answers after it pass without it (it was said again at each of them).
  for (const [member, answer, next] of [[HOA, "2.000", 11], [MINH, "350", 12], [HOA, "95,5%", 13]] as const) {
    expect(text(await server.post(LIEN_CHAU, member, answer))).toMatch(new RegExp(`^Câu ${next}/21`));
  }
  expect(await answers()).toMatchObject({ training_sessions: 6, training_participants: 290, readers_served: 2000, books_collected: 350, staff_participation: 95.5 });
  // Turns taken again after a pause: said again, once.
  later(120_000);
  expect(text(await server.post(LIEN_CHAU, MINH, "1"))).toMatch(/^Câu 14\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Nâng cao nhận thức về học tập suốt đời"))).toMatch(/^Đã lưu tin vừa gửi làm câu trả lời cho câu 14 /);
  expect(text(await server.post(LIEN_CHAU, MINH, "Cần phát huy tính chủ động của học sinh."))).toMatch(/^Câu 16\/21/);
});

it("says where another member's answer went, naming the report, when it comes right after /baocao N moved the chat to another campaign's report", async () => {
  const server = await apps.start();
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  const { second } = await openNextCampaign(server, "Đợt hai");
  // The chat works on the first campaign's report, question 2 asked; Hoa moves it to the second.
  expect(text(await server.post(LIEN_CHAU, HOA, `/baocao ${second.id}`))).toMatch(/^Đã chuyển sang báo cáo "Đợt hai"[\s\S]*\nCâu 1\/21/);
  // Minh's answer, typed for question 2 of the report left, is the new report's question 1: it was
  // stored so in silence, then said stored without naming the report the chat had just moved to.
  expect(text(await server.post(LIEN_CHAU, MINH, "Treo băng rôn tại cổng trường"))).toMatch(
    /^Đã lưu tin vừa gửi làm câu trả lời cho câu 1 «Kế hoạch tổ chức Tuần lễ của đơn vị \(số, ngày ban hành\)» của báo cáo "Đợt hai" \(nhóm vừa chuyển sang báo cáo này\)\. Nếu cần sửa, gõ: sửa câu 1: <câu trả lời>\.\nCâu 2\/21/,
  );
  const units = await server.repos.directory.listUnits();
  const unit = units.find((u) => u.code === "TH-LIEN-CHAU")!;
  const submission = await server.repos.submissions.find(second.id, unit.id);
  expect((await server.repos.submissions.listAnswers(submission!.id)).map((a) => [a.fieldId, a.value])).toEqual([["plan_reference", "Treo băng rôn tại cổng trường"]]);
});

it("names the report a question was left out of when another member's 'không có' comes right after /baocao N moved the chat", async () => {
  const server = await apps.start();
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  const { second } = await openNextCampaign(server, "Đợt hai");
  await server.post(LIEN_CHAU, HOA, `/baocao ${second.id}`);
  // Minh's "không có", meant for the report left, leaves out the new report's optional question 1:
  // said without the report's name, it read as of the report Minh had been answering.
  const said = text(await server.post(LIEN_CHAU, MINH, "Không có"));
  expect(said).toMatch(
    /^Theo tin vừa gửi, đã bỏ qua câu 1 «Kế hoạch tổ chức Tuần lễ của đơn vị \(số, ngày ban hành\)» của báo cáo "Đợt hai" \(nhóm vừa chuyển sang báo cáo này\): không có nội dung để đưa vào báo cáo\. Nếu cần trả lời, gõ: sửa câu 1: <câu trả lời>\.\n---\nCâu 2\/21/,
  );
  const unit = (await server.repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  const submission = await server.repos.submissions.find(second.id, unit.id);
  expect((await server.repos.submissions.listAnswers(submission!.id)).map((a) => [a.fieldId, a.value])).toEqual([["plan_reference", null]]);
});
