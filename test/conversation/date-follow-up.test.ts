/**
 * A day typed right after a date was answered, meant to correct it ("sáng thứ 7 vừa rồi", "à nhầm,
 * hôm qua"), from the users' retest, through the real server and the local chat: asked whether it
 * corrects the date, nothing stored as the next question's answer.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("asks whether 'sáng thứ 7 vừa rồi' or 'à nhầm, hôm qua' after the opening's date corrects it, storing nothing at the activities", async () => {
  // The demo's clock: Thursday 8 October 2026, in Hà Nội.
  await reportAt(6);
  await server.post(LIEN_CHAU, HOA, "02/10/2026");
  const before = await storedAnswers();
  // It was stored as the activities' one line.
  expect(text(await server.post(LIEN_CHAU, HOA, "sáng thứ 7 vừa rồi"))).toMatch(
    /^«sáng thứ 7 vừa rồi» là một ngày \(03\/10\/2026\), mà câu đang hỏi không hỏi ngày, nên tin nhắn này chưa được lưu\. Nếu bạn muốn sửa câu 6 «Lễ khai mạc được tổ chức vào ngày nào» \(đang ghi 02\/10\/2026\), gõ: sửa câu 6: 03\/10\/2026\. Còn nếu đó là câu trả lời cho câu đang hỏi, vui lòng gõ lại đầy đủ hơn\.\n---\nCâu 7\/21/,
  );
  expect(text(await server.post(LIEN_CHAU, HOA, "à nhầm, hôm qua"))).toMatch(/^«à nhầm, hôm qua» là một ngày \(07\/10\/2026\)[^\n]*gõ: sửa câu 6: 07\/10\/2026\.[^\n]*\n---\nCâu 7\/21/);
  expect(await storedAnswers()).toEqual(before);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 6: 07/10/2026"))).toMatch(/^Đã sửa câu 6/);
  expect((await storedAnswers()).opening_date).toBe("2026-10-07");
  // An answer to the question asked is stored as it was.
  await server.post(LIEN_CHAU, HOA, "Tổ chức Hội sách");
  expect((await storedAnswers()).activities).toEqual(["Tổ chức Hội sách"]);
});
