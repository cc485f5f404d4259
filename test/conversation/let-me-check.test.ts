/**
 * "ok để em xem đã" (let me check first) typed where a question is asked, from the users' retest,
 * through the real server and the local chat: read as a yes at a yes/no question, stored as the text
 * at a short one, refused as no figure or no choice elsewhere. Now the bot says it waits and how to
 * go on later, stores nothing, and asks the same question.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const WAITS = /^Tin nhắn này hẹn bổ sung sau nên chưa được lưu làm câu trả lời\. Các câu đã trả lời vẫn được giữ: khi có nội dung, gõ \/baocao để làm tiếp từ câu dưới đây\.\n---\n/;

it("waits at the opening's yes/no question, the plan's number, a figure and a choice, storing nothing", async () => {
  // Question 1: the plan's number (a short text); 5: was the opening held; 8: a figure; 13: a choice.
  for (const n of [1, 5, 8, 13]) {
    await reportAt(n);
    const before = await storedAnswers();
    for (const typed of ["ok để em xem đã", "dạ, cho em kiểm tra lại số liệu nhé"]) {
      expect(text(await server.post(LIEN_CHAU, HOA, typed)), `${n}: ${typed}`).toMatch(new RegExp(`${WAITS.source}Câu ${n}/`));
    }
    expect(await storedAnswers(), `${n}`).toEqual(before);
    await server.post(LIEN_CHAU, HOA, "/huy");
    await server.post(LIEN_CHAU, HOA, "Có");
  }
});

it("still takes a yes that says nothing of later", async () => {
  await reportAt(5);
  expect(text(await server.post(LIEN_CHAU, HOA, "ok, có tổ chức ạ"))).toMatch(/^Câu 6\/21/);
  expect((await storedAnswers()).held_opening).toBe(true);
});

it("takes 'cho em hỏi …' for a question, storing nothing, and a message with the answer in it for no promise to answer later", async () => {
  await reportAt(1);
  for (const typed of ["ok cho em hỏi số buổi tính thế nào", "dạ cho em hỏi khai mạc là gì ạ?"]) {
    // A question, not stored as the plan's number (nor a promise to answer later).
    expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(/^Tin nhắn này là một câu hỏi nên chưa được lưu làm câu trả lời\..*\n---\nCâu 1\//s);
  }
  expect(await storedAnswers()).toEqual({});
  await server.post(LIEN_CHAU, HOA, "/huy");
  await server.post(LIEN_CHAU, HOA, "Có");
  await reportAt(1);
  expect(text(await server.post(LIEN_CHAU, HOA, "vâng, cho em gửi số kế hoạch 125/KH-UBND"))).not.toMatch(WAITS);
});
