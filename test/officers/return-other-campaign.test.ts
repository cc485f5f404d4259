/**
 * /tralai naming no campaign, for a unit whose report in the campaign it works on is not in, from
 * the users' retest: "… chưa nộp báo cáo đợt … (đợt đơn vị đang làm) nên chưa thể trả lại", with no
 * word of the report it did submit in an earlier campaign since closed, nor that "đợt N" names it.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("names the report the unit submitted in a campaign since closed, with the command that returns it, and that command works", async () => {
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  // Closed since: an open campaign's submitted report is the one returned, unasked.
  expect(text(await server.post(OFFICERS, KHA, `/dotbaocao dong ${first.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
  // The unit at work on the new campaign's report: the one it is plain the officer means.
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, "Không");
  expect(text(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!))).toMatch(/^Câu 2\//);
  const refused = text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Thiếu số liệu"));
  expect(refused).toBe(
    `Trường Tiểu học Liên Châu chưa nộp báo cáo đợt "Đợt mới" (đợt đơn vị đang làm) nên chưa thể trả lại. Báo cáo đơn vị đã nộp gần nhất là của đợt ${first.id} "${first.title}"; muốn trả lại báo cáo đó, gõ: /tralai TH-LIEN-CHAU đợt ${first.id} Thiếu số liệu`,
  );
  expect(text(await server.post(OFFICERS, KHA, `/tralai TH-LIEN-CHAU đợt ${first.id} Thiếu số liệu`))).toMatch(/^Đã trả lại "Báo cáo kết quả /);
  expect((await server.repos.submissions.find(first.id, 1))?.status).toBe("returned");
  expect((await server.repos.localMessages.history(LIEN_CHAU)).at(-1)?.text).toMatch(/Thiếu số liệu/);
});
