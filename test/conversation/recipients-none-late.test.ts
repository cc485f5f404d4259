/**
 * "chưa có ạ" at «Nơi nhận» takes the default recipients where the question is asked; the paths
 * that read an answer to it after the report moved on read it as the list's text ("- Chưa có ạ."),
 * so a second member's same words were no longer "the same answer again".
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { createTranscript } from "../helpers/report-transcript.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("asks about a second member's «chưa có ạ» right after the first one's at «Nơi nhận», as about any same answer again, instead of leaving the next question out with it", async () => {
  await reportAt(18);
  expect(text(await server.post(LIEN_CHAU, HOA, "chưa có ạ"))).toMatch(/^Đã bỏ qua câu 18: văn bản dùng nơi nhận mặc định\./);
  // Read as the recipients' text, it was not Hoa's answer again: it left question 19 out in silence.
  const crossed = text(await server.post(LIEN_CHAU, MINH, "chưa có ạ"));
  expect(crossed).toContain(`${MINH.userName}: «chưa có ạ» là câu trả lời cho câu 19`);
  expect(crossed).not.toMatch(/đã bỏ qua câu 19/);
  const stored = await storedAnswers();
  expect(stored.recipients).toBeNull();
  expect(stored).not.toHaveProperty("signer_authority");
});

it("says a late «chưa có ạ» for «Nơi nhận», refused by the date question after it, is the answer it already has", () => {
  const template = parseTemplate({
    key: "noi-nhan-roi-ngay",
    title: "Thử",
    document: { type: "BÁO CÁO", typeCode: "BC", summary: "Thử" },
    sections: [{ heading: "A", fields: [{ id: "note", type: "short-text", prompt: "Ghi chú?", example: "Tốt" }] }],
    closing: {
      recipients: "recipients",
      fields: [
        { id: "recipients", type: "bullet-list", prompt: "Nơi nhận báo cáo (mỗi dòng một nơi)?", example: "UBND phường Nam Triệu", required: false },
        { id: "signed_on", type: "date", prompt: "Ngày ký?", example: "10/10/2026" },
      ],
    },
  });
  const extra = { sender: { id: "u1", name: HOA.userName, at: Date.parse("2026-10-08T03:15:00Z") } };
  const chat = createTranscript(template, new Date("2026-10-08T03:15:00Z"), extra);
  chat.say("/baocao");
  chat.say("Tốt");
  expect(chat.say("chưa có ạ")).toMatch(/^Đã bỏ qua câu 2: văn bản dùng nơi nhận mặc định\./);
  extra.sender = { id: "u2", name: MINH.userName, at: Date.parse("2026-10-08T03:15:05Z") };
  const late = chat.say("chưa có ạ");
  // Read as the list's text, it told Minh to replace the default with "- Chưa có ạ." by "sửa câu 2".
  expect(late).toMatch(/^Câu 2 «Nơi nhận báo cáo \(mỗi dòng một nơi\)» vừa được Nguyễn Thị Hoa trả lời đúng như vậy/);
  expect(late).not.toMatch(/sửa câu 2/);
  expect(chat.state.answers.recipients).toBeNull();
});
