/**
 * "em không biết" typed in a unit's chat, through the real server: the retest stored it as the
 * answer (a colleague's held message, an optional note) and the document printed "Em không biết.";
 * at a required figure it got only "Vui lòng nhập một số". Now it is never stored, and the reply
 * says what to do. "chưa có ạ" at the recipients leaves them to the default, as "không" does there.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();
const say = async (user: typeof HOA, text: string) => replyText(await server.post(LIEN_CHAU, user, text));

it("refuses «em không biết» at a required figure, saying to ask a colleague and that /sua 10 corrects it later, and asks the figure again", async () => {
  await reportAt(10);
  const reply = await say(HOA, "em không biết");
  expect(reply).not.toContain("Vui lòng nhập một số");
  expect(reply).toMatch(/bắt buộc/);
  expect(reply).toMatch(/hỏi đồng nghiệp/);
  expect(reply).toContain("/sua 10");
  expect(reply).not.toContain("/boqua");
  expect(reply).toMatch(/Câu 10\/21/);
  expect(await say(HOA, "2.000")).toMatch(/Câu 11\/21/);
  expect((await storedAnswers()).readers_served).toBe(2000);
});

it("stores no «don't know» at an optional paragraph (marked, unmarked, or a colleague's just after an answer) and offers /boqua; a real answer holding the words is stored", async () => {
  await reportAt(15);
  for (const typed of ["em khong biet ghi gi", "Em chưa biết ghi gì ạ", "không biết."]) {
    const reply = await say(HOA, typed);
    expect(reply, typed).toContain("/boqua");
    expect(reply, typed).toMatch(/Câu 15\/21/);
  }
  // Hoa answers 15; Minh's "em không biết" just after, at 16, was held then stored as his answer.
  await say(HOA, "Em không biết trước lịch nên chưa tham gia được");
  const minh = await say(MINH, "em không biết");
  expect(minh).not.toMatch(/Đã lưu|Có để lưu/);
  expect(minh).toContain("/boqua");
  expect(minh).toMatch(/Câu 16\/21/);
  const answers = await storedAnswers();
  expect(answers.lessons).toBe("Em không biết trước lịch nên chưa tham gia được");
  expect(answers.limitations).toBeUndefined();
});

it("adds no «- em không biết» from a colleague to the list just answered, and says why", async () => {
  await reportAt(7);
  await say(HOA, FULL_REPORT_ANSWERS[6]!);
  const minh = await say(MINH, "- em không biết");
  expect(minh).not.toMatch(/Đã thêm/);
  expect(minh).toContain("không phải câu trả lời");
  expect(minh).toMatch(/Câu 8\/21/);
  expect((await storedAnswers()).activities).toHaveLength(2);
});

it("leaves the recipients to the default on «chưa có ạ», and the document prints no «không biết» and no «chưa có»", async () => {
  await reportAt(15);
  await say(HOA, "em không biết");
  await say(HOA, "/boqua");
  for (const answer of FULL_REPORT_ANSWERS.slice(15, 17)) await say(HOA, answer);
  expect(await say(HOA, "chưa có ạ")).toMatch(/mặc định/);
  for (const answer of FULL_REPORT_ANSWERS.slice(18)) await say(HOA, answer);
  expect((await storedAnswers()).recipients).toBeNull();
  await say(HOA, "/nop");
  const replies = await server.post(LIEN_CHAU, HOA, "Có");
  const link = replies.find((m) => m.document)!.document!.url;
  const { paragraphs } = readDocx((await server.app.inject(new URL(link).pathname)).rawPayload);
  const text = paragraphs.join("\n");
  expect(text).toContain("Như trên");
  expect(text).not.toMatch(/không biết|chưa có/i);
});
