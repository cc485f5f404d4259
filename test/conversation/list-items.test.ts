/**
 * A list answered an item per message: the items that follow its answer join it while the question
 * asked could not take them (a figure here), where the second was refused as no figure and lost.
 * Through the engine, and through the real server in a group chat (where talk is filtered).
 */
import { describe, expect, it } from "vitest";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { createTranscript } from "../helpers/report-transcript.ts";
import { HOA, LIEN_CHAU, MINH, replyText, useTestApps } from "../helpers/build-test-app.ts";

/** At question 7, the activities (a list), answered with one item. */
function afterFirstActivity() {
  const t = createTranscript();
  t.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 6)) t.say(answer);
  expect(t.state.fieldId).toBe("activities");
  expect(t.say("- Tổ chức Lễ khai mạc Tuần lễ")).toMatch(/^Câu 8\/\d+/);
  return t;
}

it("adds an item sent on its own after the list's answer, where a figure is asked, and asks the figure again", () => {
  const t = afterFirstActivity();
  expect(t.say("- Tổ chức các sân chơi online cho học sinh")).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 2 mục\)\. Có thể gửi nhiều mục trong một tin nhắn, mỗi dòng một mục\.\n---\nCâu 8\/\d+/);
  expect(t.state.answers.activities).toEqual(["Tổ chức Lễ khai mạc Tuần lễ", "Tổ chức các sân chơi online cho học sinh"]);
  // Sent again (a bad connection), or marked otherwise: not added twice.
  expect(t.say("• tổ chức các sân chơi online cho học sinh.")).toMatch(/^Câu 7 đã có các mục này \(2 mục\): không thêm gì\.\n---\nCâu 8\/\d+/);
  // Two at once, one of them a sub-item.
  t.say("- Hội sách\n+ trưng bày 300 đầu sách");
  expect(t.state.answers.activities).toEqual(["Tổ chức Lễ khai mạc Tuần lễ", "Tổ chức các sân chơi online cho học sinh", { text: "Hội sách", sub: ["trưng bày 300 đầu sách"] }]);
  // The figure is answered as ever; "- 6" would be a figure's answer, not an item.
  expect(t.say("6")).toMatch(/^Câu 9\/\d+/);
  expect(t.effects.filter((e) => e.type === "save-answer" && e.fieldId === "training_sessions")).toEqual([{ type: "save-answer", fieldId: "training_sessions", value: 6 }]);
  // Another answer given: the list is no longer continued.
  expect(t.say("- Tổ chức thêm buổi đọc sách")).not.toMatch(/Đã thêm/);
  expect(t.state.answers.activities).toHaveLength(3);
});

it("takes a marked line as the answer of the question asked when it reads as one, and never as a list's item where a text is asked, a yes or a no, or after the list was left out", () => {
  const t = createTranscript();
  t.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) t.say(answer);
  // Question 4 (slogans, a list) answered, question 5 (yes/no) asked: an item joins; "- Có" answers question 5.
  t.say("- Học tập suốt đời");
  expect(t.say("- Đọc sách mỗi ngày")).toMatch(/^Đã thêm 1 mục vào câu 4/);
  expect(t.say("- Không")).not.toMatch(/Đã thêm/);
  expect(t.state.answers.slogans).toEqual(["Học tập suốt đời", "Đọc sách mỗi ngày"]);
  // A list followed by a text question (question 14, strengths, then 15, lessons): the text is the lessons' answer.
  const v = createTranscript();
  v.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 14)) v.say(answer);
  expect(v.state.fieldId).toBe("lessons");
  v.say("- Cần chuẩn bị sớm");
  expect(v.state.answers.lessons).toBe("- Cần chuẩn bị sớm");
  // Left out, a list takes nothing afterwards.
  const u = createTranscript();
  u.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) u.say(answer);
  u.say("/boqua");
  expect(u.say("- Đọc sách mỗi ngày")).not.toMatch(/Đã thêm/);
  expect(u.state.answers.slogans).toBeNull();
});

const apps = useTestApps();

it("takes the next item in a group chat once every question is answered, from the member who answered the list, where the group's talk is left alone", async () => {
  const server = await apps.start();
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  // The proposals (a list) answered again, last: the report is complete.
  await server.post(LIEN_CHAU, HOA, "/sua 17");
  expect((await server.post(LIEN_CHAU, HOA, "- Đề nghị cấp thêm sách cho thư viện")).map((m) => m.text).join("\n")).toMatch(/Đã trả lời xong/);
  expect((await server.post(LIEN_CHAU, HOA, "- Đề nghị mở lớp tập huấn kỹ năng số")).map((m) => m.text).join("\n")).toMatch(/^Đã thêm 1 mục vào câu 17 \(nay có 2 mục\)/);
  expect(await server.post(LIEN_CHAU, HOA, "ok cả nhà")).toEqual([]);
  // Another member's marked line is the group's talk, not the list's item.
  expect(await server.post(LIEN_CHAU, MINH, "- Chiều nay 14h họp hội đồng sư phạm nhé cả nhà")).toEqual([]);
  const submission = (await server.repos.submissions.find(1, 1))!;
  const proposals = (await server.repos.submissions.listAnswers(submission.id)).find((a) => a.fieldId === "proposals")?.value;
  expect(proposals).toEqual(["Đề nghị cấp thêm sách cho thư viện", "Đề nghị mở lớp tập huấn kỹ năng số"]);
});

it("in a group, while a figure is asked after the list, takes another member's item only within 30 seconds of the list's answer, the answerer's own for 10 minutes", async () => {
  let clock = Date.parse("2026-10-08T03:15:00Z");
  const server = await apps.start({ now: () => new Date(clock) });
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 6)) await server.post(LIEN_CHAU, HOA, answer);
  const answeredAt = clock;
  await server.post(LIEN_CHAU, HOA, "- Tổ chức Lễ khai mạc Tuần lễ");
  const activities = async () => (await server.repos.submissions.listAnswers((await server.repos.submissions.find(1, 1))!.id)).find((a) => a.fieldId === "activities")?.value;

  // Crossing Hoa's answer, Minh's item is the list's.
  clock = answeredAt + 10_000;
  expect(replyText(await server.post(LIEN_CHAU, MINH, "- Tổ chức Hội sách"))).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 2 mục\)/);
  // Five minutes on, Minh's marked line is his own talk: not an activity.
  clock = answeredAt + 5 * 60_000;
  expect(replyText(await server.post(LIEN_CHAU, MINH, "- Chiều nay họp hội đồng nhé cả nhà"))).not.toMatch(/Đã thêm/);
  expect(await activities()).toEqual(["Tổ chức Lễ khai mạc Tuần lễ", "Tổ chức Hội sách"]);
  // Hoa, who answered the list, still adds to it.
  clock = answeredAt + 6 * 60_000;
  expect(replyText(await server.post(LIEN_CHAU, HOA, "- Tổ chức các sân chơi trực tuyến"))).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 3 mục\)/);
});

it("refuses an item sent after the list and the figure after it were answered, naming the list's question and how to add to it, and stores nothing", async () => {
  const server = await apps.start();
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 8)) await server.post(LIEN_CHAU, HOA, answer);
  const answers = async () => Object.fromEntries((await server.repos.submissions.listAnswers((await server.repos.submissions.find(1, 1))!.id)).map((a) => [a.fieldId, a.value]));
  const before = await answers();
  // Question 9 (a figure) is asked: the list is question 7, the training sessions (8) answered since.
  const reply = replyText(await server.post(LIEN_CHAU, HOA, "- Tổ chức sân chơi trực tuyến"));
  expect(reply).toMatch(/^«- Tổ chức sân chơi trực tuyến» là một mục của danh sách, chưa phải câu trả lời cho câu 9, nên chưa được lưu\. Nếu đó là mục thêm cho câu 7 «Các hoạt động đã tổ chức trong Tuần lễ \(mỗi dòng một hoạt động\)» \(đang có 2 mục\), gõ \/sua 7 rồi gửi lại cả danh sách, mỗi dòng một mục\.\n---\nCâu 9\/21/);
  expect(reply).not.toMatch(/Vui lòng nhập một số/);
  expect(await answers()).toEqual(before);
  // The way it names works: /sua 7, the whole list again, and the item is there.
  await server.post(LIEN_CHAU, HOA, "/sua 7");
  await server.post(LIEN_CHAU, HOA, `${FULL_REPORT_ANSWERS[6]}\n- Tổ chức sân chơi trực tuyến`);
  expect((await answers()).activities).toEqual(["Tổ chức Hội sách", "Tổ chức các sân chơi trực tuyến cho học sinh", "Tổ chức sân chơi trực tuyến"]);
});

describe("in a group, an unmarked item after a colleague's crossing answer moved the report past a list's next question", () => {
  /** Hoa answers the strengths (question 14, a list); Minh's item, crossing it, went to the lessons (15) and was said so. */
  async function afterCrossedItem() {
    let clock = Date.parse("2026-10-08T03:15:00Z");
    const server = await apps.start({ now: () => new Date(clock) });
    await server.post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 13)) await server.post(LIEN_CHAU, HOA, answer);
    const start = clock;
    const at = (second: number) => (clock = start + second * 1000);
    expect(replyText(await server.post(LIEN_CHAU, HOA, "- Nâng cao nhận thức về học tập suốt đời"))).toMatch(/^Câu 15\/21/);
    at(5);
    expect(replyText(await server.post(LIEN_CHAU, MINH, "- Hình thức hoạt động phong phú"))).toMatch(/^Đã lưu tin vừa gửi làm câu trả lời cho câu 15 «Bài học kinh nghiệm rút ra»\. [^\n]*\nCâu 16\/21/);
    const rows = async () => server.repos.submissions.listAnswers((await server.repos.submissions.find(1, 1))!.id);
    const answers = async () => Object.fromEntries((await rows()).map((a) => [a.fieldId, a.value]));
    const authors = async () => Object.fromEntries((await rows()).map((a) => [a.fieldId, a.answeredByName]));
    return { server, at, answers, authors };
  }

  it("asks whether Hoa's next item answers question 16 or joins the list, stores nothing meanwhile, asks again on Minh's Không, and Minh's Thêm adds it to the list, as Hoa's", async () => {
    const { server, at, answers, authors } = await afterCrossedItem();
    at(10);
    // It went to question 16 (the limitations) in silence.
    const asked = await server.post(LIEN_CHAU, HOA, "Học sinh hứng thú với hoạt động đọc sách");
    expect(replyText(asked)).toBe(
      "Trần Văn Minh vừa trả lời câu 15: Hình thức hoạt động phong phú.\nNguyễn Thị Hoa: «Học sinh hứng thú với hoạt động đọc sách» là câu trả lời cho câu 16 «Những tồn tại, hạn chế (mỗi dòng một ý)»? Trả lời Có để lưu vào câu 16, Thêm để thêm thành một mục của câu 14 «Những kết quả, ưu điểm nổi bật (mỗi dòng một ý)», Bỏ để bỏ tin này.",
    );
    expect(asked.at(-1)?.choices).toEqual(["Có", "Thêm", "Bỏ"]);
    expect((await answers()).limitations).toBeUndefined();
    at(14);
    // A plain Không says neither where the line goes nor that it goes nowhere: nothing is added, and the choice is asked again.
    expect(replyText(await server.post(LIEN_CHAU, MINH, "Không"))).toBe(
      "Chưa lưu «Học sinh hứng thú với hoạt động đọc sách» vào đâu cả. Gõ Thêm để thêm thành một mục của câu 14, Có để lưu vào câu 16, hoặc Bỏ để bỏ tin này.",
    );
    expect((await answers()).strengths).toEqual(["Nâng cao nhận thức về học tập suốt đời"]);
    at(18);
    expect(replyText(await server.post(LIEN_CHAU, MINH, "Thêm"))).toMatch(/^Đã thêm 1 mục vào câu 14 \(nay có 2 mục\)\.[^\n]*\n---\nCâu 16\/21/);
    expect(await answers()).toMatchObject({ strengths: ["Nâng cao nhận thức về học tập suốt đời", "Học sinh hứng thú với hoạt động đọc sách"], lessons: "- Hình thức hoạt động phong phú" });
    expect(await authors()).toMatchObject({ strengths: "Nguyễn Thị Hoa", lessons: "Trần Văn Minh" });
    expect((await answers()).limitations).toBeUndefined();
  });

  it("stores it for question 16 on Minh's Có, as Hoa's", async () => {
    const { server, at, answers, authors } = await afterCrossedItem();
    at(10);
    expect(replyText(await server.post(LIEN_CHAU, HOA, "Học sinh hứng thú với hoạt động đọc sách"))).toMatch(/là câu trả lời cho câu 16/);
    at(14);
    expect(replyText(await server.post(LIEN_CHAU, MINH, "Có"))).toMatch(/^Đã lưu câu trả lời của Nguyễn Thị Hoa cho câu 16\.\n(---\n)?Câu 17\/21/);
    expect(await answers()).toMatchObject({ strengths: ["Nâng cao nhận thức về học tập suốt đời"], limitations: ["Học sinh hứng thú với hoạt động đọc sách"] });
    expect(await authors()).toMatchObject({ limitations: "Nguyễn Thị Hoa" });
  });

  it("drops it on Bỏ, adding it nowhere", async () => {
    const { server, at, answers } = await afterCrossedItem();
    at(10);
    await server.post(LIEN_CHAU, HOA, "Học sinh hứng thú với hoạt động đọc sách");
    at(14);
    expect(replyText(await server.post(LIEN_CHAU, MINH, "Bỏ"))).toMatch(/^Đã bỏ «Học sinh hứng thú với hoạt động đọc sách»\.[^\n]*\n---\nCâu 16\/21/);
    expect(await answers()).toMatchObject({ strengths: ["Nâng cao nhận thức về học tập suốt đời"] });
    expect((await answers()).limitations).toBeUndefined();
  });

  it("stores an answer sent after the half minute as ever", async () => {
    const { server, at, answers } = await afterCrossedItem();
    at(40);
    expect(replyText(await server.post(LIEN_CHAU, HOA, "Học sinh hứng thú với hoạt động đọc sách"))).toMatch(/^Câu 17\/21/);
    expect((await answers()).limitations).toEqual(["Học sinh hứng thú với hoạt động đọc sách"]);
  });
});

it("in a group, takes a line numbered as the list's next item («3)» after «1)» and «2)») as the list's, while a figure is asked, where it was refused as no figure and lost", async () => {
  const server = await apps.start();
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 6)) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, '1)\tTổ chức Hội sách "Mỗi ngày một trang sách hay"\n2)\tThi kể chuyện theo sách cho học sinh khối 4, 5');
  const reply = replyText(await server.post(LIEN_CHAU, HOA, "3) Tổ chức ngày hội đọc sách tại thư viện"));
  expect(reply).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 3 mục\)\.[^\n]*\n---\nCâu 8\/\d+/);
  expect(reply).not.toMatch(/Vui lòng nhập một số/);
  const activities = (await server.repos.submissions.listAnswers((await server.repos.submissions.find(1, 1))!.id)).find((a) => a.fieldId === "activities")?.value;
  expect(activities).toEqual(['Tổ chức Hội sách "Mỗi ngày một trang sách hay"', "Thi kể chuyện theo sách cho học sinh khối 4, 5", "Tổ chức ngày hội đọc sách tại thư viện"]);
});
