/**
 * A school clerk filling her school's report for the first time, through the real server and the
 * local chat: the words she types that are no answer ("hướng dẫn", "để mai em làm tiếp") must never
 * be stored as one, and what she asks after the submission gets an answer.
 */
import { expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, MINH, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { multipartForm } from "../helpers/multipart-form.ts";

const apps = useTestApps();
const text = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

it("reads 'hướng dẫn' and 'giúp em với ạ' as a call for help, before the report and at a question: never stored as an answer", async () => {
  const server = await apps.start();
  // Before the report: they got no answer at all.
  expect(text(await server.post(LIEN_CHAU, HOA, "hướng dẫn"))).toMatch(/^Các lệnh của bot báo cáo:\n/);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Câu 1\/21/);
  // At question 1 (optional text) and 2 (required paragraph): they were stored, in silence, as the answers.
  expect(text(await server.post(LIEN_CHAU, HOA, "Hướng dẫn"))).toMatch(/^Các lệnh của bot báo cáo:[\s\S]*\n---\nCâu 1\/21/);
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  expect(text(await server.post(LIEN_CHAU, HOA, "giúp em với ạ"))).toMatch(/^Các lệnh của bot báo cáo:[\s\S]*\n---\nCâu 2\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "huong dan"))).toMatch(/^Các lệnh của bot báo cáo:[\s\S]*\n---\nCâu 2\/21/);
  const submission = await server.repos.submissions.find(1, 1);
  const answers = await server.repos.submissions.listAnswers(submission!.id);
  expect(answers.map((a) => [a.fieldId, a.value])).toEqual([["plan_reference", FULL_REPORT_ANSWERS[0]]]);
});

it("does not store 'để mai em làm tiếp' or 'chiều em làm nốt' as an answer: the report waits at that question for /baocao", async () => {
  const server = await apps.start();
  await server.post(LIEN_CHAU, HOA, "/baocao");
  // Up to question 14, the strengths (a list).
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 13)) await server.post(LIEN_CHAU, HOA, answer);
  for (const pause of ["để mai em làm tiếp", "em bận, tí nữa em làm tiếp", "chiều em làm nốt", "Tạm dừng nhé"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, pause)), pause).toMatch(/^Tin nhắn này hẹn bổ sung sau nên chưa được lưu làm câu trả lời\.[^\n]*\n---\nCâu 14\/21/);
  }
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/^Tiếp tục "Báo cáo kết quả[^\n]*\n---\nCâu 14\/21/);
  const submission = await server.repos.submissions.find(1, 1);
  const answers = await server.repos.submissions.listAnswers(submission!.id);
  expect(answers.map((a) => a.fieldId)).not.toContain("strengths");
  expect(JSON.stringify(answers.map((a) => a.value))).not.toMatch(/làm tiếp|làm nốt|Tạm dừng/);
  // A report's own sentence that continues work is an answer.
  expect(text(await server.post(LIEN_CHAU, HOA, "Tiếp tục làm tốt công tác tuyên truyền"))).toMatch(/^Câu 15\/21/);
});

it("answers 'em muốn sửa lại báo cáo' after the submission with how to correct it, and keeps the group's own talk unanswered", async () => {
  const server = await apps.start();
  await submitFullReport(server, LIEN_CHAU, HOA);
  // It passed in silence: the clerk was left not knowing how.
  for (const asked of ["em muốn sửa lại báo cáo", "Chị ơi cho em chỉnh sửa bc với ạ", "em can sua lai so lieu", "em nộp nhầm, sửa lại được không", "báo cáo nộp rồi sửa kiểu gì ạ", "em nộp nhầm ạ"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, asked)), asked).toMatch(/^Báo cáo đã được nộp lúc 10:15 ngày 08\/10\/2026\.[^\n]*Muốn sửa, gõ: sửa câu <số câu>: <câu trả lời mới>, rồi \/nop để nộp bản sửa\.$/);
  }
  // The group's own talk, "chính xác", "chính thức" and "sữa" among it (folded they read "chỉnh", "sửa").
  for (const talk of ["ok chị, em cảm ơn ạ", "chiều nay họp hội đồng nhé", "Số liệu tuần sau phải chính xác nhé", "Các cháu cần sữa học đường", "Lịch họp cần chính thức nhé"]) {
    expect(await server.post(LIEN_CHAU, HOA, talk), talk).toEqual([]);
  }
});

it("stores a report's sentences that only look like a pause or a call for help: 'năm học tới … làm tiếp', 'Cần hướng dẫn', also through 'sửa câu N: …'", async () => {
  const server = await apps.start();
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 14)) await server.post(LIEN_CHAU, HOA, answer);
  // Question 15, the lessons: "tới" folds to a time ("tối"), and the sentence was refused as put off.
  expect(text(await server.post(LIEN_CHAU, HOA, "Năm học tới nhà trường làm tiếp mô hình thư viện xanh."))).toMatch(/^Câu 16\/21/);
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[15]!);
  // Question 17, the proposals: a need for guidance, not a call for the bot's help.
  expect(text(await server.post(LIEN_CHAU, HOA, "Cần hướng dẫn"))).toMatch(/^Câu 18\/21/);
  // Named by its number, the answer is the answer, whatever its words: it asked question 17 again.
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 16: Hướng dẫn"))).toMatch(/^Đã sửa câu 16/);
  const submission = await server.repos.submissions.find(1, 1);
  const values = JSON.stringify((await server.repos.submissions.listAnswers(submission!.id)).map((a) => a.value));
  expect(values).toContain("Năm học tới nhà trường làm tiếp mô hình thư viện xanh.");
  expect(values).toContain("Cần hướng dẫn");
  expect(values).toMatch(/"Hướng dẫn"/);
});

it("tells a member whose answer came after the report moved on, and was refused there, which question was just answered and how to correct it", async () => {
  const server = await apps.start();
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 6)) await server.post(LIEN_CHAU, HOA, answer);
  // Question 7, a list: Hoa sends one activity, Minh the second on its own, refused by question 8 (a figure).
  expect(text(await server.post(LIEN_CHAU, HOA, "Tổ chức Hội sách"))).toMatch(/^Câu 8\/\d+/);
  expect(text(await server.post(LIEN_CHAU, MINH, "Tổ chức các sân chơi trực tuyến cho học sinh"))).toMatch(
    /^Câu 7 «Các hoạt động đã tổ chức trong Tuần lễ \(mỗi dòng một hoạt động\)» vừa được Nguyễn Thị Hoa trả lời: Tổ chức Hội sách\. Nếu tin vừa gửi là câu trả lời cho câu 7, gõ: sửa câu 7: <câu trả lời đầy đủ>\. Còn nếu là câu trả lời cho câu đang hỏi:\nVui lòng nhập một số[^\n]*\n---\nCâu 8\/\d+/,
  );
  // Hoa's own slip at a figure after her figure is only refused.
  expect(text(await server.post(LIEN_CHAU, HOA, "6"))).toMatch(/^Câu 9\/\d+/);
  expect(text(await server.post(LIEN_CHAU, HOA, "2,5"))).toMatch(/^Vui lòng nhập số nguyên[^\n]*\n---\nCâu 9\/\d+/);
  for (const answer of FULL_REPORT_ANSWERS.slice(8, 12)) await server.post(LIEN_CHAU, HOA, answer);
  // Question 12 answered by Hoa; Minh's same figure, then another, reach the choice question 13.
  expect(text(await server.post(LIEN_CHAU, MINH, "95,5%"))).toMatch(/^Câu 12 «[^»]+» vừa được Nguyễn Thị Hoa trả lời đúng như vậy \(95,5%\), nên tin này không cần lưu thêm\. Câu đang hỏi là câu dưới đây\.\n---\nCâu 13\/\d+/);
  expect(text(await server.post(LIEN_CHAU, MINH, "96"))).toMatch(/^Câu 12 «[^»]+» vừa được Nguyễn Thị Hoa trả lời: 95,5%\. Nếu tin vừa gửi là câu trả lời cho câu 12, gõ: sửa câu 12: <câu trả lời đầy đủ>\.[^\n]*\nVui lòng chọn một số từ 1 đến 3/);
  const submission = await server.repos.submissions.find(1, 1);
  const answers = Object.fromEntries((await server.repos.submissions.listAnswers(submission!.id)).map((a) => [a.fieldId, a.value]));
  expect(answers.activities).toEqual(["Tổ chức Hội sách"]);
  expect(answers.self_rating).toBeUndefined();
});

it("answers an old Word file (.doc) with how to save it as a .docx, and every refused file with the question asked", async () => {
  const server = await apps.start();
  const sendFile = async (name: string, type: string, data: Buffer) => {
    const response = await server.app.inject({ method: "POST", url: `/local/chats/${LIEN_CHAU}/files`, ...multipartForm(HOA, { name, type, data }) });
    return text((response.json() as { messages: BotMessage[] }).messages);
  };
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  // An OLE container, as Word 97-2003 saves: it was told only that the bot reads .docx, and no question followed.
  const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  expect(await sendFile("Bao cao tuan le.doc", "application/msword", doc)).toMatch(
    /^Tệp này là Word đời cũ \(\.doc\) nên bot chưa đọc được, báo cáo không thay đổi\. Mở tệp bằng Word, chọn Tệp → Lưu Như \(File → Save As\), ở ô loại tệp chọn Word Document \(\*\.docx\), rồi gửi lại tệp \.docx vào nhóm\.\n---\nCâu 2\/21/,
  );
  // An old Excel file is the same container: refused as any other file, with the question.
  expect(await sendFile("so lieu.xls", "application/vnd.ms-excel", doc)).toMatch(/^Bot chỉ đọc tệp Word \(\.docx\) và ảnh JPEG, PNG[^\n]*\n---\nCâu 2\/21/);
  expect(await sendFile("ke hoach.pdf", "application/pdf", Buffer.from("%PDF-1.4\n"))).toMatch(/^Bot chỉ đọc tệp Word \(\.docx\)[^\n]*\n---\nCâu 2\/21/);
  const submission = await server.repos.submissions.find(1, 1);
  expect((await server.repos.submissions.listAnswers(submission!.id)).map((a) => a.fieldId)).toEqual(["plan_reference"]);
});
