/**
 * /nop's confirmation answered with a yes and polite words, through the real server and the local
 * chat: a yes followed only by thanks, whom it is said to, the submission said again and particles
 * submits; a yes that hesitates is asked again.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, reportAt } = useDemoReport();
const ASKED_AGAIN = "Xác nhận nộp báo cáo? Trả lời Có để nộp, Không để tiếp tục chỉnh sửa.";
const version = async () => (await server.repos.submissions.find(1, 1))!.version;

it("submits on a yes with thanks or the submission asked kindly ('Nộp luôn cho chị nhé', 'có, cảm ơn bot'), and still asks again after a hesitation", async () => {
  await reportAt(22);
  // Each was asked again ("Xác nhận nộp báo cáo?"), though nothing in it holds back.
  const polite = ["Nộp luôn cho chị nhé", "có, cảm ơn bot", "ok nộp đi em", "có ạ, nộp giúp em với", "dạ nộp lên phường đi bot ơi"];
  for (const [i, yes] of polite.entries()) {
    await server.post(LIEN_CHAU, HOA, `sửa câu 8: ${7 + i}`);
    await server.post(LIEN_CHAU, HOA, "/nop");
    for (const hesitates of ["ok để em xem đã", "ừ nhưng chờ chút", "có, cảm ơn, nhưng đợi em chút", "ok cho em", "nộp giúp em sau nhé"]) {
      expect(text(await server.post(LIEN_CHAU, HOA, hesitates)), hesitates).toBe(ASKED_AGAIN);
    }
    expect(await version(), yes).toBe(i);
    expect(text(await server.post(LIEN_CHAU, HOA, yes)), yes).toMatch(/^Đã nộp (?:báo cáo lúc|bản sửa lần)/);
    expect(await version(), yes).toBe(i + 1);
  }
});

it("takes another member's 'có, cảm ơn bot' as the explicit yes it is, and not their 'ok cảm ơn chị'", async () => {
  await reportAt(22);
  await server.post(LIEN_CHAU, HOA, "/nop");
  // Said to someone else in the chat: no yes of Minh's.
  expect(text(await server.post(LIEN_CHAU, MINH, "ok cảm ơn chị"))).not.toMatch(/Đã nộp/);
  expect(await version()).toBe(0);
  expect(text(await server.post(LIEN_CHAU, MINH, "có, cảm ơn bot"))).toMatch(/^Trần Văn Minh đã xác nhận nộp thay Nguyễn Thị Hoa\.\n---\nĐã nộp báo cáo lúc/);
  expect(await version()).toBe(1);
});
