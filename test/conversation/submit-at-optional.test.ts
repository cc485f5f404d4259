/**
 * "nộp" typed while an optional question is asked, others required still unanswered: the reply goes
 * to the first required one and says the question asked is left for the end, with how to answer it
 * now. It moved on in silence (Câu 11 came back only at the end). Through the real server and the local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, reportAt } = useDemoReport();

it("says optional Câu 11, asked when 'nộp' is typed with required questions left, is left for the end and how to answer it now", async () => {
  await reportAt(11);
  const reply = text(await server.post(LIEN_CHAU, HOA, "nộp"));
  expect(reply).toMatch(/^Chưa thể nộp: còn câu bắt buộc chưa trả lời \(câu 13, câu 14, câu 20, câu 21\)\.\nCâu 11 \(không bắt buộc\) chưa trả lời, sẽ được hỏi lại sau cùng; muốn trả lời ngay, gõ \/sua 11\.\n---\nCâu 13\/21/);
  // As said: /sua 11 asks it now.
  expect(text(await server.post(LIEN_CHAU, HOA, "/sua 11"))).toMatch(/^Câu 11\/21/);
});

it("still goes to the first required question left where the question asked at 'nộp' is answered already (/sua 2)", async () => {
  await reportAt(13);
  await server.post(LIEN_CHAU, HOA, "/sua 2");
  const reply = text(await server.post(LIEN_CHAU, HOA, "nộp"));
  expect(reply).toMatch(/^Chưa thể nộp: còn câu bắt buộc chưa trả lời \(câu 13, câu 14, câu 20, câu 21\)\.\n---\nCâu 13\/21/);
});
