/**
 * Greetings and courtesy around a choice's numbers ("dạ chào chị ạ, 1"), from the users' retest,
 * through the real server and the local chat: refused as no option ("Vui lòng chọn một số…"), though
 * the number is plain. Now the number is the answer; a word that may change it still refuses it.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("takes 'dạ chào chị ạ, 1' at the self-rating (one choice) and 'dạ em chọn 1, 3 và 5 ạ' at the channels (several)", async () => {
  await reportAt(3);
  expect(text(await server.post(LIEN_CHAU, HOA, "dạ em chọn 1, 3 và 5 ạ"))).toMatch(/^Câu 4\/21/);
  expect((await storedAnswers()).propaganda_channels).toEqual(["Băng rôn, khẩu hiệu, áp phích", "Trang thông tin điện tử", "Lồng ghép trong giờ chào cờ, sinh hoạt lớp"]);
  await server.post(LIEN_CHAU, HOA, "/huy");
  await server.post(LIEN_CHAU, HOA, "Có");
  await reportAt(13);
  expect(text(await server.post(LIEN_CHAU, HOA, "dạ chào chị ạ, 1"))).toMatch(/^Câu 14\/21/);
  expect((await storedAnswers()).self_rating).toBe("Hoàn thành tốt");
});

it("still refuses 'không chọn 1', two numbers where one is asked, and '2 ạ?' (a question), storing nothing", async () => {
  await reportAt(13);
  // With a question mark, a question about the choice ("2 ạ?"), not the choice.
  for (const typed of ["không chọn 1", "dạ 1 và 2", "2 ạ?", "1 à chị?"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(/^Vui lòng chọn một số từ 1 đến 3[^\n]*\n---\nCâu 13\/21/);
  }
  expect((await storedAnswers()).self_rating).toBeUndefined();
});
