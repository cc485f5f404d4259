/**
 * "vâng ạ", "dạ vâng", "dạ có", "vâng có" from the clerk answering the report, at a yes/no question
 * in the unit's group: Có, as the officers' yes/no reads "vâng". "vâng ạ" was held as group talk and
 * the question asked again. Through the real server and the local chat, read back from SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("stores Có at 'vâng ạ', 'dạ vâng', 'dạ có', 'vâng có' typed by the clerk answering the yes/no question", async () => {
  for (const yes of ["vâng ạ", "dạ vâng", "Dạ vâng ạ", "dạ có", "vâng có"]) {
    await reportAt(5);
    expect(text(await server.post(LIEN_CHAU, HOA, yes)), yes).toMatch(/^Câu 6\/21/);
    expect((await storedAnswers()).held_opening, yes).toBe(true);
    await server.post(LIEN_CHAU, HOA, "/huy");
    await server.post(LIEN_CHAU, HOA, "Có");
  }
});

it("still holds another member's 'dạ vâng ạ' at the clerk's yes/no question as group talk", async () => {
  await reportAt(5);
  expect(text(await server.post(LIEN_CHAU, MINH, "dạ vâng ạ"))).toMatch(/^Tin nhắn này có vẻ là lời trao đổi trong nhóm/);
  expect((await storedAnswers()).held_opening).toBeUndefined();
});
