/**
 * A clerk's word about the reports themselves, typed where question 1 (the plan's number, a short
 * text) is asked, from the users' retest: "em muốn nộp báo cáo đợt 2 ạ" (another campaign's report
 * wanted) and "ơ câu trả lời hôm trước của em mất hết rồi ạ?" (answers thought lost). Each was
 * stored as the question's answer and the next question asked. Through the real server and the
 * local chat, on SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { openNextCampaign } from "../helpers/next-campaign.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("says how to reach another campaign's report, stores nothing and asks question 2 again", async () => {
  // Question 1 answered: the chat stays on the report under way when campaign 2 opens.
  await reportAt(2);
  await openNextCampaign(server, "Đợt hai");
  const before = await storedAnswers();
  for (const typed of ["em muốn nộp báo cáo đợt 2 ạ", "chị ơi em muốn làm báo cáo đợt 2"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(/^Tin nhắn này nói về báo cáo đợt 2 nên chưa được lưu làm câu trả lời\. Để làm báo cáo đợt 2, gõ \/baocao 2 \(gõ \/baocao để xem các đợt đang mở\)\.\n---\nCâu 2\/21/);
  }
  expect(await storedAnswers()).toEqual(before);
});

it("says that the unit has no such campaign, never hinting '/baocao 2', where campaign 2 does not exist, and asks question 1 again", async () => {
  await reportAt(1);
  // The demo has only campaign 1: '/baocao 2' was hinted, and refused when typed.
  for (const typed of ["dạ em muốn nộp báo cáo đợt 2 ạ", "em làm bc đợt 7"]) {
    const reply = text(await server.post(LIEN_CHAU, HOA, typed));
    expect(reply, typed).toMatch(/^Đơn vị không có đợt báo cáo số \d đang mở nên tin nhắn này chưa được lưu làm câu trả lời\. Gõ \/baocao để xem các đợt đang mở\.\n---\nCâu 1\/21/);
    expect(reply, typed).not.toMatch(/\/baocao \d/);
  }
  expect(await storedAnswers()).toEqual({});
});

it("says that no answer is given yet, stores nothing and asks question 1 again", async () => {
  await reportAt(1);
  for (const typed of ["ơ câu trả lời hôm trước của em mất hết rồi ạ?", "sao báo cáo của em mất hết rồi"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(/^Tin nhắn này hỏi về các câu đã trả lời nên chưa được lưu làm câu trả lời\. Báo cáo chưa có câu nào được trả lời: câu đang hỏi ở dưới\.\n---\nCâu 1\/21/);
  }
  expect(await storedAnswers()).toEqual({});
});

it("says that the answers given are kept, stores nothing and asks question 3 again", async () => {
  await reportAt(3);
  const before = await storedAnswers();
  expect(Object.keys(before)).toHaveLength(2);
  expect(text(await server.post(LIEN_CHAU, HOA, "sao báo cáo của em mất hết rồi"))).toMatch(/^Tin nhắn này hỏi về các câu đã trả lời nên chưa được lưu làm câu trả lời\. Các câu đã trả lời vẫn được giữ: gõ \/xem để xem lại toàn bộ\.\n---\nCâu 3\/21/);
  expect(await storedAnswers()).toEqual(before);
});

it("still stores a plan's number and a short text naming a campaign or a loss as answers", async () => {
  await reportAt(1);
  expect(text(await server.post(LIEN_CHAU, HOA, "Kế hoạch số 12/KH-THLC về báo cáo đợt 2"))).toMatch(/^Câu 2\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Tài liệu tuyên truyền bị mất hết do bão, nhà trường đã in lại."))).toMatch(/^Câu 3\/21/);
  expect(await storedAnswers()).toMatchObject({ plan_reference: "Kế hoạch số 12/KH-THLC về báo cáo đợt 2", propaganda: "Tài liệu tuyên truyền bị mất hết do bão, nhà trường đã in lại." });
});
