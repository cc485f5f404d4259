/**
 * A greeting typed while a report is under way ("dạ chào bot ạ", "xin chào", "Chào bot, em là Minh
 * ạ"), through the real server and the local chat: at a list it was read as a greeting, at a choice
 * it got «Không nhận ra lựa chọn: dạ chào bot» or a line that said nothing of a greeting, at a date
 * «Ngày không hợp lệ», at a figure «Vui lòng nhập một số», and at the list "dạ chào bot ạ" was
 * stored as an activity. Now each question says it is a greeting and stores nothing.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const GREETINGS = ["dạ chào bot ạ", "xin chào", "Chào bot, em là Minh ạ"];
const IS_GREETING = /^Tin nhắn này là lời chào trong nhóm nên chưa được lưu/;

it("says a greeting at the channels (a choice) is one, with the options in the same line, storing nothing", async () => {
  await reportAt(3);
  for (const greeting of GREETINGS) {
    const reply = text(await server.post(LIEN_CHAU, HOA, greeting));
    expect(reply, greeting).toMatch(IS_GREETING);
    expect(reply, greeting).toMatch(/Câu 3 «Những kênh tuyên truyền nào đã được sử dụng» cần chọn: 1\. Băng rôn, khẩu hiệu, áp phích;.*Gõ các số thứ tự/);
  }
  expect((await storedAnswers()).propaganda_channels).toBeUndefined();
  expect(text(await server.post(LIEN_CHAU, HOA, "1, 3"))).toMatch(/^Câu 4\/21/);
});

it("says a greeting at the opening date, the activities (a list) and the training sessions (a figure) is one, storing nothing", async () => {
  await reportAt(6);
  for (const [question, answer] of [["opening_date", "02/10/2026"], ["activities", FULL_REPORT_ANSWERS[6]!], ["training_sessions", "6"]] as const) {
    for (const greeting of GREETINGS) expect(text(await server.post(LIEN_CHAU, HOA, greeting)), `${question}: ${greeting}`).toMatch(IS_GREETING);
    expect((await storedAnswers())[question], question).toBeUndefined();
    await server.post(LIEN_CHAU, HOA, answer);
  }
  const stored = await storedAnswers();
  expect(stored.activities).toEqual(["Tổ chức Hội sách", "Tổ chức các sân chơi trực tuyến cho học sinh"]);
  expect(stored.training_sessions).toBe(6);
});
