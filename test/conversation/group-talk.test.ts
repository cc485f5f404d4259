/**
 * A unit's group chatting while its report is filled in, through the real server and the local
 * chat: the talk typed where a question is asked ("ok chị", "đợi em chút", "em đi họp đã", "Cô
 * hiệu trưởng bảo để hoàn thành tốt em nhé") is not stored as the answer, and answers with the same
 * words still are.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const TALK = ["Cô hiệu trưởng bảo để hoàn thành tốt em nhé", "ok chị", "ok e", "Ok chị ạ", "đợi em chút", "chờ em tí nhé", "em đi họp đã", "em đang có tiết", "dạ vâng ạ", "ok em cảm ơn chị nhiều", "hihi", "co hieu truong bao lam cho tot nhe"];

it("does not store the group's short talk at a paragraph question: one short line, then the question again", async () => {
  await reportAt(2);
  for (const talk of TALK) {
    expect(text(await server.post(LIEN_CHAU, HOA, talk)), talk).toMatch(/^Tin nhắn này có vẻ là lời trao đổi trong nhóm nên chưa được lưu vào báo cáo\. Câu đang hỏi:\n---\nCâu 2\/21 — /);
  }
  // Another member's "ok chị" is no answer either.
  expect(text(await server.post(LIEN_CHAU, MINH, "ok chị"))).toMatch(/^Tin nhắn này có vẻ là lời trao đổi[^\n]*\n---\nCâu 2\/21/);
  expect(await storedAnswers()).toEqual({ plan_reference: FULL_REPORT_ANSWERS[0] });
});

it("does not print 'ok chị' as the ward's proposals: at the list question it is refused, and the report moves on only with a real proposal", async () => {
  await reportAt(17);
  expect(text(await server.post(LIEN_CHAU, HOA, "ok chị"))).toMatch(/^Tin nhắn này có vẻ là lời trao đổi[^\n]*\n---\nCâu 17\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[16]!))).toMatch(/^Câu 18\/21/);
  expect((await storedAnswers()).proposals).toEqual(["Quan tâm đầu tư kinh phí cho thư viện"]);
});

/** Real answers with the talk's words: a head's direction, an "ok", a wait, a meeting. */
const REAL_ANSWERS = [
  "Cô hiệu trưởng đã chỉ đạo các tổ chuyên môn xây dựng kế hoạch tuyên truyền.",
  "Cô hiệu trưởng chỉ đạo treo băng rôn tại cổng trường",
  "Thầy hiệu trưởng nhắc nhở học sinh đọc sách mỗi ngày.",
  "Ban giám hiệu dặn dò giáo viên chủ nhiệm lồng ghép tuyên truyền trong giờ sinh hoạt lớp.",
  "Cô hiệu trưởng bảo đảm kinh phí cho thư viện",
  "Thầy hiệu trưởng nói chuyện với học sinh về ý nghĩa của Tuần lễ",
  "Hiệu trưởng báo cáo kết quả tại hội nghị cán bộ, viên chức",
  "Cô hiệu trưởng dặn các em học sinh mượn sách ở thư viện",
  "Ok. Đơn vị đã treo băng rôn tại cổng trường",
  "Tuyên truyền qua nhóm Zalo phụ huynh, phản hồi đều ok",
  "Chờ đợi kết quả cuộc thi kể chuyện theo sách",
  "Họp phụ huynh đầu năm để tuyên truyền",
  "Đang họp bàn kế hoạch năm sau",
  "Em đi học, em đọc sách",
];

it("stores a paragraph's real sentences that have the talk's words: 'Cô hiệu trưởng đã chỉ đạo …', an 'ok' in a sentence", async () => {
  await reportAt(2);
  for (const answer of REAL_ANSWERS) {
    // The first is an answer; after /quaylai each replaces it ("Đã sửa câu 2 …").
    expect(text(await server.post(LIEN_CHAU, HOA, answer)), answer).toMatch(/^(?:Đã sửa câu 2 [^\n]*\n---\n)?Câu 3\/21/);
    expect((await storedAnswers()).propaganda, answer).toBe(answer);
    await server.post(LIEN_CHAU, HOA, "/quaylai");
  }
});

it("reads 'tạm dừng nhé, chiều làm tiếp' as a pause: nothing stored, the group's talk after it passed in silence until the clerk comes back", async () => {
  await reportAt(14);
  // Question 14, the strengths (a list): it was stored as the first strength.
  expect(text(await server.post(LIEN_CHAU, HOA, "tạm dừng nhé, chiều làm tiếp"))).toMatch(/^Tin nhắn này hẹn bổ sung sau nên chưa được lưu làm câu trả lời\.[^\n]*gõ \/baocao để làm tiếp[^\n]*\n---\nCâu 14\/21/);
  // The group talks on: no answer, nothing stored.
  for (const talk of ["ok chị", "Chị Lan ơi, mai em gửi ảnh nhé", "Cô hiệu trưởng bảo để hoàn thành tốt em nhé", "Xin chào cả nhà"]) {
    expect(await server.post(LIEN_CHAU, MINH, talk), talk).toEqual([]);
  }
  expect((await storedAnswers()).strengths).toBeUndefined();
  // The clerk comes back: /baocao asks question 14 again, and the talk is answered again after it.
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/^Tiếp tục "Báo cáo[^\n]*\n---\nCâu 14\/21/);
  expect(text(await server.post(LIEN_CHAU, MINH, "ok chị"))).toMatch(/^Tin nhắn này có vẻ là lời trao đổi[^\n]*\n---\nCâu 14\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[13]!))).toMatch(/^Câu 15\/21/);
  expect((await storedAnswers()).strengths).toEqual(["Nâng cao nhận thức về học tập suốt đời", "Hình thức hoạt động phong phú"]);
});

it("takes an answer typed after a pause without /baocao: stored, and the pause is over", async () => {
  await reportAt(8);
  await server.post(LIEN_CHAU, HOA, "tạm dừng nhé, chiều làm tiếp");
  // A figure at the figure question: the clerk is back.
  expect(text(await server.post(LIEN_CHAU, HOA, "6"))).toMatch(/^Câu 9\/21/);
  expect(text(await server.post(LIEN_CHAU, MINH, "ok chị"))).toMatch(/^Câu 9 cần gõ một số: /);
  expect((await storedAnswers()).training_sessions).toBe(6);
});

it("answers a refused attempt at the question while paused, whoever typed it: only the group's talk passes in silence (the clerk's 'ngày mùng hai tháng mười' got nothing)", async () => {
  await reportAt(6);
  await server.post(LIEN_CHAU, HOA, "tạm dừng nhé, chiều làm tiếp");
  expect(await server.post(LIEN_CHAU, MINH, "ok chị")).toEqual([]);
  expect(text(await server.post(LIEN_CHAU, HOA, "ngày mùng hai tháng mười"))).toMatch(/\n---\nCâu 6\/21/);
});

it("answers the group's talk at a figure question with one short message, what is asked and an example", async () => {
  await reportAt(7);
  // Question 7's list answered, question 8 asks a figure: each got the refusal with a note on
  // question 7, then the whole question again.
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[6]!))).toMatch(/^Câu 8\/21/);
  const asked = "Câu 8 cần gõ một số: Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức. Ví dụ: 6.";
  for (const talk of ["ok chị", "đợi em chút", "em đi họp đã", "hihi"]) {
    expect((await server.post(LIEN_CHAU, HOA, talk)).map((m) => m.text), talk).toEqual([asked]);
    expect((await server.post(LIEN_CHAU, MINH, talk)).map((m) => m.text), talk).toEqual([asked]);
  }
  // A figure mistyped keeps its reason (after the note that it may be one more activity) and the question with its hint.
  expect(text(await server.post(LIEN_CHAU, HOA, "vài buổi"))).toMatch(/\nVui lòng nhập một số[^\n]*\n---\nCâu 8\/21[^]*Gợi ý: /);
  expect(text(await server.post(LIEN_CHAU, HOA, "6"))).toMatch(/^Câu 9\/21/);
  expect(await storedAnswers()).toMatchObject({ activities: ["Tổ chức Hội sách", "Tổ chức các sân chơi trực tuyến cho học sinh"], training_sessions: 6 });
});

it("does not submit on another member's bare 'ok' at /nop's confirmation: asks them to say Có; the asker's 'ok' and anyone's 'Có', 'nộp' or 'đồng ý' still confirm", async () => {
  const submitted = async () => (await server.repos.submissions.find(1, 1))!.version;
  await reportAt(22);
  expect(text(await server.post(LIEN_CHAU, HOA, "/nop"))).toMatch(/Có hoặc Không|Có để nộp|Trả lời Có/);
  // Minh, talking with someone else: it submitted the report in Hoa's place.
  // "c" is "chị" in a chat, and "co" without its marks "cô" as often as "có": none is a yes of Minh's.
  for (const casual of ["ok", "ok chị", "dạ", "vâng ạ", "c ơi", "ok c", "dạ c", "ok co"]) {
    expect((await server.post(LIEN_CHAU, MINH, casual)).map((m) => m.text), casual).toEqual(["Trần Văn Minh: nếu muốn nộp báo cáo thay Nguyễn Thị Hoa, vui lòng trả lời Có."]);
  }
  expect(await submitted()).toBe(0);
  // An answer that holds back is no yes, even the asker's ("ok" first read it as one).
  expect(text(await server.post(LIEN_CHAU, HOA, "ok chị, em chưa nộp đâu"))).not.toMatch(/Đã nộp/);
  expect(await submitted()).toBe(0);
  // The asker's own "ok" submits.
  expect(text(await server.post(LIEN_CHAU, HOA, "ok"))).toMatch(/^Đã nộp báo cáo lúc/);
  expect(await submitted()).toBe(1);
});

it("takes another member's explicit 'nộp' or 'đồng ý' at /nop's confirmation", async () => {
  await reportAt(22);
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, MINH, "đồng ý"))).toMatch(/^Trần Văn Minh đã xác nhận nộp thay Nguyễn Thị Hoa\.\n---\nĐã nộp báo cáo lúc/);
  await server.post(LIEN_CHAU, HOA, "sửa câu 8: 7");
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, MINH, "dạ nộp ạ"))).toMatch(/^Trần Văn Minh đã xác nhận nộp thay Nguyễn Thị Hoa\.\n---\nĐã nộp bản sửa lần 1/);
  expect((await server.repos.submissions.find(1, 1))!.version).toBe(2);
});

it("does not take a group's 'ok chị', 'dạ c' or a bare 'ok' or 'dạ' at a yes/no question as its 'Có'; 'có', 'dạ có' and 'vâng' still answer it (a colleague's 'ok chị' was stored as Có)", async () => {
  await reportAt(5);
  for (const talk of ["ok chị", "dạ c", "ok", "dạ", "dạ vâng ạ", "ok e"]) {
    expect(text(await server.post(LIEN_CHAU, MINH, talk)), talk).toMatch(/^Tin nhắn này có vẻ là lời trao đổi trong nhóm nên chưa được lưu vào báo cáo\. Câu đang hỏi:\n---\nCâu 5\/21 — /);
  }
  expect(Object.keys(await storedAnswers())).toHaveLength(4);
  expect(text(await server.post(LIEN_CHAU, HOA, "dạ có"))).toMatch(/^Câu 6\/21/);
  await server.post(LIEN_CHAU, HOA, "/sua 5");
  expect(text(await server.post(LIEN_CHAU, HOA, "vâng"))).not.toMatch(/lời trao đổi/);
  expect(Object.values(await storedAnswers())).toContain(true);
});

it("asks /huy's confirmation again when a yes goes on ('ok để em xem đã'): only a plain yes cancels", async () => {
  await reportAt(3);
  expect(text(await server.post(LIEN_CHAU, HOA, "/huy"))).toMatch(/^Hủy báo cáo đợt 1 "[^"]+" sẽ xóa toàn bộ câu trả lời đã nhập\./);
  // It was read as its first word, "ok", and the report was cancelled.
  for (const goesOn of ["ok để em xem đã", "ok chị, em hỏi lại cô hiệu trưởng", "có lẽ", "ok da"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, goesOn)), goesOn).toMatch(/^Hủy báo cáo đợt 1 "[^"]+" sẽ xóa toàn bộ câu trả lời đã nhập\. Bạn có chắc không\? Trả lời Có để hủy, Không để tiếp tục\.$/);
  }
  expect(Object.keys(await storedAnswers())).toEqual(["plan_reference", "propaganda"]);
  expect(text(await server.post(LIEN_CHAU, HOA, "không, để em xem lại"))).toMatch(/Câu 3\/21/);
  expect(Object.keys(await storedAnswers())).toEqual(["plan_reference", "propaganda"]);
  await server.post(LIEN_CHAU, HOA, "/huy");
  expect(text(await server.post(LIEN_CHAU, HOA, "dạ có, hủy đi ạ"))).toMatch(/^Đã hủy báo cáo đợt 1 "[^"]+" và xóa các câu trả lời\. Gõ \/baocao để bắt đầu lại\.$/);
  expect(await storedAnswers()).toEqual({});
});

it("asks /nop's confirmation again when a yes goes on ('ok để em xem đã'), as /huy's does; a plain yes with the submission said again submits", async () => {
  await reportAt(22);
  await server.post(LIEN_CHAU, HOA, "/nop");
  // It was read as its first word, "ok", and the report was submitted.
  for (const goesOn of ["ok để em xem đã", "ok chị, em hỏi lại cô hiệu trưởng", "ok da", "có, nhưng để em xem đã"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, goesOn)), goesOn).toBe("Xác nhận nộp báo cáo? Trả lời Có để nộp, Không để tiếp tục chỉnh sửa.");
  }
  expect((await server.repos.submissions.find(1, 1))!.version).toBe(0);
  expect(text(await server.post(LIEN_CHAU, HOA, "dạ có, nộp luôn ạ"))).toMatch(/^Đã nộp báo cáo lúc/);
  expect((await server.repos.submissions.find(1, 1))!.version).toBe(1);
});

it("reads 'hủy' (and 'huỷ ạ', the other accent placement) at /nop's confirmation as its Không: not submitted, said so, where it asked the confirmation again", async () => {
  await reportAt(22);
  for (const callOff of ["hủy", "huỷ ạ", "thôi hủy đi"]) {
    await server.post(LIEN_CHAU, HOA, "/nop");
    expect(text(await server.post(LIEN_CHAU, HOA, callOff)), callOff).toMatch(/^Chưa nộp\. Bạn có thể tiếp tục chỉnh sửa\./);
  }
  expect((await server.repos.submissions.find(1, 1))!.version).toBe(0);
});

it("does not store a bare 'tks' or 'ừm' at a paragraph question: every word of acknowledgement is a bare yes or thanks there", async () => {
  await reportAt(2);
  // "ok", "vâng", "thanks" alone were refused; "tks", "ừm", "okela" (the talk's own words) were printed in the report.
  for (const word of ["tks", "ừm", "okela", "ok", "thanks"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, word)), word).toMatch(/^«[^»]+» chưa phải nội dung để in vào báo cáo\.[^\n]*\n---\nCâu 2\/21/);
  }
  expect(await storedAnswers()).toEqual({ plan_reference: FULL_REPORT_ANSWERS[0] });
});
