/**
 * Answers pasted from a Word report with their headings: a line that opens with the next
 * question's heading ("15. Bài học kinh nghiệm: …") is no item or sentence of the question asked.
 */
import { expect, it } from "vitest";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { createTranscript } from "../helpers/report-transcript.ts";

/** A report at question 14 (the strengths, a list), the questions before it answered. */
function atStrengths() {
  const t = createTranscript();
  t.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 13)) t.say(answer);
  expect(t.state.fieldId).toBe("strengths");
  return t;
}

it("refuses a list whose last line is question 15's numbered answer, names question 15, and stores nothing", () => {
  const t = atStrengths();
  const reply = t.say("• Nâng cao nhận thức về học tập suốt đời\n• Thu hút 95% giáo viên tham gia\n\n15. Bài học kinh nghiệm: cần phối hợp với cha mẹ học sinh");
  expect(reply).toMatch(
    /^Dòng «15\. Bài học kinh nghiệm: cần phối hợp với cha mẹ học sinh» có vẻ là câu trả lời cho câu 15 «Bài học kinh nghiệm rút ra» nên tin nhắn này chưa được lưu\. Vui lòng gửi riêng các dòng của câu 14, rồi trả lời câu 15 khi bot hỏi đến\.\n---\nCâu 14\/21/,
  );
  expect(t.state.fieldId).toBe("strengths");
  expect(t.state.answers.strengths).toBeUndefined();
  // Sent apart as asked, each goes to its own question.
  expect(t.say("• Nâng cao nhận thức về học tập suốt đời\n• Thu hút 95% giáo viên tham gia")).toMatch(/^Câu 15\/21/);
  expect(t.state.answers.strengths).toEqual(["Nâng cao nhận thức về học tập suốt đời", "Thu hút 95% giáo viên tham gia"]);
});

it("refuses a paragraph with question 16's heading on its second line, and takes the question's own heading off its first", () => {
  const t = atStrengths();
  t.say("- Học sinh hứng thú");
  expect(t.state.fieldId).toBe("lessons");
  expect(t.say("Bài học kinh nghiệm: cần chuẩn bị sớm.\nTồn tại, hạn chế: thời gian ngắn")).toMatch(
    /^Dòng «Tồn tại, hạn chế: thời gian ngắn» có vẻ là câu trả lời cho câu 16 «Những tồn tại, hạn chế \(mỗi dòng một ý\)» nên tin nhắn này chưa được lưu\. Vui lòng gửi riêng các dòng của câu 15, rồi trả lời câu 16 khi bot hỏi đến\.\n---\nCâu 15\/21/,
  );
  expect(t.state.answers.lessons).toBeUndefined();
  expect(t.say("Bài học kinh nghiệm: cần chuẩn bị sớm.")).toMatch(/^Câu 16\/21/);
  expect(t.state.answers.lessons).toBe("Cần chuẩn bị sớm.");
});

it("stores an ordinary item with a colon in it", () => {
  const t = atStrengths();
  expect(t.say("- Thi kể chuyện: 3 lớp\n- Hội sách: 300 đầu sách")).toMatch(/^Câu 15\/21/);
  expect(t.state.answers.strengths).toEqual(["Thi kể chuyện: 3 lớp", "Hội sách: 300 đầu sách"]);
});
