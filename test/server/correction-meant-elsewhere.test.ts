/**
 * A correction typed in words while the chat works on one campaign's report and the unit's report of
 * another campaign is the one waiting for it (returned by the officer, or submitted just now), from
 * the users' retest: "dạ em bổ sung ạ. câu 11: 120" was stored as the new report's list item, and
 * "sửa câu 9 là 950" as the new report's question 9, with no report named.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";
import { sectionTemplate } from "../helpers/report-transcript.ts";
import { KHA, OFFICERS, text } from "../helpers/officers-chat.ts";

const { server, storedAnswers } = useDemoReport();
const SECOND = "Đợt mới";

/** Campaign 1 submitted, campaign 2 opened, the chat moved to it and its report answered up to question `n`. */
async function onSecondAt(n: number) {
  const opened = await submitThenOpenNext(server, SECOND);
  await server.post(LIEN_CHAU, HOA, `/baocao ${opened.second.id}`);
  await server.post(LIEN_CHAU, HOA, "Không");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, n - 1)) await server.post(LIEN_CHAU, HOA, answer);
  return opened;
}

it("a correction for the returned report of campaign 1, typed while the chat is at campaign 2's question 4, is stored in neither and says how to correct campaign 1; doing so corrects it", async () => {
  const { first, second } = await onSecondAt(4);
  expect(text(await server.post(OFFICERS, KHA, `/tralai TH-LIEN-CHAU đợt ${first.id} Đề nghị bổ sung câu 11`))).toMatch(/^Đã trả lại "Báo cáo kết quả/);
  const before = await storedAnswers(second.id);

  const reply = text(await server.post(LIEN_CHAU, HOA, "dạ em bổ sung ạ. câu 11: 120"));
  expect(reply).toBe(
    `Chưa lưu gì: báo cáo "${SECOND}" (số ${second.id}) mà nhóm đang làm chưa có câu trả lời câu 11 để sửa. Báo cáo đợt ${first.id} "${first.title}" đang được trả lại để sửa. ` +
      `Để sửa báo cáo đó, gõ /baocao ${first.id}, rồi gõ "sửa câu 11: 120" và /nop để nộp lại. Nếu đó là câu trả lời câu 11 của báo cáo đang làm, gõ: /sua 11 120` +
      `\n---\n${reply.split("\n---\n")[1]}`,
  );
  expect(reply.split("\n---\n")[1]).toMatch(/^Câu 4\/21/);
  // The bare label and "sửa câu 11: 120" alike; campaign 2's report is as it was.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 11: 120"))).toMatch(/^Chưa lưu gì: .*gõ \/baocao 1, rồi gõ "sửa câu 11: 120"/);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 11: 120"))).toMatch(/^Chưa lưu gì: /);
  expect(await storedAnswers(second.id)).toEqual(before);

  // The advice followed: campaign 1's question 11 (the books given, 350) is corrected and sent again.
  await server.post(LIEN_CHAU, HOA, `/baocao ${first.id}`);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 11: 120"))).toMatch(/^Đã sửa câu 11 /);
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã nộp bản sửa lần 1 /);
  expect((await server.repos.submissions.find(first.id, 1))?.status).toBe("submitted");
  expect(Object.values(await storedAnswers(first.id))).toContain(120);
});

it("right after campaign 1's submission, 'sửa câu 9 là 950' at campaign 2's question 2 is refused naming campaign 1; a correction of an answered question is made in campaign 2, said so", async () => {
  const { first, second } = await onSecondAt(2);
  const before = await storedAnswers(second.id);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 9 là 950"))).toMatch(
    new RegExp(`^Chưa lưu gì: báo cáo "${SECOND}" \\(số ${second.id}\\) mà nhóm đang làm chưa có câu trả lời câu 9 để sửa\\. Báo cáo đợt ${first.id} "${first.title}" vừa nộp\\. Để sửa báo cáo đó, gõ /baocao ${first.id}, rồi gõ "sửa câu 9: 950"`),
  );
  expect(await storedAnswers(second.id)).toEqual(before);

  const corrected = text(await server.post(LIEN_CHAU, HOA, "sửa câu 1: Kế hoạch số 200/KH-THLC ngày 01/10/2027"));
  expect(corrected).toMatch(
    new RegExp(`^Câu sửa dưới đây là của báo cáo "${SECOND}" \\(số ${second.id}\\) mà nhóm đang làm\\. Báo cáo đợt ${first.id} "${first.title}" vừa nộp\\. Muốn sửa báo cáo đó, gõ /baocao ${first.id}, rồi gõ "sửa câu 1: Kế hoạch số 200/KH-THLC ngày 01/10/2027" và /nop để nộp lại\\.\\n---\\nĐã sửa câu 1 `),
  );
  expect(Object.values(await storedAnswers(second.id))).toContain("Kế hoạch số 200/KH-THLC ngày 01/10/2027");
});

it("'nộp lại' in campaign 2's report, never submitted, while campaign 1's is returned, names both reports and how to send campaign 1's again; nothing is submitted", async () => {
  const { first, second } = await onSecondAt(3);
  await server.post(OFFICERS, KHA, `/tralai TH-LIEN-CHAU đợt ${first.id} Đề nghị bổ sung câu 11`);
  const reply = text(await server.post(LIEN_CHAU, HOA, "nộp lại"));
  expect(reply).toMatch(
    new RegExp(`^Báo cáo "${SECOND}" \\(số ${second.id}\\) mà nhóm đang làm chưa nộp lần nào\\. Báo cáo đợt ${first.id} "${first.title}" đang được trả lại để sửa\\. Để nộp lại báo cáo đó, gõ /baocao ${first.id} rồi /nop\\. Muốn nộp báo cáo đang làm, gõ /nop\\.\\n---\\nCâu 3/21`),
  );
  expect((await server.repos.submissions.find(first.id, 1))?.status).toBe("returned");
  expect((await server.repos.submissions.find(second.id, 1))?.status).toBe("in_progress");
});

it("'dạ em bổ sung ạ. câu 9: 950' at campaign 2's question 15, campaign 1 returned and campaign 2's question 9 answered, corrects question 9 of campaign 2, said so; question 15 stays unanswered", async () => {
  const { first, second } = await onSecondAt(15);
  await server.post(OFFICERS, KHA, `/tralai TH-LIEN-CHAU đợt ${first.id} Đề nghị bổ sung câu 11`);
  const before = await storedAnswers(second.id);

  const reply = text(await server.post(LIEN_CHAU, HOA, "dạ em bổ sung ạ. câu 9: 950"));
  expect(reply).toMatch(
    new RegExp(`^Câu sửa dưới đây là của báo cáo "${SECOND}" \\(số ${second.id}\\) mà nhóm đang làm\\. Báo cáo đợt ${first.id} "${first.title}" đang được trả lại để sửa\\. Muốn sửa báo cáo đó, gõ /baocao ${first.id}, rồi gõ "sửa câu 9: 950" và /nop để nộp lại\\.\\n---\\nĐã sửa câu 9 `),
  );
  const after = await storedAnswers(second.id);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  expect(Object.values(after)).toContain(950);
  expect(Object.values(after)).not.toContain(290);
  expect(reply.split("\n---\n").at(-1)).toMatch(/^Câu 15\//);
});

it("'gửi lại' in campaign 2's report, every question answered and never submitted, while campaign 1's is returned, is refused as 'nộp lại' is; nothing is submitted", async () => {
  const { first, second } = await onSecondAt(FULL_REPORT_ANSWERS.length + 1);
  await server.post(OFFICERS, KHA, `/tralai TH-LIEN-CHAU đợt ${first.id} Đề nghị bổ sung câu 11`);
  expect(text(await server.post(LIEN_CHAU, HOA, "gửi lại"))).toMatch(
    new RegExp(`^Báo cáo "${SECOND}" \\(số ${second.id}\\) mà nhóm đang làm chưa nộp lần nào\\. Báo cáo đợt ${first.id} "${first.title}" đang được trả lại để sửa\\. Để nộp lại báo cáo đó, gõ /baocao ${first.id} rồi /nop\\.`),
  );
  expect((await server.repos.submissions.find(second.id, 1))?.status).toBe("in_progress");
});

it("right after campaign 1's submission, 'Câu 8: 6' at campaign 2's question 8 answers it in campaign 2, saying which report took it and how to correct campaign 1 instead", async () => {
  const { first, second } = await onSecondAt(8);
  const reply = text(await server.post(LIEN_CHAU, HOA, "Câu 8: 6"));
  expect(reply).toBe(
    `Câu trả lời dưới đây là của báo cáo "${SECOND}" (số ${second.id}) mà nhóm đang làm. Báo cáo đợt ${first.id} "${first.title}" vừa nộp. ` +
      `Muốn sửa báo cáo đó, gõ /baocao ${first.id}, rồi gõ "sửa câu 8: 6" và /nop để nộp lại.` +
      `\n---\n${reply.split("\n---\n").slice(1).join("\n---\n")}`,
  );
  expect(reply).not.toMatch(/Chưa lưu gì|\/sua 8/);
  expect(reply.split("\n---\n").at(-1)).toMatch(/^Câu 9\/21 /);
  expect((await storedAnswers(second.id)).training_sessions).toBe(6);
});

/** Campaign 1 submitted, campaign 2 opened with a report type of three questions, the chat at its question 1. */
async function onShortSecond() {
  const short = sectionTemplate("ba-cau", "Báo cáo ba câu", ["Số buổi?", "Số lớp?", "Số học sinh?"].map((prompt, i) => ({ id: `f${i + 1}`, type: "integer", prompt })));
  const { id } = await server.repos.templates.storeTemplate(short.key, short.title, short);
  const opened = await submitThenOpenNext(server, SECOND, id);
  expect(text(await server.post(LIEN_CHAU, HOA, `/baocao ${opened.second.id}`))).toMatch(/Câu 1\/3/);
  return opened;
}

it("right after campaign 1's submission, a correction of a question campaign 2's report of 3 does not have says it has 3, and offers campaign 1 only where that question exists; no /sua suggested", async () => {
  const { first, second } = await onShortSecond();
  const only = `Chưa lưu gì: báo cáo "${SECOND}" (số ${second.id}) mà nhóm đang làm chỉ có 3 câu, không có câu`;
  const about = `Báo cáo đợt ${first.id} "${first.title}" vừa nộp.`;
  const beyond = text(await server.post(LIEN_CHAU, HOA, "Dạ em sửa ạ. Sửa câu 10: 1.200"));
  expect(beyond.split("\n---\n")[0]).toBe(`${only} 10. ${about} Để sửa báo cáo đó, gõ /baocao ${first.id}, rồi gõ "sửa câu 10: 1.200" và /nop để nộp lại.`);
  expect(beyond.split("\n---\n")[1]).toMatch(/^Câu 1\/3/);
  // Campaign 1's report has 21 questions: no question 30 anywhere, and no command offered for it.
  const nowhere = text(await server.post(LIEN_CHAU, HOA, "sửa câu 30: 180"));
  expect(nowhere.split("\n---\n")[0]).toBe(`${only} 30. ${about} Báo cáo đó cũng không có câu 30.`);
  expect(nowhere).not.toMatch(/\/sua|\/baocao/);
  expect(await storedAnswers(second.id)).toEqual({});
});

it("items to add typed as 'thêm câu 7: …' while campaign 1 is returned are offered there as 'thêm câu 7: …', never as a 'sửa câu 7' that would replace its list", async () => {
  const { first } = await onSecondAt(4);
  expect(text(await server.post(OFFICERS, KHA, `/tralai TH-LIEN-CHAU đợt ${first.id} Đề nghị bổ sung câu 7`))).toMatch(/^Đã trả lại "Báo cáo kết quả/);
  const reply = text(await server.post(LIEN_CHAU, HOA, "thêm câu 7: Thi kể chuyện về sách"));
  expect(reply).toContain(`gõ /baocao ${first.id}, rồi gõ "thêm câu 7: Thi kể chuyện về sách"`);
  expect(reply).not.toContain("sửa câu 7");
});

it("right after campaign 1's submission, the note naming it is said once: the next labelled answers of campaign 2, refused or stored, come without it", async () => {
  const { first } = await onSecondAt(8);
  const about = `Báo cáo đợt ${first.id} "${first.title}" vừa nộp.`;
  expect(text(await server.post(LIEN_CHAU, HOA, "Câu 8: 6"))).toContain(about);
  // Question 9 is a number: refused, with no word of campaign 1.
  const refused = text(await server.post(LIEN_CHAU, HOA, "Câu 9: nhiều lắm"));
  expect(refused).not.toContain(about);
  expect(refused).toMatch(/Câu 9\/21/);
  const stored = text(await server.post(LIEN_CHAU, HOA, "Câu 9: 290"));
  expect(stored).not.toContain(about);
  expect(stored.split("\n---\n").at(-1)).toMatch(/^Câu 10\/21 /);
});
