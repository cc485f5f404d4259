/**
 * A campaign's number after a command, from the users' retest, with two campaigns open (the demo's
 * report submitted, the next campaign opened): "baocao 3" typed without the slash, naming no
 * campaign, passed in silence (/baocao 3 is answered); "/vanban 1" from the chat on campaign 2 said
 * campaign 2's report was not started and to type /baocao 1 first. Through the real server and the
 * local chat, on SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { openNextCampaign, submitThenOpenNext } from "../helpers/next-campaign.ts";

const { server, reportAt } = useDemoReport();

/** Liên Châu's stored answers in a campaign, none when its report there has no row yet. */
const answersIn = async (campaignId: number) => {
  const submission = await server.repos.submissions.find(campaignId, 1);
  return submission ? server.repos.submissions.listAnswers(submission.id) : [];
};

it("lists the open campaigns for 'baocao' typed without the slash while a question is asked, as /baocao does", async () => {
  await reportAt(2);
  await openNextCampaign(server, "Đợt hai");
  // It went straight on to question 2, the second campaign not named.
  const typed = text(await server.post(LIEN_CHAU, HOA, "baocao"));
  expect(typed).toMatch(/^Đơn vị đang có 2 đợt báo cáo mở:\n1\. [^\n]+ — đang làm dở \(nhóm đang ở đợt này\)\n2\. Đợt hai — chưa bắt đầu\n[\s\S]*\nCâu 2\/21/);
  expect(typed).toBe(text(await server.post(LIEN_CHAU, HOA, "/baocao")));
});

it("answers 'baocao 3' typed without the slash, naming no campaign, as /baocao 3 is answered", async () => {
  await submitThenOpenNext(server);
  const typed = text(await server.post(LIEN_CHAU, HOA, "baocao 3"));
  expect(typed).toMatch(/^Không có đợt báo cáo số "3" đang mở/);
  expect(typed).toBe(text(await server.post(LIEN_CHAU, HOA, "/baocao 3")));
});

it("sends campaign 1's document for '/vanban 1' from the chat on campaign 2, which stays on campaign 2", async () => {
  const { first, second } = await submitThenOpenNext(server);
  const replies = await server.post(LIEN_CHAU, HOA, `/vanban ${first.id}`);
  expect(replies.map((m) => (m.document ? `[${m.document.name}]` : m.text)).join("\n---\n")).toMatch(new RegExp(`^"${first.title}" \\(đợt số ${first.id};[^\\n]*\\n---\\n\\[[^\\]]*\\.docx\\]$`));
  // The chat did not move: a plain /baocao still works on the new campaign.
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toContain(`Báo cáo "${second.title}"`);
  // A number the unit has no campaign of is said so, not ignored.
  expect(text(await server.post(LIEN_CHAU, HOA, "/vanban 7"))).toMatch(/^Đơn vị không có đợt báo cáo số 7\./);
});

it("refuses '/vanban 2' from the chat on campaign 1 while campaign 2's report is not submitted, pointing to /baocao 2 rather than to /nop (which acts on campaign 1's report)", async () => {
  const { first, second } = await submitThenOpenNext(server);
  await server.post(LIEN_CHAU, HOA, `/baocao ${first.id}`);
  const replies = await server.post(LIEN_CHAU, HOA, `/vanban ${second.id}`);
  expect(text(replies)).toBe(`Báo cáo "${second.title}" chưa nộp nên chưa có văn bản; gõ /baocao ${second.id} để làm báo cáo đó.`);
  expect(replies.some((m) => m.document)).toBe(false);
  // The chat stays on campaign 1: its document comes with a plain /vanban.
  expect((await server.post(LIEN_CHAU, HOA, "/vanban")).some((m) => m.document)).toBe(true);
});

it("reads 'ơ nhầm, baocao 1' from a colleague, just after 'baocao 2' moved the chat, as /baocao 1, and stores nothing in campaign 2", async () => {
  await reportAt(2);
  const { second } = await openNextCampaign(server, "Đợt hai");
  expect(text(await server.post(LIEN_CHAU, HOA, `baocao ${second.id}`))).toMatch(/Câu 1\/21/);
  const typed = text(await server.post(LIEN_CHAU, MINH, "ơ nhầm, baocao 1"));
  expect(typed).toMatch(/Câu 2\/21/);
  expect(await answersIn(second.id)).toEqual([]);
  await server.post(LIEN_CHAU, HOA, `/baocao ${second.id}`);
  expect(typed).toBe(text(await server.post(LIEN_CHAU, MINH, "/baocao 1")));
  // Filler around the slash command too, and around "xem 1".
  await server.post(LIEN_CHAU, HOA, `/baocao ${second.id}`);
  expect(text(await server.post(LIEN_CHAU, MINH, "à nhầm, /baocao 1 ạ"))).toBe(typed);
  expect(text(await server.post(LIEN_CHAU, MINH, "chị ơi, xem 1"))).toMatch(/^Xem lại "Báo cáo /);
  expect(await answersIn(second.id)).toEqual([]);
  // "Đã" folds as "dạ" does: "Đã báo cáo đợt 1" says something, it moves nothing.
  for (const said of ["Đã báo cáo đợt 1", "Dạ đã báo cáo đợt 1 ạ"]) {
    await server.post(LIEN_CHAU, HOA, `/baocao ${second.id}`);
    expect(text(await server.post(LIEN_CHAU, MINH, said))).not.toBe(typed);
  }
});
