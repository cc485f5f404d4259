/**
 * Corrections as clerks type them in a group, from the users' retest, through the real server and
 * the local chat: after a few words about the slip, without tone marks or the colon.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("reads 'chết, câu 14 bị nhầm, sửa câu 14: …' as the correction of question 14, not as the answer to the question asked", async () => {
  await reportAt(18);
  expect(text(await server.post(LIEN_CHAU, HOA, "chết, câu 14 bị nhầm, sửa câu 14: Nâng cao nhận thức của học sinh"))).toMatch(/^Đã sửa câu 14 «Những kết quả, ưu điểm nổi bật[^»]*»: - Nâng cao nhận thức của học sinh\n---\nCâu 18\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "ôi em nhầm rồi, câu 9 sửa lại là 300"))).toMatch(/^Đã sửa câu 9 «[^»]+»: 300\n---\nCâu 18\/21/);
  const answers = await storedAnswers();
  expect(answers).toMatchObject({ strengths: ["Nâng cao nhận thức của học sinh"], training_participants: 300 });
  expect(answers.recipients).toBeUndefined();
});

it("keeps answers that only mention a question after other words as answers", async () => {
  await reportAt(15);
  // Question 15 asks a paragraph: words of the report before "sửa câu 2:" are no talk of a slip.
  expect(text(await server.post(LIEN_CHAU, HOA, "Tuyên truyền qua loa. Sửa câu 2: 5 lần"))).toMatch(/^Câu 16\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Học sinh học câu 3 sửa lại là bài tập về nhà"))).toMatch(/^Câu 17\/21/);
  expect(await storedAnswers()).toMatchObject({ lessons: "Tuyên truyền qua loa. Sửa câu 2: 5 lần", limitations: ["Học sinh học câu 3 sửa lại là bài tập về nhà"] });
});

it("reads 'sua cau 18 bo qua' and 'sua cau 9 300', without marks or the colon, as corrections", async () => {
  await reportAt(19);
  expect(text(await server.post(LIEN_CHAU, HOA, "sua cau 18 bo qua"))).toMatch(/^Đã sửa câu 18 «Nơi nhận báo cáo[^»]*»: \(bỏ qua\)\n---\nCâu 19\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 9 300"))).toMatch(/^Đã sửa câu 9 «[^»]+»: 300\n---\nCâu 19\/21/);
  // A text after the number still needs its ":" ("sửa câu 3 ạ" asks question 3 again).
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 3 ạ"))).toMatch(/^Câu 3\/21/);
  const answers = await storedAnswers();
  expect(answers.recipients).toBeNull();
  expect(answers.training_participants).toBe(300);
  expect(answers.signer_authority).toBeUndefined();
});

it("applies 'câu 9 là 290, câu 10 là 1.520' as two corrections confirmed in one reply, and none of them when one is refused, saying which and why", async () => {
  await reportAt(11);
  // Question 11 asks a figure: the message was refused there as two figures ("gõ riêng số đó").
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 9 là 310, câu 10 là 1.520"))).toMatch(
    /^Đã sửa câu 9 «Tổng số lượt cán bộ, giáo viên[^»]*»: 310\nĐã sửa câu 10 «Số lượt bạn đọc[^»]*»: 1\.520\n---\nCâu 11\/21/,
  );
  expect(await storedAnswers()).toMatchObject({ training_participants: 310, readers_served: 1520 });
  expect((await storedAnswers()).books_collected).toBeUndefined();
  // One refused: neither is kept, and the reply names it with the question's own reason.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 9 là 320; câu 10 là nhiều lắm"))).toMatch(
    /^Chưa sửa câu nào, vì câu trả lời cho câu 10 «Số lượt bạn đọc[^»]*» chưa dùng được:\nVui lòng nhập một số[^\n]*\nVui lòng gõ lại cả hai câu, hoặc sửa từng câu: sửa câu 10: <câu trả lời mới>\.\n---\nCâu 11\/21/,
  );
  expect(await storedAnswers()).toMatchObject({ training_participants: 310, readers_served: 1520 });
  // Once every question is answered too, "và" between them.
  for (const answer of FULL_REPORT_ANSWERS.slice(10)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 8 là 7 và câu 11 là 400 ạ"))).toMatch(/^Đã sửa câu 8 «[^»]+»: 7\nĐã sửa câu 11 «[^»]+»: 400\n---\nĐã trả lời xong các câu hỏi\./);
  expect(await storedAnswers()).toMatchObject({ training_sessions: 7, books_collected: 400 });
  // An answer it had already is said to be so, not "Đã sửa" (from the users' retest).
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 9 là 310, câu 10 là 1.600"))).toMatch(/^Câu 9 đã có đúng câu trả lời này; không cần sửa\.\nĐã sửa câu 10 «[^»]+»: 1\.600\n---\n/);
});

it("keeps 'câu 1 là …, câu 2 là …' naming text questions as the answer it was (a quiz described in a paragraph)", async () => {
  await reportAt(15);
  const quiz = "Câu 1 là câu hỏi khó nhất, câu 2 là câu các em làm tốt";
  expect(text(await server.post(LIEN_CHAU, HOA, quiz))).toMatch(/^Câu 16\/21/);
  expect(await storedAnswers()).toMatchObject({ plan_reference: FULL_REPORT_ANSWERS[0], propaganda: FULL_REPORT_ANSWERS[1], lessons: quiz });
});

it("answers 'em nhầm số bạn đọc' with the question those words name and how to correct it, storing nothing; with no question named alone, the general way", async () => {
  await reportAt(15);
  const before = await storedAnswers();
  expect(text(await server.post(LIEN_CHAU, HOA, "em nhầm số bạn đọc"))).toMatch(
    /^Tin này chưa sửa gì\. Câu 10 là «Số lượt bạn đọc được thư viện, tủ sách phục vụ trong Tuần lễ»; muốn sửa, gõ: sửa câu 10: <số mới>\.\n---\nCâu 15\/21/,
  );
  expect(text(await server.post(LIEN_CHAU, HOA, "chết, em ghi nhầm ngày khai mạc"))).toMatch(/^Tin này chưa sửa gì\. Câu 6 là «Lễ khai mạc được tổ chức vào ngày nào»; muốn sửa, gõ: sửa câu 6: <ngày mới>\.\n---\nCâu 15\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "số sách bị sai ạ"))).toMatch(/^Tin này chưa sửa gì\. Câu 11 là «Số sách quyên góp[^»]*»; muốn sửa, gõ: sửa câu 11: <số mới>\.\n---\nCâu 15\/21/);
  // Without the comma after "chết" it got the general way; the right figure in the same clause was lost.
  expect(text(await server.post(LIEN_CHAU, HOA, "chết em nhầm số bạn đọc"))).toMatch(/^Tin này chưa sửa gì\. Câu 10 là «Số lượt bạn đọc[^»]*»; muốn sửa, gõ: sửa câu 10: <số mới>\./);
  expect(text(await server.post(LIEN_CHAU, HOA, "em nhầm số bạn đọc phải là 1.250 ạ"))).toMatch(/^Tin này chưa sửa gì\. Câu 10 là «Số lượt bạn đọc[^»]*»; muốn sửa, gõ: sửa câu 10: 1\.250\./);
  // Two questions hold "số lượt": neither is guessed.
  expect(text(await server.post(LIEN_CHAU, HOA, "em nhầm số lượt"))).toMatch(/^Tin này chưa sửa gì\. Muốn sửa một câu đã trả lời, gõ: sửa câu <số câu>: <câu trả lời mới> \(gõ \/xem để xem số của từng câu\)\.\n---\nCâu 15\/21/);
  expect(await storedAnswers()).toEqual(before);
  // A shortcoming in the report's own words stays an answer.
  expect(text(await server.post(LIEN_CHAU, HOA, "Sai sót trong tuyên truyền"))).toMatch(/^Câu 16\/21/);
  expect((await storedAnswers()).lessons).toBe("Sai sót trong tuyên truyền");
});

it("names the earlier question a figure or a date typed alone at a text question was meant for, with its number and text", async () => {
  await reportAt(2);
  // No earlier question takes a figure: the hint stays general.
  expect(text(await server.post(LIEN_CHAU, HOA, "12"))).toMatch(/^«12» chỉ có số, [^\n]*nếu đó là câu trả lời cho một câu trước, gõ: sửa câu <số của câu đó>: 12\.\n---\nCâu 2\/21/);
  for (const answer of FULL_REPORT_ANSWERS.slice(1, 13)) await server.post(LIEN_CHAU, HOA, answer);
  // Question 14 asks a list; the nearest earlier question that takes 95,5% is the percentage (12).
  expect(text(await server.post(LIEN_CHAU, HOA, "95,5%"))).toMatch(
    /^«95,5%» chỉ có số, chưa phải nội dung để in vào báo cáo\. Câu hỏi dưới đây cần nội dung bằng chữ; nếu đó là câu trả lời cho câu 12 «Tỉ lệ cán bộ, giáo viên, nhân viên tham gia các hoạt động…», gõ: sửa câu 12: 95,5%\.\n---\nCâu 14\/21/,
  );
  expect(text(await server.post(LIEN_CHAU, HOA, "3/10/2026"))).toMatch(/nếu đó là câu trả lời cho câu 6 «Lễ khai mạc được tổ chức vào ngày nào», gõ: sửa câu 6: 3\/10\/2026\.\n---\nCâu 14\/21/);
  expect((await storedAnswers()).strengths).toBeUndefined();
});

it("applies one 'câu 10 là 1.520' alone as 'sửa câu 10: 1.520' does: at a question, once every question is answered, and after the submission", async () => {
  await reportAt(11);
  // At question 11 (a figure) it was refused as no figure; two such corrections in one message worked.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 10 là 1.520"))).toMatch(/^Đã sửa câu 10 «Số lượt bạn đọc[^»]*»: 1\.520\n---\nCâu 11\/21/);
  expect((await storedAnswers()).readers_served).toBe(1520);
  for (const answer of FULL_REPORT_ANSWERS.slice(10, 14)) await server.post(LIEN_CHAU, HOA, answer);
  // At a text question, a sentence that opens so is its answer unless question N takes what follows.
  expect(text(await server.post(LIEN_CHAU, HOA, "Câu 3 là phần các em làm tốt nhất"))).toMatch(/^Câu 16\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 10 là 1.530 ạ"))).toMatch(/^Đã sửa câu 10 «[^»]+»: 1\.530\n---\nCâu 16\/21/);
  expect(await storedAnswers()).toMatchObject({ lessons: "Câu 3 là phần các em làm tốt nhất", readers_served: 1530 });
  for (const answer of FULL_REPORT_ANSWERS.slice(15)) await server.post(LIEN_CHAU, HOA, answer);
  // Every question answered: it passed in silence.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 10 là 1.540"))).toMatch(/^Đã sửa câu 10 «[^»]+»: 1\.540\n---\nĐã trả lời xong các câu hỏi\./);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  // Submitted: it was answered with the general way to correct, nothing changed.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 10 là 1.550"))).toMatch(/^Đã sửa câu 10 «[^»]+»: 1\.550\n---\nĐã trả lời xong\. Bản đã nộp chưa thay đổi/);
  expect((await storedAnswers()).readers_served).toBe(1550);
});

it("refuses one 'câu N là <số>' that question N does not take, or with no question N, at a text question: nothing stored, the question asked stays", async () => {
  await reportAt(1);
  // Question 10 of 19 asks a percent: "câu 10 là 1.520" was stored as question 1's text.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 10 là 1.520"))).toMatch(
    /^Chưa sửa câu 10 «Tỉ lệ cán bộ[^»]*»: câu trả lời này chưa dùng được:\nSố phải nhỏ hơn hoặc bằng 100\.\nĐể sửa câu 10, gõ: sửa câu 10: <câu trả lời mới>\.\n---\nCâu 1\/21/,
  );
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 40 là 95"))).toMatch(/^Chưa sửa gì: báo cáo không có câu 40\. Gõ \/xem để xem số của từng câu\.\n---\nCâu 1\/21/);
  expect(await storedAnswers()).toEqual({});
  // Taken, it is saved where it belongs, and question 1 is asked again (/sua moved the report on to
  // question 9); numbered as now, which question 5's answer may change, as said (correction-numbering.test.ts).
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 9 là 290"))).toMatch(/^Đã lưu câu 9 «Số sách quyên góp[^»]*»: 290\nLưu ý: số câu được hiểu theo thứ tự các câu lúc này[^\n]*\n---\nCâu 1\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "/sua câu 10 là 95"))).toMatch(/^Đã lưu câu 10 «[^»]+»: 95%\nLưu ý: số câu[^\n]*\n---\nCâu 1\/21/);
  expect(await storedAnswers()).toEqual({ books_collected: 290, staff_participation: 95 });
});

it("answers 'em nhầm số bạn đọc' once every question is answered, and 'em nham so ban doc' without marks after the submission, as it does at a question", async () => {
  await reportAt(FULL_REPORT_ANSWERS.length + 1);
  const hint = /^Tin này chưa sửa gì\. Câu 10 là «Số lượt bạn đọc[^»]*»; muốn sửa, gõ: sửa câu 10: <số mới>\.$/;
  // Both passed in silence before the submission.
  expect(text(await server.post(LIEN_CHAU, HOA, "em nhầm số bạn đọc"))).toMatch(hint);
  expect(text(await server.post(LIEN_CHAU, HOA, "em nham so ban doc"))).toMatch(hint);
  // The group's own talk there still passes in silence.
  expect(await server.post(LIEN_CHAU, HOA, "chiều họp lúc 3h nhé")).toEqual([]);
  // Talk that mentions a slip or a question's number without speaking of one's own slip (from the code review: each got "Đã trả lời xong…").
  for (const talk of ["Mai 8h họp, đừng nhầm phòng 2 nhé", "câu 5 hay quá", "số điện thoại chị Lan sai rồi"]) expect(await server.post(LIEN_CHAU, MINH, talk), talk).toEqual([]);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  const submittedHint = /^Bản đã nộp chưa thay đổi\. Câu 10 là «Số lượt bạn đọc[^»]*»; muốn sửa, gõ: sửa câu 10: <số mới>, rồi \/nop để nộp bản sửa\.$/;
  expect(text(await server.post(LIEN_CHAU, HOA, "em nhầm số bạn đọc"))).toMatch(submittedHint);
  expect(text(await server.post(LIEN_CHAU, HOA, "em nham so ban doc"))).toMatch(submittedHint);
  expect(await server.post(LIEN_CHAU, HOA, "chieu hop luc 3h nhe")).toEqual([]);
  expect((await storedAnswers()).readers_served).toBe(2000);
});
