/**
 * Answers pasted from a Word file, each line numbered by its question ("2. …", "3. 1, 2", "5. Có"),
 * through the real server and the local chat: at question 2 (a paragraph) the five lines were stored
 * as question 2's answer and question 3 asked; at /sua 2 the same. Now the message is refused with
 * the advice "Câu 1: … Câu 2: …" gets (one question at a time), nothing stored; a list numbered
 * from 1 at question 2 is still its own answer.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const PASTE = ["2. Treo băng rôn, tuyên truyền qua loa phát thanh của trường", "3. 1, 2", "4. Học tập suốt đời", "5. Có", "6. 5/11"].join("\n");

it("refuses lines numbered 2 to 6 pasted at question 2, stores nothing, and asks question 2 again", async () => {
  await reportAt(2);
  const reply = text(await server.post(LIEN_CHAU, HOA, PASTE));
  expect(reply).toMatch(/^Các dòng đánh số 2, 3, 4, 5, 6 có vẻ là câu trả lời của nhiều câu .* Mỗi lần một câu: gõ \/sua 2 kèm câu trả lời, gửi, rồi gõ \/sua 3 .*\n---\nCâu 2\/21/);
  expect((await storedAnswers()).propaganda).toBeUndefined();
  expect((await storedAnswers()).propaganda_channels).toBeUndefined();
});

it("refuses lines numbered 2), 3), 5) sent with /sua 2 and keeps question 2's answer", async () => {
  await reportAt(4);
  const before = (await storedAnswers()).propaganda;
  const reply = text(await server.post(LIEN_CHAU, HOA, "/sua 2 2) Treo băng rôn tại cổng trường\n3) 1, 2\n5) Có"));
  expect(reply).toMatch(/^Các dòng đánh số 2, 3, 5 .* Mỗi lần một câu: gõ \/sua 2 /);
  expect(reply).not.toMatch(/Đã sửa câu 2/);
  expect((await storedAnswers()).propaganda).toBe(before);
});

it("refuses lines numbered 1 to 3 pasted at question 1 with the same advice, not 'one line' alone", async () => {
  await reportAt(1);
  const reply = text(await server.post(LIEN_CHAU, HOA, "1. Kế hoạch số 192/KH-THLC ngày 27/9/2026\n2. Treo băng rôn tại cổng trường\n3. 1, 2"));
  expect(reply).toMatch(/^Các dòng đánh số 1, 2, 3 .* Mỗi lần một câu: gõ \/sua 1 /);
  expect(await storedAnswers()).toEqual({});
});

it("still stores a list numbered 1), 2), 3) at question 2 as its answer", async () => {
  await reportAt(2);
  const list = "1) Treo băng rôn tại cổng trường\n2) Tuyên truyền qua loa phát thanh\n3) Đăng tin trên trang của trường";
  expect(text(await server.post(LIEN_CHAU, HOA, list))).toMatch(/^Câu 3\/21/);
  expect((await storedAnswers()).propaganda).toBeDefined();
});
