/**
 * From the users' retest, through the real server: an office's name typed without marks and a
 * list pasted as two short lines went without the note question 1 and the paragraphs give; an
 * office name already marked and a code still go without it.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const note = (n: number) => `Lưu ý: câu trả lời chưa có dấu tiếng Việt; văn bản sẽ in đúng như vậy. Muốn sửa, gõ: sửa câu ${n}: <nội dung có dấu>.`;

it("notes an office name typed without marks at «Nơi nhận», and stores it as typed", async () => {
  await reportAt(18);
  expect(text(await server.post(LIEN_CHAU, HOA, "UBND phuong Nam Trieu"))).toMatch(new RegExp(`^${escape(note(18))}\\n---\\nCâu 19/21`));
  expect((await storedAnswers()).recipients).toEqual(["UBND phuong Nam Trieu"]);
});

it("notes a list pasted as two short lines without marks, each line read on its own", async () => {
  await reportAt(16);
  // Seven words and one common word ("sach") in all: read as one text, it needed two and went unsaid.
  expect(text(await server.post(LIEN_CHAU, HOA, "Sach con it\nKinh phi han che"))).toMatch(new RegExp(`^${escape(note(16))}\\n---\\nCâu 17/21`));
  expect((await storedAnswers()).limitations).toEqual(["Sach con it", "Kinh phi han che"]);
});

it("says nothing for an office name already marked, nor for a code", async () => {
  await reportAt(18);
  expect(text(await server.post(LIEN_CHAU, HOA, "UBND phường Nam Triệu\nLưu: VT"))).not.toMatch(/chưa có dấu/);
  await server.post(LIEN_CHAU, HOA, "/sua 18");
  expect(text(await server.post(LIEN_CHAU, HOA, "192/KH-THLC\nVP-UBND"))).not.toMatch(/chưa có dấu/);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
