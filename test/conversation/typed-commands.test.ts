/**
 * What a clerk types instead of a command, through the real server and the local chat, and how the
 * typed words are read: "nộp" and its assents as /nop, "xem lại" as /xem, "báo cáo" as /baocao,
 * however the words are keyed. Help and skip: typed-help-and-skip.test.ts; corrections:
 * typed-corrections.test.ts.
 */
import { isKeepWord } from "../../src/conversation/engine-last-year.ts";
import { typedCommand, typedInput } from "../../src/conversation/typed-commands.ts";
import { parseUserInput } from "../../src/conversation/user-input.ts";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server, storedAnswers } = useDemoReport();

it("reads plain 'nộp' as /nop, before every question is answered too (never stored as an answer), and 'sửa câu 3' as /sua 3", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  // Mid-report, /nop says what is missing; the question stays open and nothing is stored.
  expect(text(await server.post(LIEN_CHAU, HOA, "nộp"))).toMatch(/^Chưa thể nộp: còn câu bắt buộc chưa trả lời/);
  expect((await storedAnswers()).plan_reference).toBeUndefined();
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  expect(text(await server.post(LIEN_CHAU, HOA, "Sửa câu 1"))).toMatch(/^Câu 1\/21/);
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  for (const answer of FULL_REPORT_ANSWERS.slice(1)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "Nop bao cao."))).toMatch(/^Xem lại "Báo cáo [\s\S]*Xác nhận nộp báo cáo\?/);
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

it("reads 'xem lại' once every question is answered, and after the submission, as /xem, though the group's talk is left alone", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  // What the bot's own message says to do, typed without the slash in the group.
  expect(text(await server.post(LIEN_CHAU, HOA, "xem lai"))).toMatch(/^Xem lại "Báo cáo /);
  expect(await server.post(LIEN_CHAU, HOA, "ok chị")).toEqual([]);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  expect(text(await server.post(LIEN_CHAU, HOA, "Xem lại báo cáo ạ"))).toMatch(/^Xem lại "Báo cáo /);
});

it("reads an assent before 'nộp' as /nop before every question is answered too, storing nothing", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const typed of ["Dạ vâng, nộp ạ", "ok nộp nhé", "Dạ, nộp ạ", "Vâng, nộp"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(/^Chưa thể nộp: còn câu bắt buộc chưa trả lời/);
  }
  expect(await storedAnswers()).toEqual({});
});

it("starts the report at 'báo cáo' typed before one is started, helps at 'bot ơi', picks a campaign at 'baocao 1' after a submission, and reads 'nộp lại' after a correction as /nop", async () => {
  expect(text(await server.post(LIEN_CHAU, HOA, "bot ơi"))).toMatch(/^Các lệnh của bot báo cáo:/);
  // A word in a sentence is no command, nor "bắt đầu nhé": the group's talk is left alone.
  expect(await server.post(LIEN_CHAU, HOA, "báo cáo hôm qua em gửi rồi")).toEqual([]);
  expect(await server.post(LIEN_CHAU, HOA, "Bắt đầu nhé")).toEqual([]);
  expect(text(await server.post(LIEN_CHAU, HOA, "Báo cáo"))).toMatch(/^Bắt đầu "Báo cáo[^]*\n---\nCâu 1\/21/);
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

it("reads a command's name typed without its slash, as /trogiup lists it, in the officers' forms too; a word with its marks stays text there, except 'hủy' (as 'huy')", () => {
  expect(typedCommand({ kind: "text", text: "vanban" })).toEqual({ kind: "command", command: "document", argument: "" });
  expect(typedCommand({ kind: "text", text: "nop" })).toEqual({ kind: "command", command: "submit", argument: "" });
  expect(typedCommand({ kind: "text", text: "Huy." })).toEqual({ kind: "command", command: "cancel", argument: "" });
  expect(typedCommand({ kind: "text", text: "nộp" })).toEqual({ kind: "text", text: "nộp" });
  expect(typedCommand({ kind: "text", text: "hủy" })).toEqual({ kind: "command", command: "cancel", argument: "" });
  expect(typedCommand({ kind: "text", text: "húy" })).toEqual({ kind: "text", text: "húy" });
  // A choice with an option of that name keeps it as the answer.
  expect(typedCommand({ kind: "text", text: "xem" }, { takesAsAnswer: () => true })).toEqual({ kind: "text", text: "xem" });
});
