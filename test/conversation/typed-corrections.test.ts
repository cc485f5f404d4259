/**
 * Corrections a clerk types in plain words, through the real server and the local chat (and the
 * engine's transcript): "sửa câu N", "câu N: …", "quay lại", a correction said with words around
 * it, and answers that only look like corrections, which stay answers.
 */
import { typedCommand, typedInput } from "../../src/conversation/typed-commands.ts";
import { parseUserInput } from "../../src/conversation/user-input.ts";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { createTranscript } from "../helpers/report-transcript.ts";
import { KHA } from "../helpers/officers-chat.ts";

/** A message as the service reads it in a unit's chat: "sửa câu 3: …" typed is /sua 3 …. */
const typed = (t: ReturnType<typeof createTranscript>, message: string) => t.send(typedInput(t.state.phase, parseUserInput(message), { reportWords: true }));

const { server, storedAnswers } = useDemoReport();

it("reads 'quay lại', 'xem lại', words closed by 'ạ', 'sửa lại câu số N' and 'sửa câu N: answer' as the commands, never as answers", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 2)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "quay lại"))).toMatch(/^Câu 2\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Xem lại"))).toMatch(/^Xem lại "Báo cáo/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Nộp báo cáo ạ"))).toMatch(/^Chưa thể nộp: còn câu bắt buộc chưa trả lời/);
  // "sửa câu 1: …" answers question 1, not the question being asked.
  const corrected = "Kế hoạch số 200/KH-THLC ngày 28/9/2026 của Trường Tiểu học Liên Châu về tổ chức Tuần lễ";
  expect(text(await server.post(LIEN_CHAU, HOA, `sửa câu 1: ${corrected}`))).toMatch(/^Đã sửa câu 1 «[^»]+»: /);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa lại câu số 1"))).toMatch(/^Câu 1\/21/);
  const answers = await storedAnswers();
  expect(answers.plan_reference).toBe(corrected);
  expect(JSON.stringify(answers)).not.toMatch(/quay lại|Xem lại|sửa/i);
  // Only ":" gives the new answer: "sửa câu 3-5" names questions, and "Sửa 2 - 3 phòng học" is an answer.
  for (const typed of ["sửa câu 3-5", "Sửa 2 - 3 phòng học"]) expect(typedCommand({ kind: "text", text: typed }, { reportWords: true }), typed).toEqual({ kind: "text", text: typed });
  // "/sua 1:answer", without a space after the colon, answers question 1.
  expect(text(await server.post(LIEN_CHAU, HOA, "/sua 1:Kế hoạch số 201/KH-THLC"))).toMatch(/^Đã sửa câu 1 «[^»]+»: Kế hoạch số 201\/KH-THLC/);
});

it("reads 'sửa câu N' typed at the submission's confirmation, and after the submission, as /sua N", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 3"))).toMatch(/^Câu 3\/21/);
  await server.post(LIEN_CHAU, HOA, "Giữ");
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp báo cáo/);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 10"))).toMatch(/^Câu 10\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "2.500"))).toMatch(/^Đã sửa câu 10 «[^»]+»: 2\.500/);
});

it("goes back, after 'sửa câu 3: …' and '/sua 3 …', to the question that was being asked, even when an earlier one was left unanswered", () => {
  for (const correction of ["sửa câu 3: 1, 2", "/sua 3 1, 2"]) {
    const t = createTranscript();
    t.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 11)) t.say(answer);
    // "nộp" at the optional question 12 jumps to the first missing required one, 13 (its buttons shown).
    expect(t.say("/nop")).toMatch(/Câu 13\/21/);
    expect(typed(t, correction), correction).toMatch(/^Đã sửa câu 3 «[^»]+»: [^\n]*\n---\nCâu 13\/21/);
    expect(t.state.fieldId).toBe("self_rating");
  }
});

it("says nothing of an earlier question left when a correction typed in passing goes back to the question asked", () => {
  const t = createTranscript();
  t.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) t.say(answer);
  t.say("/nop");
  for (const answer of FULL_REPORT_ANSWERS.slice(4, 6)) t.say(answer);
  expect(t.state.fieldId).toBe("activities");
  const reply = typed(t, "sửa câu 20: Nguyễn Thị Kha");
  expect(reply).not.toMatch(/Còn câu/);
  expect(reply).toMatch(/Câu 7\/\d+/);
  expect(t.state.fieldId).toBe("activities");
});

it("stays on the corrected question when the correction typed in passing is refused or questioned, so the next reply goes to it", () => {
  const t = createTranscript();
  t.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 12)) t.say(answer);
  expect(t.state.fieldId).toBe("self_rating");
  // Refused: question 8 is asked again with why, and the "2" that follows is its answer, not question 13's.
  expect(typed(t, "sửa câu 8: 2 trở lên")).toMatch(/\n---\nCâu 8\/21/);
  expect(t.say("2")).toMatch(/\n---\nCâu 13\/21|^Câu 13\/21/);
  expect(t.effects.filter((e) => e.type === "save-answer" && e.fieldId === "self_rating")).toEqual([]);
  expect(t.effects.filter((e) => e.type === "save-answer" && e.fieldId === "training_sessions").at(-1)).toMatchObject({ value: 2 });
  // Questioned: 5,000 sessions, far above question 9's participants, is asked about, not dropped.
  expect(typed(t, "sửa câu 8: 5000")).toMatch(/xác nhận 5\.000\?/);
  expect(t.say("Có")).toMatch(/Câu 13\/21/);
  expect(t.effects.filter((e) => e.type === "save-answer" && e.fieldId === "training_sessions").at(-1)).toMatchObject({ value: 5000 });
});

it("reads what clerks type in plain words: 'câu 9 sửa lại là 250', 'mặc định' for the recipients, 'gửi báo cáo' and 'làm sao để gửi' once every question is answered", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 12)) await server.post(LIEN_CHAU, HOA, answer);
  for (const correction of ["câu 9 sửa lại là 250", "sửa câu 10 thành 2.100", "sua cau 11 la 340"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, correction)), correction).toMatch(/^Đã sửa câu (9|10|11) «[^»]+»: [\d.]+\n---\nCâu 13\/21/);
  }
  for (const answer of FULL_REPORT_ANSWERS.slice(12, 17)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "mac dinh"))).toMatch(/^Đã bỏ qua câu 18: văn bản dùng nơi nhận mặc định\.\n---\nCâu 19\/21/);
  for (const answer of FULL_REPORT_ANSWERS.slice(18)) await server.post(LIEN_CHAU, HOA, answer);
  expect(await storedAnswers()).toMatchObject({ training_participants: 250, readers_served: 2100, books_collected: 340, recipients: null });
  // The review says the recipients are the document's own, not "(bỏ qua)".
  expect(text(await server.post(LIEN_CHAU, HOA, "/xem"))).toContain("Nơi nhận báo cáo (mỗi dòng một nơi)?\n(mặc định: Như trên; Lưu: VT)");
  // Once every question is answered, the group's talk is left alone, but not these.
  expect(text(await server.post(LIEN_CHAU, HOA, "làm sao để gửi ạ?"))).toMatch(/\/nop/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Gửi báo cáo"))).toMatch(/Xác nhận nộp báo cáo\?/);
});

it("reads 'câu N: …' as question N's answer, without the label, and says one given ahead of the question asked", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 14)) await server.post(LIEN_CHAU, HOA, answer);
  // Question 15 (lessons) is asked; the clerk answers question 16 first, labelled.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 16: Đề nghị cấp thêm kinh phí mua sách"))).toMatch(/^Đã lưu câu 16 «Những tồn tại, hạn chế \(mỗi dòng một ý\)»: - Đề nghị cấp thêm kinh phí mua sách\n---\nCâu 15\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Câu 15: Cần phát huy tính chủ động"))).toMatch(/^Câu 17\/21/);
  // Question 19 (optional) left out ahead of question 17: said too.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 19 bỏ qua"))).toMatch(/^Đã bỏ qua câu 19\.\n---\nCâu 17\/21/);
  expect(await storedAnswers()).toMatchObject({ lessons: "Cần phát huy tính chủ động", limitations: ["Đề nghị cấp thêm kinh phí mua sách"] });
});

it("never takes a label for a correction of an answered question: a numbered slogan list, a colleague's remark after the submission (said how to correct instead)", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) await server.post(LIEN_CHAU, HOA, answer);
  // Question 4 asks the slogans; questions 1 and 2 are answered.
  expect(text(await server.post(LIEN_CHAU, HOA, "Câu 1: Xây dựng năng lực tự học\nCâu 2: Học tập suốt đời"))).toMatch(/^Câu 5\//);
  expect(await storedAnswers()).toMatchObject({ plan_reference: "Kế hoạch số 192/KH-THLC ngày 27/9/2026", slogans: ["Câu 1: Xây dựng năng lực tự học", "Câu 2: Học tập suốt đời"] });
  for (const answer of FULL_REPORT_ANSWERS.slice(4)) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã nộp/);
  // Not stored; naming a question, it gets how to correct one.
  expect(text(await server.post(LIEN_CHAU, HOA, "Câu 2: em thấy phần này còn sơ sài quá"))).toMatch(/^Báo cáo đã được nộp lúc [^\n]*Muốn sửa, gõ: sửa câu <số câu>: <câu trả lời mới>/);
  expect((await storedAnswers()).propaganda).toBe(FULL_REPORT_ANSWERS[1]);
  expect((await server.repos.submissions.find(1, 1))?.status).toBe("submitted");
});

it("reads a returned report's labels as its corrections, a correction or a label after a sentence ('Dạ em sửa ạ. Sửa câu 1: …', 'Dạ em sửa ạ. câu 2: …'), and answers 'em nhầm …' after a submission with how to correct", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  // Submitted: a slip said in words gets how to correct it (the question its words name, with the
  // figure said), and nothing changes.
  expect(text(await server.post(LIEN_CHAU, HOA, "chết, em nhầm số bạn đọc, phải là 1.520 ạ"))).toBe(
    "Bản đã nộp chưa thay đổi. Câu 10 là «Số lượt bạn đọc được thư viện, tủ sách phục vụ trong Tuần lễ»; muốn sửa, gõ: sửa câu 10: 1.520, rồi /nop để nộp bản sửa.",
  );
  // Talk that only looks so stays the group's own.
  for (const talk of ["ok cả nhà, em đi họp đây", "Tuần sau em vào Sài Gòn công tác ạ", "đừng sai hẹn nhé", "Cầu 3 bị ngập", "Chị sửa lại máy in giúp em với", "Em nhắm mắt làm liều thôi"]) {
    expect(await server.post(LIEN_CHAU, HOA, talk), talk).toEqual([]);
  }
  // A sentence before the correction.
  expect(text(await server.post(LIEN_CHAU, HOA, "Dạ em sửa ạ. Sửa câu 1: Kế hoạch số 115/KH-THLC ngày 28/9/2026"))).toMatch(/^Đã sửa câu 1/);
  expect((await storedAnswers()).plan_reference).toBe("Kế hoạch số 115/KH-THLC ngày 28/9/2026");
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  expect(text(await server.post("can-bo-phuong", KHA, "/tralai TH-LIEN-CHAU bổ sung số sách (câu 11)"))).toMatch(/^Đã trả lại/);
  expect((await server.repos.submissions.find(1, 1))?.status).toBe("returned");
  expect(text(await server.post(LIEN_CHAU, HOA, "số sách bị sai ạ"))).toMatch(/^Báo cáo đang được trả lại để sửa\. Nhận xét của cán bộ phụ trách: bổ sung số sách \(câu 11\)\n---\nBản đã nộp chưa thay đổi\. Câu 11 là «Số sách quyên góp[^»]*»; muốn sửa, gõ: sửa câu 11: <số mới>, rồi \/nop để nộp bản sửa\.$/);
  // Returned: the label answers, overwriting (the officer asked for it).
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 11: 95"))).toMatch(/^Đã sửa câu 11/);
  expect((await storedAnswers()).books_collected).toBe(95);
  // The label after a courtesy sentence too (it got no reply at all, and the old answer stayed).
  expect(text(await server.post(LIEN_CHAU, HOA, "Dạ em sửa ạ. câu 2: Nhà trường tuyên truyền trên loa phát thanh"))).toMatch(/^Đã sửa câu 2/);
  expect((await storedAnswers()).propaganda).toBe("Nhà trường tuyên truyền trên loa phát thanh");
});

it("reads a correction or a submission said with the words around it once every question is answered: 'à nhầm, sửa câu 8 là 2 buổi', 'cho em sửa câu 10 ạ', 'Dạ vâng, nộp ạ'; a bare label 'câu 11: 660' is said how to replace", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "à nhầm, sửa câu 8 là 2 buổi"))).toMatch(/^Đã sửa câu 8 «Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức»: 2\n/);
  expect(text(await server.post(LIEN_CHAU, HOA, "cho em sửa câu 10 ạ"))).toMatch(/^Câu 10\/21 — [^\n]*\nSố lượt bạn đọc/);
  expect(text(await server.post(LIEN_CHAU, HOA, "2.300"))).toMatch(/^Đã sửa câu 10 /);
  // A bare label of an answered question changes nothing (it may be a colleague's remark), and is
  // said how to replace it with that answer, where it passed in silence (unmarked, too).
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 11: 660"))).toBe("Câu 11 chưa được thay: một dòng «câu 11: …» không thay câu trả lời đã có. Muốn thay bằng «660», gõ: sửa câu 11: 660");
  expect(text(await server.post(LIEN_CHAU, HOA, "cau 11: 660 a"))).toMatch(/^Câu 11 chưa được thay: [^\n]*gõ: sửa câu 11: 660 a$/);
  // The answer it has already: said so.
  expect(text(await server.post(LIEN_CHAU, HOA, `câu 11: ${FULL_REPORT_ANSWERS[10]}`))).toBe("Câu 11 đã có đúng câu trả lời này; không cần sửa.");
  expect(text(await server.post(LIEN_CHAU, HOA, "Dạ vâng, nộp ạ"))).toMatch(/Xác nhận nộp báo cáo\?/);
  await server.post(LIEN_CHAU, HOA, "Không");
  expect(await storedAnswers()).toMatchObject({ training_sessions: 2, readers_served: 2300, books_collected: Number(FULL_REPORT_ANSWERS[10]!.replace(/\D/g, "")) });
});

it("leaves answers that only look like corrections as answers", () => {
  for (const answer of ["Sửa chữa thư viện: xong", "Các lớp sửa câu khẩu hiệu", "Câu lạc bộ đọc sách: 3 buổi", "câu 16", "Sửa 2 thành 3 phòng đọc", "em sửa xong câu 3 rồi", "Hội sách. Sửa 2: phòng đọc", "Tuyên truyền qua loa. Sửa câu 2: 5"]) {
    expect(typedCommand({ kind: "text", text: answer }, { reportWords: true }), answer).toEqual({ kind: "text", text: answer });
  }
  expect(typedCommand({ kind: "text", text: "Em xin sửa câu 3: 250" }, { reportWords: true })).toEqual({ kind: "command", command: "edit", argument: "3 250" });
  for (const answer of ["Có sửa 3", "Câu 2:30 chiều", "Co sua 3"]) expect(typedCommand({ kind: "text", text: answer }, { reportWords: true, labelAnswers: () => true }), answer).toEqual({ kind: "text", text: answer });
  // A bare label answers only a question it may (the one asked, one unanswered): never overwrites.
  const label = { kind: "text" as const, text: "CÂU 2:  Treo băng rôn" };
  expect(typedCommand(label, { reportWords: true, labelAnswers: (n) => n === 2 })).toEqual({ kind: "command", command: "edit", argument: "2 Treo băng rôn" });
  expect(typedCommand(label, { reportWords: true, labelAnswers: (n) => n !== 2 })).toEqual(label);
  expect(typedCommand(label, { reportWords: true })).toEqual(label);
  // Several answers pasted at once: one at a time ("/sua 1, 2" says so), never all stored as the first.
  for (const pasted of ["Câu 1: Kế hoạch số 12\nCâu 2: Treo băng rôn", "sửa câu 1: A\nsửa câu 2: B"]) {
    expect(typedCommand({ kind: "text", text: pasted }, { reportWords: true, labelAnswers: () => true }), pasted).toEqual({ kind: "command", command: "edit", argument: "1, 2" });
  }
});

it("names the question a correction left to the default recipients ('à nhầm, sửa câu 18: mặc định' at question 19), not 'câu này'", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 18)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "à nhầm, sửa câu 18: mặc định"))).toMatch(/^Đã bỏ qua câu 18: văn bản dùng nơi nhận mặc định\.\n---\nCâu 19\/21/);
  expect((await storedAnswers()).recipients).toBeNull();
});

it("answers 'chết, câu 8 em nhầm, phải là 6 buổi ạ' with exactly how to correct question 8 with that figure, storing nothing", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of [...FULL_REPORT_ANSWERS.slice(0, 7), "5"]) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "chết, câu 8 em nhầm, phải là 6 buổi ạ"))).toMatch(/^Tin này chưa sửa gì\. Câu 8 là «[^»]+»; muốn sửa, gõ: sửa câu 8: 6\.\n---\nCâu 9\/21/);
  expect(await storedAnswers()).toMatchObject({ training_sessions: 5 });
  expect((await storedAnswers()).training_participants).toBeUndefined();
});
