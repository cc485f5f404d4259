/**
 * What a clerk types instead of a command, through the real server and the local chat: "?",
 * "trợ giúp" and "bỏ qua" in a unit's chat are help and skip (stored as answers they were printed
 * in the report), and help lists what the asker may use, then repeats the question being asked.
 */
import { isKeepWord } from "../../src/conversation/engine-last-year.ts";
import { typedCommand, typedInput } from "../../src/conversation/typed-commands.ts";
import { parseUserInput } from "../../src/conversation/user-input.ts";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { createTranscript } from "../helpers/report-transcript.ts";

/** A message as the service reads it in a unit's chat: "sửa câu 3: …" typed is /sua 3 …. */
const typed = (t: ReturnType<typeof createTranscript>, message: string) => t.send(typedInput(t.state.phase, parseUserInput(message), { reportWords: true }));

const KHA = { userId: "u7", userName: "Nguyễn Thị Kha" };
const OFFICERS = "can-bo-phuong";

const { server, storedAnswers } = useDemoReport();

it("reads '?', 'trợ giúp' and 'bỏ qua' typed in a unit's chat as help and skip, never as answers", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);

  const help = text(await server.post(LIEN_CHAU, HOA, "?"));
  expect(help).toMatch(/^Các lệnh của bot báo cáo:\n[\s\S]*\n---\nCâu 2\/19/);
  // The chat is bound already: no word on binding it.
  expect(help).not.toMatch(/\/dangky/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Trợ giúp!"))).toMatch(/^Các lệnh của bot báo cáo:[\s\S]*\n---\nCâu 2\/19/);
  // Question 2 is required: "bỏ qua" is refused as /boqua is, and stays unanswered.
  expect(text(await server.post(LIEN_CHAU, HOA, "bỏ qua"))).toMatch(/^Câu này bắt buộc, không thể bỏ qua\.\n---\nCâu 2\/19/);
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
  expect(text(await server.post("thcs-nam-trieu", newcomer, "/baocao"))).toMatch(/^Bắt đầu báo cáo/);
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
  expect(text(await server.post(LIEN_CHAU, HOA, "mặc định"))).toMatch(/^Đã bỏ qua câu này \(không có nội dung để đưa vào báo cáo\)\.\n---\nCâu 2\/19/);
  // Question 2 is required: refused, nothing stored, still asked.
  expect(text(await server.post(LIEN_CHAU, HOA, "Dùng mặc định"))).toMatch(/^Câu này không có nội dung mặc định, nội dung gõ vào sẽ được in nguyên văn trong báo cáo\. Vui lòng gõ câu trả lời\.\n---\nCâu 2\/19/);
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

it("reads plain 'nộp' as /nop, before every question is answered too (never stored as an answer), and 'sửa câu 3' as /sua 3", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  // Mid-report, /nop says what is missing; the question stays open and nothing is stored.
  expect(text(await server.post(LIEN_CHAU, HOA, "nộp"))).toMatch(/^Chưa thể nộp: còn câu bắt buộc chưa trả lời/);
  expect((await storedAnswers()).plan_reference).toBeUndefined();
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  expect(text(await server.post(LIEN_CHAU, HOA, "Sửa câu 1"))).toMatch(/^Câu 1\/19/);
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  for (const answer of FULL_REPORT_ANSWERS.slice(1)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "Nop bao cao."))).toMatch(/^Xem lại báo cáo [\s\S]*Xác nhận nộp báo cáo\?/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã nộp báo cáo/);
});

it("keeps 'nộp' as an answer where the question takes it (an option 'Đã nộp'), and reads it as /nop in the officers' forms only when asked for", () => {
  const text = { kind: "text" as const, text: "nộp" };
  expect(typedCommand(text, { reportWords: true })).toEqual({ kind: "command", command: "submit", argument: "" });
  expect(typedCommand(text, { reportWords: true, takesAsAnswer: () => true })).toEqual(text);
  // Every question answered: "sửa câu 3" is /sua 3 in a report.
  expect(typedInput("complete", { kind: "text", text: "Sửa câu 3." }, { reportWords: true })).toEqual({ kind: "command", command: "edit", argument: "3" });
  expect(typedInput("complete", { kind: "text", text: "Sửa câu 3." })).toEqual({ kind: "text", text: "Sửa câu 3." });
  // The officers' forms, typed in a busy group: only the aliases.
  expect(typedCommand(text)).toEqual(text);
  expect(typedCommand({ kind: "text", text: "Bỏ qua." })).toEqual({ kind: "command", command: "skip", argument: "" });
});

it("reads the typed words however they are keyed (tone marks as combining characters, spaces, '!!!') and a longer text as text", () => {
  const keyedApart = "  Nộp   báo   cáo!!!  ".normalize("NFD");
  expect(typedCommand({ kind: "text", text: keyedApart }, { reportWords: true })).toEqual({ kind: "command", command: "submit", argument: "" });
  expect(typedCommand({ kind: "text", text: "Sửa câu 120.".normalize("NFD") }, { reportWords: true })).toEqual({ kind: "command", command: "edit", argument: "120" });
  expect(isKeepWord(" Giữ nguyên!! ".normalize("NFD"))).toBe(true);
  // A correction with "là:"/"thành:"; "là"/"thành" without "câu" is an answer ("Sửa 2 thành 3 phòng đọc").
  const asking = (typed: string) => typedInput("asking", parseUserInput(typed), { reportWords: true });
  for (const typed of ["sửa câu 3 là: 250", "sửa câu 3 thành: 250", "câu 3 sửa lại thành: 250"]) expect(asking(typed), typed).toEqual({ kind: "command", command: "edit", argument: "3 250" });
  expect(asking("Sửa 2 thành 3 phòng đọc")).toEqual({ kind: "text", text: "Sửa 2 thành 3 phòng đọc" });
  // "gửi đi" said to a colleague while a question is asked is no /nop; once every question is answered it is.
  expect(asking("gửi đi")).toEqual({ kind: "text", text: "gửi đi" });
  expect(typedInput("complete", parseUserInput("gửi đi"), { reportWords: true })).toEqual({ kind: "command", command: "submit", argument: "" });
  // A command typed without its slash.
  for (const [typed, command] of [["baocao", "report"], ["Boqua", "skip"], ["trogiup", "help"]] as const) expect(typedCommand({ kind: "text", text: typed }), typed).toEqual({ kind: "command", command, argument: "" });
  for (const same of ["như đợt trước", "Như cũ ạ", "giữ như năm trước", "giống đợt trước nhé"]) expect(isKeepWord(same), same).toBe(true);
  expect(isKeepWord("như đợt trước, thêm Hội sách")).toBe(false);
  // The cut-off: up to 40 characters (trimmed) a text is looked up among the words, past it not.
  const spaced = (spaces: number) => ({ kind: "text" as const, text: ` trợ${" ".repeat(spaces)}giúp ` });
  expect(spaced(33).text.trim()).toHaveLength(40);
  expect(typedCommand(spaced(33))).toEqual({ kind: "command", command: "help", argument: "" });
  expect(typedCommand(spaced(34))).toEqual(spaced(34));
  const answer = { kind: "text" as const, text: "Nộp báo cáo đúng hạn cho Phòng Giáo dục và Đào tạo" };
  expect(typedCommand(answer, { reportWords: true })).toEqual(answer);
  // The same cut-off once every question is answered, for "nộp" and "sửa câu 3".
  const spacedAround = (word: string, spaces: number) => ({ kind: "text" as const, text: ` ${word.replace(" ", " ".repeat(spaces))} ` });
  expect(spacedAround("nộp đi", 35).text.trim()).toHaveLength(40);
  expect(typedInput("complete", spacedAround("nộp đi", 35), { reportWords: true })).toEqual({ kind: "command", command: "submit", argument: "" });
  expect(typedInput("complete", spacedAround("nộp đi", 36), { reportWords: true })).toEqual(spacedAround("nộp đi", 36));
  expect(spacedAround("sửa 3", 36).text.trim()).toHaveLength(40);
  expect(typedInput("complete", spacedAround("sửa 3", 36), { reportWords: true })).toEqual({ kind: "command", command: "edit", argument: "3" });
  expect(typedInput("complete", spacedAround("sửa 3", 37), { reportWords: true })).toEqual(spacedAround("sửa 3", 37));
  expect(isKeepWord("Giữ nguyên hiện trạng cơ sở vật chất của thư viện nhà trường")).toBe(false);
});

it("reads 'quay lại', 'xem lại', words closed by 'ạ', 'sửa lại câu số N' and 'sửa câu N: answer' as the commands, never as answers", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 2)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "quay lại"))).toMatch(/^Câu 2\/19/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Xem lại"))).toMatch(/^Xem lại báo cáo/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Nộp báo cáo ạ"))).toMatch(/^Chưa thể nộp: còn câu bắt buộc chưa trả lời/);
  // "sửa câu 1: …" answers question 1, not the question being asked.
  const corrected = "Kế hoạch số 200/KH-THLC ngày 28/9/2026 của Trường Tiểu học Liên Châu về tổ chức Tuần lễ";
  expect(text(await server.post(LIEN_CHAU, HOA, `sửa câu 1: ${corrected}`))).toMatch(/^Đã sửa câu 1 «[^»]+»: /);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa lại câu số 1"))).toMatch(/^Câu 1\/19/);
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

it("reads 'xem lại' once every question is answered, and after the submission, as /xem, though the group's talk is left alone", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  // What the bot's own message says to do, typed without the slash in the group.
  expect(text(await server.post(LIEN_CHAU, HOA, "xem lai"))).toMatch(/^Xem lại báo cáo /);
  expect(await server.post(LIEN_CHAU, HOA, "ok chị")).toEqual([]);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  expect(text(await server.post(LIEN_CHAU, HOA, "Xem lại báo cáo ạ"))).toMatch(/^Xem lại báo cáo /);
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
  expect(text(await server.post(LIEN_CHAU, HOA, "mac dinh"))).toMatch(/^Đã bỏ qua câu này: văn bản dùng nơi nhận mặc định\.\n---\nCâu 19\/21/);
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

it("reads an assent before 'nộp' as /nop before every question is answered too, storing nothing", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const typed of ["Dạ vâng, nộp ạ", "ok nộp nhé", "Dạ, nộp ạ", "Vâng, nộp"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(/^Chưa thể nộp: còn câu bắt buộc chưa trả lời/);
  }
  expect(await storedAnswers()).toEqual({});
});


it("stores no question about the question, greeting or promise to answer later: each is said for what it is, and the question asked again with its hint", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  expect(text(await server.post(LIEN_CHAU, HOA, "chào bot, cái này điền gì ạ?"))).toMatch(/^Tin nhắn này là câu hỏi về câu đang hỏi nên chưa được lưu làm câu trả lời\.[^\n]*\n---\nCâu 1\/19/);
  expect(text(await server.post(LIEN_CHAU, HOA, "em chưa có số kế hoạch, mai em bổ sung sau nhé"))).toMatch(/^Tin nhắn này hẹn bổ sung sau[^\n]*gõ \/baocao để làm tiếp[^\n]*\n---\nCâu 1\/19/);
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 8)) await server.post(LIEN_CHAU, HOA, answer);
  // A figure's question: "type a number" was the answer to a question about it.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu này là tính cả gv trường khác à?"))).toMatch(/^Tin nhắn này là câu hỏi về câu đang hỏi[^\n]*\n---\nCâu 9\/\d+/);
  expect(text(await server.post(LIEN_CHAU, HOA, "chào cả nhà, hôm qua em làm dở, giờ làm tiếp"))).toMatch(/^Tin nhắn này là lời chào trong nhóm[^\n]*\n---\nCâu 9\/\d+/);
  expect(Object.keys(await storedAnswers())).toHaveLength(8);
  expect(JSON.stringify(await storedAnswers())).not.toMatch(/chào|điền gì|bổ sung sau|tính cả/);
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

it("starts the report at 'báo cáo' typed before one is started, helps at 'bot ơi', picks a campaign at 'baocao 1' after a submission, and reads 'nộp lại' after a correction as /nop", async () => {
  expect(text(await server.post(LIEN_CHAU, HOA, "bot ơi"))).toMatch(/^Các lệnh của bot báo cáo:/);
  // A word in a sentence is no command, nor "bắt đầu nhé": the group's talk is left alone.
  expect(await server.post(LIEN_CHAU, HOA, "báo cáo hôm qua em gửi rồi")).toEqual([]);
  expect(await server.post(LIEN_CHAU, HOA, "Bắt đầu nhé")).toEqual([]);
  expect(text(await server.post(LIEN_CHAU, HOA, "Báo cáo"))).toMatch(/^Bắt đầu báo cáo[^]*\n---\nCâu 1\/19/);
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  // Submitted: "baocao 1" typed without its slash picks the campaign as "/baocao 1" does (it got no reply).
  const typed = text(await server.post(LIEN_CHAU, HOA, "baocao 1"));
  expect(typed).not.toBe("");
  expect(typed).toBe(text(await server.post(LIEN_CHAU, HOA, "/baocao 1")));
  await server.post(LIEN_CHAU, HOA, "sửa câu 10: 1.520");
  expect(text(await server.post(LIEN_CHAU, HOA, "nộp lại"))).toMatch(/Xác nhận nộp/);
});
