/**
 * A clerk's question to a colleague typed where an answer is asked, from the users' retest: "câu 6
 * là ngày nào vậy chị" at question 7's list was stored as an item, "câu 4 là ghi khẩu hiệu gì vậy
 * chị" as the slogans, "hoạt động thì ghi những gì hả chị" as the activities; each would print in
 * the report. Through the real server and the local chat, on SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();
const ABOUT = /^Tin nhắn này là câu hỏi về câu đang hỏi nên chưa được lưu làm câu trả lời\./;

it("stores nothing for 'câu 6 là ngày nào vậy chị' at question 7's list, answered with question 6's date, asking question 7 again", async () => {
  await reportAt(7);
  const reply = text(await server.post(LIEN_CHAU, MINH, "câu 6 là ngày nào vậy chị"));
  expect(reply).toMatch(/^Tin nhắn này hỏi về câu 6 nên chưa được lưu làm câu trả lời\. Câu 6 «Lễ khai mạc được tổ chức vào ngày nào»: 02\/10\/2026\. Câu đang hỏi ở dưới\./);
  expect(reply).toMatch(/\nCâu 7\//);
  const stored = await storedAnswers();
  expect(stored.activities).toBeUndefined();
  expect(stored.opening_date).toBe("2026-10-02");
});

it("stores nothing for 'câu 4 là ghi khẩu hiệu gì vậy chị' at question 4", async () => {
  await reportAt(4);
  const reply = text(await server.post(LIEN_CHAU, MINH, "câu 4 là ghi khẩu hiệu gì vậy chị"));
  expect(reply).toMatch(ABOUT);
  expect((await storedAnswers()).slogans).toBeUndefined();
});

it("stores nothing for 'hoạt động thì ghi những gì hả chị' at question 7, and the list typed next is question 7's", async () => {
  await reportAt(7);
  expect(text(await server.post(LIEN_CHAU, MINH, "hoạt động thì ghi những gì hả chị"))).toMatch(ABOUT);
  expect((await storedAnswers()).activities).toBeUndefined();
  expect(text(await server.post(LIEN_CHAU, HOA, "- Tổ chức Hội sách\n- Thi kể chuyện theo sách"))).toMatch(/Câu 8\//);
  expect(JSON.stringify((await storedAnswers()).activities)).toContain("Thi kể chuyện theo sách");
});
