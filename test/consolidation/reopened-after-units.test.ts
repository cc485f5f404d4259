/**
 * /tonghop sua opened while no unit had submitted, left, and opened again after units did: the
 * reopening said only "Tiếp tục báo cáo …" and the next question, not that the units' answers had
 * now filled the computed questions (the first opening with units in says it). It now says the
 * same line as that first opening, once: not again at a later reopening with nothing new filled.
 * Through the local chat of the demo.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();
const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const PREFILLED = /^\d+ câu đã được tự động tổng hợp từ báo cáo của 2 đơn vị \(gõ \/xem để xem\); bot hỏi các câu còn lại\.$/;

it("says at /tonghop sua reopened after two units submitted that their answers filled the computed questions, and not at the next reopening", async () => {
  const opened = await server.post(OFFICERS, KHA, "/tonghop sua 1");
  expect(text(opened)).toContain("chưa có đơn vị nào nộp báo cáo");
  expect(text(await server.post(OFFICERS, KHA, "Các trường hưởng ứng tích cực"))).toMatch(/^Câu 8\/15 — /);
  // Kha leaves; two schools submit.
  await submitFullReport(server, LIEN_CHAU, HOA);
  await submitFullReport(server, "thcs-nam-trieu", LAN);
  const reopened = await server.post(OFFICERS, KHA, "/tonghop sua 1");
  expect(reopened[0]!.text).toMatch(/^Tiếp tục "Báo cáo kết quả /);
  expect(reopened[1]!.text).toMatch(PREFILLED);
  expect(text(reopened.slice(2))).toMatch(/^Câu \d+\/\d+ — [^\n]*\nHạn chế/);
  expect(text(reopened)).not.toContain("chưa có đơn vị nào nộp");
  // Nothing filled since this opening: the next one does not say it again.
  const again = await server.post(OFFICERS, KHA, "/tonghop sua 1");
  expect(again[0]!.text).toMatch(/^Tiếp tục "Báo cáo kết quả /);
  expect(text(again)).not.toContain("đã được tự động tổng hợp");
});
