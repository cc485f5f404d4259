/**
 * A slip undone by typed corrections ("sửa câu 5: không", then "sửa câu 5: có"), through the real
 * server and the local chat: the question shown again is asked next with its old answer offered,
 * "Giữ" keeps it and says so, and the report goes back to the question the clerk was at.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("asks the question a typed correction shows again, keeps its old answer on 'Giữ', saying so, then goes back to the question asked", async () => {
  await reportAt(9);
  const hidden = text(await server.post(LIEN_CHAU, HOA, "sửa câu 5: không"));
  expect(hidden).toMatch(/Câu 6 «Lễ khai mạc được tổ chức vào ngày nào» không còn được hỏi/);
  expect(hidden).toMatch(/Câu 8\/20 — [^\n]*\nTổng số lượt cán bộ/);

  const reshown = text(await server.post(LIEN_CHAU, HOA, "sửa câu 5: có"));
  expect(reshown).toMatch(/^Đã sửa câu 5 «[^»]+»: Có/);
  expect(reshown).toMatch(/Câu 6\/21 — [^\n]*\nLễ khai mạc được tổ chức vào ngày nào\?/);
  expect(reshown).toMatch(/Câu trả lời trước đây: 02\/10\/2026 — gõ Giữ để dùng lại/);
  expect(reshown).not.toMatch(/Tổng số lượt cán bộ/);

  const kept = text(await server.post(LIEN_CHAU, HOA, "Giữ"));
  expect(kept).toMatch(/^Đã giữ câu trả lời câu 6: 02\/10\/2026/);
  expect(kept).toMatch(/Câu 9\/21 — [^\n]*\nTổng số lượt cán bộ/);
  expect((await storedAnswers()).opening_date).toBe("2026-10-02");
  expect(text(await server.post(LIEN_CHAU, HOA, "/xem"))).toMatch(/6\. Lễ khai mạc được tổ chức vào ngày nào\?\n02\/10\/2026/);
});
