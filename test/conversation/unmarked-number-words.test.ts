/**
 * A count typed in words without tone marks ("hai muoi"), from the users' retest, through the real
 * server and the local chat: read as the number, as "hai mươi" is, and the reading said back (it was
 * stored silently, though "sau" may be "sáu" or "sau"); one such word alone is not read.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("reads 'hai muoi' and 'hai tram chin muoi luot' at count questions, saying how, and asks again for 'sau' alone", async () => {
  await reportAt(8);
  // It was asked again: "Vui lòng nhập một số"; then stored as 20 with no word of how it was read.
  expect(text(await server.post(LIEN_CHAU, HOA, "hai muoi"))).toMatch(/^Đã hiểu «hai muoi» là 20\. Nếu không đúng, gõ: sửa câu 8: <số>\.\n---\nCâu 9\/21/);
  expect((await storedAnswers()).training_sessions).toBe(20);
  // "sau" may be "later" as well as six: one unmarked word is not read.
  expect(text(await server.post(LIEN_CHAU, HOA, "sau"))).toMatch(/Vui lòng nhập một số[^\n]*\n---\nCâu 9\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "hai tram chin muoi luot"))).toMatch(/^Đã hiểu «hai tram chin muoi luot» là 290\.[^\n]*sửa câu 9: <số>\.\n---\nCâu 10\/21/);
  expect((await storedAnswers()).training_participants).toBe(290);
});

it("says nothing more of a figure in digits or in words with their marks", async () => {
  await reportAt(8);
  expect(text(await server.post(LIEN_CHAU, HOA, "hai mươi"))).toMatch(/^Câu 9\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "290"))).toMatch(/^Câu 10\/21/);
});

it("takes 'hai' and 'ba', spelled right with no marks to leave out, as plain figures, with no word of a guess", async () => {
  await reportAt(8);
  expect(text(await server.post(LIEN_CHAU, HOA, "hai"))).toMatch(/^Câu 9\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "ba"))).toMatch(/^Câu 10\/21/);
  expect(await storedAnswers()).toMatchObject({ training_sessions: 2, training_participants: 3 });
});
