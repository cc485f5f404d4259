/**
 * "khoảng 90% ạ" at the share of staff who took part (question 12, a percent), from the users'
 * retest: refused with "Vui lòng nhập tỉ lệ phần trăm", which said nothing of "khoảng" (an
 * estimate), and the clerk typed it again. The team's rule for estimates at a figure question is to
 * refuse them and ask for the figure alone ("khoảng 200 người"); now the estimate is named as why.
 * Through the real server and the local chat, on SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const NOT_EXACT = (word: string, example: string) => `Báo cáo in đúng con số được gõ nên không ghi «${word}». Vui lòng gõ con số chính xác, ví dụ ${example}.`;

it("says an estimate is why 'khoảng 90% ạ' is refused at a percent question, storing nothing", async () => {
  await reportAt(12);
  const before = await storedAnswers();
  expect(text(await server.post(LIEN_CHAU, HOA, "khoảng 90% ạ"))).toMatch(new RegExp(`^${escaped(NOT_EXACT("khoảng", "90%"))}\\n---\\nCâu 12/21`));
  expect(await storedAnswers()).toEqual(before);
  expect(text(await server.post(LIEN_CHAU, HOA, "90%"))).toMatch(/^Câu 13\/21/);
});

it("says so at a count too ('khoảng 6 buổi', 'tầm 290 lượt')", async () => {
  await reportAt(8);
  expect(text(await server.post(LIEN_CHAU, HOA, "khoảng 6 buổi"))).toContain(NOT_EXACT("khoảng", "6"));
  await server.post(LIEN_CHAU, HOA, "6");
  expect(text(await server.post(LIEN_CHAU, HOA, "tầm 290 lượt"))).toContain(NOT_EXACT("tầm", "290"));
});

it("names the estimate in a figure typed in words too ('khoảng sáu buổi', 'tầm hai trăm chín mươi lượt'), storing nothing", async () => {
  await reportAt(8);
  const before = await storedAnswers();
  // Right after question 7's list, the reply first says how to add to it, if that was meant.
  expect(text(await server.post(LIEN_CHAU, HOA, "khoảng sáu buổi"))).toMatch(new RegExp(`\\n${escaped(NOT_EXACT("khoảng", "6"))}\\n---\\nCâu 8/`));
  expect(text(await server.post(LIEN_CHAU, HOA, "khoảng mười"))).toContain(NOT_EXACT("khoảng", "10"));
  expect(await storedAnswers()).toEqual(before);
  await server.post(LIEN_CHAU, HOA, "6");
  expect(text(await server.post(LIEN_CHAU, HOA, "tầm hai trăm chín mươi lượt"))).toContain(NOT_EXACT("tầm", "290"));
});

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
