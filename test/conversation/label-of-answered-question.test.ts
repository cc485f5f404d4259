/**
 * "câu N: …" naming an answered question, typed while another is asked, from the users' retest,
 * through the real server and the local chat: it was stored whole, label and all, as the asked
 * question's answer ("câu 19: kt hiệu trưởng" printed under the signature as the signer's name).
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS, FULL_REPORT_QUESTION_COUNT } from "../helpers/full-report.ts";

const { server, storedAnswers } = useDemoReport();

it("stores nothing for a label naming an answered question while another is asked, says how to replace that answer, and asks the question again", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, -1)) await server.post(LIEN_CHAU, HOA, answer);
  const before = await storedAnswers();
  const n = FULL_REPORT_QUESTION_COUNT;
  expect(text(await server.post(LIEN_CHAU, MINH, "câu 19: kt hiệu trưởng"))).toMatch(
    new RegExp(`^Câu 19 chưa được thay: một dòng «câu 19: …» không thay câu trả lời đã có\\. Muốn thay bằng «kt hiệu trưởng», gõ: sửa câu 19: kt hiệu trưởng\\n---\\nCâu ${n}/${n}`),
  );
  expect(await storedAnswers()).toEqual(before);
  // The label of the question asked is its answer, as before.
  expect(text(await server.post(LIEN_CHAU, HOA, `câu ${n}: Nguyễn Văn An`))).toMatch(/^Đã trả lời xong/);
  expect((await storedAnswers()).signer_name).toBe("Nguyễn Văn An");
});
