/**
 * A colleague's list item while the clerk answers, from the users' retest, through the real server in
 * the demo's group: any member may answer the unit's report, so a line that is clearly an item joins
 * the list, said as theirs; a marked line said to the group does not.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("joins a colleague's item to the list the clerk just answered, naming who sent it, and leaves a line said to the group alone", async () => {
  await reportAt(7);
  expect(text(await server.post(LIEN_CHAU, HOA, "- Tổ chức Hội sách"))).toMatch(/^Câu 8\/20/);
  // It was read as the answer to question 8 (a figure), refused, and the item was lost.
  expect(text(await server.post(LIEN_CHAU, MINH, "- Thi kể chuyện theo sách"))).toMatch(
    /^Đã thêm 1 mục do Trần Văn Minh gửi vào câu 7 \(nay có 2 mục\)\. Nếu không phải mục của câu 7, gõ \/sua 7 để trả lời lại câu này\.\n---\nCâu 8\/20/,
  );
  expect((await storedAnswers()).activities).toEqual(["Tổ chức Hội sách", "Thi kể chuyện theo sách"]);
  // The clerk's own items are joined as before.
  expect(text(await server.post(LIEN_CHAU, HOA, "- Trưng bày sách mới"))).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 3 mục\)\./);
  // "- Mai họp lúc 8h nhé" is said to the group: not an item of the report.
  expect(text(await server.post(LIEN_CHAU, MINH, "- Mai họp lúc 8h nhé"))).not.toMatch(/Đã thêm/);
  expect((await storedAnswers()).activities).toEqual(["Tổ chức Hội sách", "Thi kể chuyện theo sách", "Trưng bày sách mới"]);
  expect((await storedAnswers()).training_sessions).toBeUndefined();
});
