/**
 * A word to a colleague typed where a text is asked, through the real server and the local chat:
 * "mxh với loa phát thanh thôi chị ơi" at the slogans (a list) was stored as a slogan, and "em
 * chưa có số liệu, để em hỏi lại hiệu trưởng đã" at question 1 (the plan's number) was stored as
 * the plan. Now the first is said to be a word to someone in the group, the second an answer
 * promised later; nothing is stored, the same question is asked again.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("stores no slogan for a call to a colleague closing the message, and takes the slogans typed next", async () => {
  await reportAt(4);
  for (const talk of ["mxh với loa phát thanh thôi chị ơi", "cái này em ghi như năm ngoái nhé c ơi"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, talk)), talk).toMatch(/^Tin nhắn này có vẻ gửi cho người trong nhóm nên chưa được lưu làm câu trả lời\..*\n---\nCâu 4\/21/s);
  }
  expect((await storedAnswers()).slogans).toBeUndefined();
  // A slogan calling its reader is one: "bạn ơi" is no colleague called.
  expect(text(await server.post(LIEN_CHAU, HOA, "Hãy đọc sách mỗi ngày bạn ơi!"))).toMatch(/^Câu 5\/21/);
  expect((await storedAnswers()).slogans).toEqual(["Hãy đọc sách mỗi ngày bạn ơi!"]);
});

it("stores no plan's number for 'em chưa có số liệu, để em hỏi lại hiệu trưởng đã', and takes the number typed next", async () => {
  await reportAt(1);
  for (const talk of ["em chưa có số liệu, để em hỏi lại hiệu trưởng đã", "dạ em chưa nhớ số, để em xem lại"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, talk)), talk).toMatch(/^Tin nhắn này hẹn bổ sung sau nên chưa được lưu làm câu trả lời\..*\n---\nCâu 1\/21/s);
  }
  expect(await storedAnswers()).toEqual({});
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!))).toMatch(/^Câu 2\/21/);
  expect((await storedAnswers()).plan_reference).toBe(FULL_REPORT_ANSWERS[0]);
});
