/**
 * A date question's refusals in a later year, through the real server: the weekday that does not
 * match and the words around a date gave the example "02/10/2026", "03/10/2026" whatever the year,
 * which in 2027 read as a date to copy. They now say what to type without a dated example.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const apps = useTestApps();

it("refuses a date with the wrong weekday, or with words around it, naming no other year's date (October 2027)", async () => {
  const server = await apps.start({ now: () => new Date("2027-10-08T03:15:00Z") });
  await server.post(LIEN_CHAU, HOA, "/baocao");
  // Question 6: the ceremony's date. 1/10/2027 is a Friday.
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 5)) await server.post(LIEN_CHAU, HOA, answer);
  const weekday = text(await server.post(LIEN_CHAU, HOA, "thứ 5 ngày 1/10/2027"));
  expect(weekday).toMatch(/^«thứ 5 ngày 1\/10\/2027»: ngày này là thứ Sáu\. Vui lòng kiểm tra lại ngày và thứ; có thể chỉ gõ ngày, không cần ghi thứ\./);
  const around = text(await server.post(LIEN_CHAU, HOA, "1/10/2027 lúc 8 giờ"));
  expect(around).toMatch(/^Vui lòng chỉ gõ ngày theo dạng ngày\/tháng\/năm, không kèm chữ khác\./);
  // The refusal itself; the question asked again after it shows the template's own example.
  for (const reply of [weekday, around]) expect(reply.split("\n---\n")[0]).not.toMatch(/2026/);
  // Still at question 6: nothing was stored.
  expect(text(await server.post(LIEN_CHAU, HOA, "1/10/2027"))).toMatch(/^Câu 7\//);
});
