/**
 * From the users' retest: the chat moved to campaign 1's report, every question of it answered, and
 * a colleague typed a row of campaign 2's table ("Khối 1; 120"). Read as group talk, it got no reply
 * at all, and the row was lost. Through the real server and the local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";
import { sectionTemplate } from "../helpers/report-transcript.ts";
import { KHA, OFFICERS, text } from "../helpers/officers-chat.ts";

const { server, storedAnswers } = useDemoReport();
const SECOND = "An toàn giao thông học kỳ I";

/** Campaign 1 submitted, campaign 2 (a table of grades) at its table question, campaign 1 returned and the chat moved back to it. */
async function backOnFirst() {
  const columns = [
    { id: "grade", title: "Khối", type: "text" },
    { id: "students", title: "Số học sinh", type: "integer" },
  ];
  const grades = sectionTemplate("an-toan", "Báo cáo an toàn giao thông", [{ id: "grades", type: "table", prompt: "Số học sinh tham gia theo khối?", columns }]);
  const { id } = await server.repos.templates.storeTemplate(grades.key, grades.title, grades);
  const opened = await submitThenOpenNext(server, SECOND, id);
  expect(text(await server.post(LIEN_CHAU, HOA, `/baocao ${opened.second.id}`))).toMatch(/Câu 1\/1/);
  expect(text(await server.post(OFFICERS, KHA, `/tralai TH-LIEN-CHAU đợt ${opened.first.id} Đề nghị kiểm tra lại câu 10`))).toMatch(/^Đã trả lại "Báo cáo kết quả/);
  expect(text(await server.post(LIEN_CHAU, HOA, `/baocao ${opened.first.id}`))).toMatch(/Đã trả lời xong/);
  return opened;
}

it("a row of campaign 2's table typed while the chat is on campaign 1's answered report says which report the group is on and to type /baocao 2 first; nothing is stored", async () => {
  const { first, second } = await backOnFirst();
  const before = await storedAnswers(first.id);
  const reply = text(await server.post(LIEN_CHAU, MINH, "Khối 1; 120"));
  expect(reply).toBe(
    `Chưa lưu dòng vừa gửi: nhóm đang làm báo cáo đợt ${first.id} "${first.title}". ` +
      `Nếu đó là dòng của bảng câu 1 trong báo cáo đợt ${second.id} "${SECOND}", gõ /baocao ${second.id} rồi gửi lại dòng đó.`,
  );
  expect(await storedAnswers(first.id)).toEqual(before);
  const submission = await server.repos.submissions.find(second.id, 1);
  expect(submission ? await server.repos.submissions.listAnswers(submission.id) : []).toEqual([]);
  // What the reply says works: the row, sent again after /baocao 2, is campaign 2's table's.
  await server.post(LIEN_CHAU, MINH, `/baocao ${second.id}`);
  await server.post(LIEN_CHAU, MINH, "Khối 1; 120");
  expect(JSON.stringify((await storedAnswers(second.id)).grades)).toMatch(/Khối 1.*120/);
});

it("ordinary talk typed while the chat is on campaign 1's answered report stays unanswered", async () => {
  await backOnFirst();
  expect(await server.post(LIEN_CHAU, MINH, "chiều nay họp lúc 3 giờ nhé")).toEqual([]);
});
