/**
 * "Kính gửi: …" typed where another question is asked, from the users' retest, through the real
 * server and the local chat: the document's head prints that line; nothing stored, said so.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const REFUSED = /^Dòng «Kính gửi» là nơi nhận ghi ở đầu văn bản, không phải câu trả lời cho câu này, nên chưa được lưu\. Văn bản đã tự ghi dòng «Kính gửi», không cần gõ\. Vui lòng gõ câu trả lời cho câu đang hỏi\.\n---\n/;

it("refuses 'Kính gửi: …' at the strengths and at the plan's reference, storing nothing and asking the question again", async () => {
  await reportAt(14);
  const before = await storedAnswers();
  // It was stored as the strengths' first line and printed in the report's body.
  expect(text(await server.post(LIEN_CHAU, HOA, "Kính gửi: UBND phường Nam Triệu"))).toMatch(new RegExp(`${REFUSED.source}Câu 14/21`));
  expect(text(await server.post(LIEN_CHAU, HOA, "- kinh gui Phong GD&DT\n- Nâng cao nhận thức"))).toMatch(new RegExp(`${REFUSED.source}Câu 14/21`));
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 1: Kính gửi Phòng Giáo dục"))).toMatch(new RegExp(`${REFUSED.source}Câu 1/21`));
  expect(await storedAnswers()).toEqual(before);
  // Words that only contain it are an answer.
  expect(text(await server.post(LIEN_CHAU, HOA, "Kế hoạch số 12/KH, đã kính gửi phường"))).toMatch(/^Đã sửa câu 1 /);
  expect((await storedAnswers()).plan_reference).toBe("Kế hoạch số 12/KH, đã kính gửi phường");
});
