/**
 * A count typed in words without tone marks ("hai muoi"), from the users' retest, through the real
 * server and the local chat: read as the number, as "hai mươi" is; one such word alone is not.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("reads 'hai muoi' and 'hai tram chin muoi luot' at count questions, and asks again for 'sau' alone", async () => {
  await reportAt(8);
  // It was asked again: "Vui lòng nhập một số".
  expect(text(await server.post(LIEN_CHAU, HOA, "hai muoi"))).toMatch(/^Câu 9\/21/);
  expect((await storedAnswers()).training_sessions).toBe(20);
  // "sau" may be "later" as well as six: one unmarked word is not read.
  expect(text(await server.post(LIEN_CHAU, HOA, "sau"))).toMatch(/Vui lòng nhập một số[^\n]*\n---\nCâu 9\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "hai tram chin muoi luot"))).toMatch(/^Câu 10\/21/);
  expect((await storedAnswers()).training_participants).toBe(290);
});
