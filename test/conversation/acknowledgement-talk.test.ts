/**
 * "tks", "ok", "dạ" typed alone by the clerk at a percent or a choice question, from the users'
 * retest, through the real server: talk, as at a short text; nothing stored, the question kept.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const TALK = /^Tin nhắn này có vẻ là lời trao đổi trong nhóm nên chưa được lưu vào báo cáo\. Câu đang hỏi:\n---\n/;

it("reads a bare 'tks', 'ok', 'dạ' at the percent and the choice question as talk: no error, nothing stored, the question kept", async () => {
  await reportAt(12);
  const before = await storedAnswers();
  // Each got "Vui lòng nhập tỉ lệ phần trăm…" / "Vui lòng chọn một số từ 1 đến 3…".
  for (const typed of ["tks", "ok", "dạ"]) expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(new RegExp(`${TALK.source}Câu 12/21`));
  expect(await storedAnswers()).toEqual(before);
  expect(text(await server.post(LIEN_CHAU, HOA, "95,5%"))).toMatch(/^Câu 13\/21/);
  for (const typed of ["tks", "ok", "dạ"]) expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(new RegExp(`${TALK.source}Câu 13\\/21`));
  expect((await storedAnswers()).self_rating).toBeUndefined();
  // A wrong answer is still refused as one.
  expect(text(await server.post(LIEN_CHAU, HOA, "xuất sắc"))).toMatch(/^Vui lòng chọn một số từ 1 đến 3/);
  expect(text(await server.post(LIEN_CHAU, HOA, "1"))).toMatch(/^Câu 14\/21/);
});
