/**
 * What a clerk types instead of help and skip, through the real server and the local chat: "?",
 * "trợ giúp" and "bỏ qua" in a unit's chat are help and skip (stored as answers they were printed
 * in the report), help lists what the asker may use, then repeats the question being asked; "ko",
 * "mặc định" leave a question out, and talk that is no answer is said for what it is.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const { server, storedAnswers } = useDemoReport();

it("reads '?', 'trợ giúp' and 'bỏ qua' typed in a unit's chat as help and skip, never as answers", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);

  const help = text(await server.post(LIEN_CHAU, HOA, "?"));
  expect(help).toMatch(/^Các lệnh của bot báo cáo:\n[\s\S]*\n---\nCâu 2\/21/);
  // The chat is bound already: no word on binding it.
  expect(help).not.toMatch(/\/dangky/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Trợ giúp!"))).toMatch(/^Các lệnh của bot báo cáo:[\s\S]*\n---\nCâu 2\/21/);
  // Question 2 is required: "bỏ qua" is refused as /boqua is, and stays unanswered.
  expect(text(await server.post(LIEN_CHAU, HOA, "bỏ qua"))).toMatch(/^Câu này bắt buộc, không thể bỏ qua\.\n---\nCâu 2\/21/);
  expect(Object.keys(await storedAnswers())).toEqual(["plan_reference"]);

  // Up to question 19, "ghi quyền hạn ký" (optional): "bo qua." skips it.
  for (const answer of FULL_REPORT_ANSWERS.slice(1, 18)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "bo qua."))).toMatch(/^Câu 20\/21/);
  const answers = await storedAnswers();
  expect(answers.signer_authority).toBeNull();
  expect(Object.values(answers)).not.toContain("?");
  expect(JSON.stringify(answers)).not.toMatch(/bỏ qua|bo qua|Trợ giúp/i);
});

it("lists the officer's commands first in the officers' chat, /tonghop among them, and the way to bind a chat only where it is not bound", async () => {
  const officerHelp = text(await server.post(OFFICERS, KHA, "/trogiup"));
  expect(officerHelp).toMatch(/^Lệnh dành cho cán bộ phụ trách:\n/);
  expect(officerHelp).toMatch(/\n\/tonghop \(\/consolidate\) — dự thảo báo cáo tổng hợp[^\n]*\/tonghop sua/);
  expect(officerHelp).toMatch(/\n\nCác lệnh của bot báo cáo:/);
  // Before a report starts, help is the list alone (it says how to start).
  expect(text(await server.post(LIEN_CHAU, HOA, "/trogiup"))).toMatch(/^Các lệnh của bot báo cáo:[^]*\n\/baocao N — [^\n]*\n[^]*\n\/trangthai \(\/status\) — tình hình báo cáo của đơn vị và hạn nộp\n[^]*Trả lời câu hỏi bằng cách gõ tin nhắn bình thường\.\nĐã có báo cáo viết bằng Word\? Gửi tệp \.docx vào nhóm[^\n]*$/);
  await server.repos.directory.insertChat({ channel: "local", externalId: "chua-gan", title: "Nhóm mới", kind: "unbound" });
  expect(text(await server.post("chua-gan", HOA, "/trogiup"))).toMatch(/\n\nĐể gắn nhóm với đơn vị: \/dangky MÃ/);
});

it("does not tie a newcomer to a unit for asking for help in its chat", async () => {
  const newcomer = { userId: "u9", userName: "Đinh Văn Tú" };
  await server.post(LIEN_CHAU, newcomer, "/trogiup");
  expect(text(await server.post("thcs-nam-trieu", newcomer, "/baocao"))).toMatch(/^Bắt đầu "Báo cáo/);
});

it("takes 'ko', 'k' and a bare 'không' on a question that may be left out as leaving it out (stored, they were printed), and keeps 'Không có.' in a list", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  // Up to the limitations (question 16) and the proposals (17), both lists optional.
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 15)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "Không có."))).toMatch(/^Câu 17\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "k"))).toMatch(/^Đã bỏ qua câu này \(không có nội dung để đưa vào báo cáo\)\.\n---\nCâu 18\/21/);
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[17]!);
  // Who signs for the head: "Ko." is no authority to print above the signature.
  expect(text(await server.post(LIEN_CHAU, HOA, "Ko."))).toMatch(/^Đã bỏ qua câu này[^\n]*\n---\nCâu 20\/21/);
  // A bare "không" to a list is a "no" too ("- không." was printed); "Không có." above stays.
  await server.post(LIEN_CHAU, HOA, "/sua 17");
  expect(text(await server.post(LIEN_CHAU, HOA, "Không."))).toMatch(/^Đã bỏ qua câu này/);
  const answers = await storedAnswers();
  expect(answers.limitations).toEqual(["Không có."]);
  expect(answers).toMatchObject({ proposals: null, signer_authority: null });
});

it("takes 'mặc định' typed where nothing is by default as leaving an optional question out and refuses it on a required one (stored, it was printed as the plan cited)", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  // Question 1, the plan the report follows, may be left out: "mặc định" does, and says so.
  expect(text(await server.post(LIEN_CHAU, HOA, "mặc định"))).toMatch(/^Đã bỏ qua câu này \(không có nội dung để đưa vào báo cáo\)\.\n---\nCâu 2\/21/);
  // Question 2 is required: refused, nothing stored, still asked.
  expect(text(await server.post(LIEN_CHAU, HOA, "Dùng mặc định"))).toMatch(/^Câu này không có nội dung mặc định, nội dung gõ vào sẽ được in nguyên văn trong báo cáo\. Vui lòng gõ câu trả lời\.\n---\nCâu 2\/21/);
  expect(await storedAnswers()).toEqual({ plan_reference: null });
});

it("says a labelled answer typed before the report is started was not stored (it passed in silence), and stays silent on other talk and on a quiz's labels", async () => {
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 9: 450"))).toBe(
    "Báo cáo chưa được bắt đầu nên câu trả lời cho câu 9 chưa được lưu. Gõ /baocao để bắt đầu, rồi gõ lại câu trả lời khi câu 9 được hỏi (hoặc gõ: câu 9: <câu trả lời>).",
  );
  expect(await server.post(LIEN_CHAU, HOA, "ok cả nhà")).toEqual([]);
  // A quiz in a school's group reads as no answer to question 1 or 3: left alone.
  for (const quiz of ["Câu 1: Thủ đô của Việt Nam là gì?", "Câu 3: đáp án B nhé các em"]) expect(await server.post(LIEN_CHAU, HOA, quiz), quiz).toEqual([]);
  expect(await server.repos.submissions.find(1, 1)).toBeUndefined();
});

it("stores no question about the question, greeting or promise to answer later: each is said for what it is, and the question asked again with its hint", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  expect(text(await server.post(LIEN_CHAU, HOA, "chào bot, cái này điền gì ạ?"))).toMatch(/^Tin nhắn này là câu hỏi về câu đang hỏi nên chưa được lưu làm câu trả lời\.[^\n]*\n---\nCâu 1\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "em chưa có số kế hoạch, mai em bổ sung sau nhé"))).toMatch(/^Tin nhắn này hẹn bổ sung sau[^\n]*gõ \/baocao để làm tiếp[^\n]*\n---\nCâu 1\/21/);
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 8)) await server.post(LIEN_CHAU, HOA, answer);
  // A figure's question: "type a number" was the answer to a question about it.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu này là tính cả gv trường khác à?"))).toMatch(/^Tin nhắn này là câu hỏi về câu đang hỏi[^\n]*\n---\nCâu 9\/\d+/);
  expect(text(await server.post(LIEN_CHAU, HOA, "chào cả nhà, hôm qua em làm dở, giờ làm tiếp"))).toMatch(/^Tin nhắn này là lời chào trong nhóm[^\n]*\n---\nCâu 9\/\d+/);
  expect(Object.keys(await storedAnswers())).toHaveLength(8);
  expect(JSON.stringify(await storedAnswers())).not.toMatch(/chào|điền gì|bổ sung sau|tính cả/);
});
