/**
 * "dạ khoảng 20 buổi ạ" typed at a list question (the slogans, question 4), from the users'
 * retest: it was stored as the list's one item and printed in the report as "- khoảng 20 buổi.".
 * An estimate with a unit word is a figure meant for a figure question: refused, nothing stored,
 * and the figure question whose words hold the unit ("Số buổi tập huấn…", asked later) is named.
 * Through the real server and the local chat, on SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("refuses 'dạ khoảng 20 buổi ạ' at the slogans list, naming the later figure question with 'buổi', and stores nothing", async () => {
  await reportAt(4);
  const reply = text(await server.post(LIEN_CHAU, HOA, "dạ khoảng 20 buổi ạ"));
  expect(reply).toMatch(
    /^«khoảng 20 buổi» là con số ước lượng, chưa phải nội dung để in vào báo cáo nên chưa được lưu\. Câu hỏi dưới đây cần nội dung bằng chữ; nếu đó là số liệu cho câu hỏi «Số buổi tập huấn[^»]*» ở phía sau, vui lòng gõ con số chính xác khi đến câu đó\.\n---\nCâu 4\//,
  );
  expect((await storedAnswers()).slogans).toBeUndefined();
  // The list itself is taken as before.
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[3]!))).toMatch(/^Câu 5\//);
});

it("names the earlier figure question, with the correction to type, once it is answered ('tầm 300 lượt đọc' at question 14's list: 'đọc' tells question 10 from question 9, both counting 'lượt')", async () => {
  await reportAt(14);
  const reply = text(await server.post(LIEN_CHAU, HOA, "tầm 300 lượt đọc"));
  expect(reply).toMatch(/nếu đó là số liệu cho câu 10 «Số lượt bạn đọc[^»]*», gõ con số chính xác, ví dụ: sửa câu 10: 300\.\n---\nCâu 14\//);
  expect((await storedAnswers()).strengths).toBeUndefined();
});

// From the users' retest: "buổi" is also in question 9's words ("… tham gia các buổi tập huấn"),
// whose unit is "lượt"; named, its correction would have overwritten the good 290 with 20.
it("names question 8, whose unit is 'buổi', for 'dạ khoảng 20 buổi ạ' at question 14, not question 9 that counts 'lượt'", async () => {
  await reportAt(14);
  const reply = text(await server.post(LIEN_CHAU, MINH, "dạ khoảng 20 buổi ạ"));
  expect(reply).toMatch(/nếu đó là số liệu cho câu 8 «Số buổi tập huấn[^»]*», gõ con số chính xác, ví dụ: sửa câu 8: 20\.\n---\nCâu 14\//);
  const stored = await storedAnswers();
  expect(stored.strengths).toBeUndefined();
  expect([stored.training_sessions, stored.training_participants]).toEqual([6, 290]);
});

it("names both questions 9 and 10 for 'tầm 300 lượt' at question 14, where both count 'lượt', with the correction for each", async () => {
  await reportAt(14);
  const reply = text(await server.post(LIEN_CHAU, HOA, "tầm 300 lượt"));
  expect(reply).toMatch(
    /nếu đó là số liệu cho câu 9 «[^»]*lượt[^»]*» hoặc câu 10 «Số lượt bạn đọc[^»]*», gõ con số chính xác vào câu đó, ví dụ: sửa câu 9: 300 hoặc sửa câu 10: 300\.\n---\nCâu 14\//,
  );
  const stored = await storedAnswers();
  expect(stored.strengths).toBeUndefined();
  expect(stored.training_participants).toBe(290);
});

it("keeps an item that says what was done around its figure ('Tổ chức khoảng 20 buổi sinh hoạt chuyên đề')", async () => {
  await reportAt(4);
  expect(text(await server.post(LIEN_CHAU, HOA, "Tổ chức khoảng 20 buổi sinh hoạt chuyên đề"))).toMatch(/^Câu 5\//);
  expect(JSON.stringify((await storedAnswers()).slogans)).toContain("Tổ chức khoảng 20 buổi sinh hoạt chuyên đề");
});
