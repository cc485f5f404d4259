/**
 * Two campaigns with the same title (a yearly report opened again under last year's name): where
 * officers or a unit see a campaign by its title alone, in the chats and on the web page, its number
 * is said too; they could not tell which one was reminded, returned, closed or submitted. Through the local chat and
 * the web page of the demo.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { foldVietnamese } from "../../src/vietnamese/fold-vietnamese.ts";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { campaignFormValues } from "../helpers/campaign-form-values.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";
import { signIn } from "../helpers/web-session.ts";

const { server } = useOfficersChat();
const escaped = (sentence: string) => sentence.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Campaign 2, the demo's campaign 1 again under the same title, over the same schools. */
async function sameTitleAgain(): Promise<string> {
  const [first] = await server.repos.directory.listCampaigns();
  const schools = await server.repos.officers.unitIdsButIssuers();
  await server.repos.transaction(() =>
    server.repos.directory.insertCampaign({ templateId: first!.templateId, title: first!.title, issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, schools),
  );
  return first!.title;
}

it("names the campaign with its number in the chat when another has the same title", async () => {
  const title = await sameTitleAgain();
  expect(text(await server.post(OFFICERS, KHA, "/nhacnho lich 2,0 đợt 2"))).toMatch(new RegExp(`^Đã đặt lịch nhắc cho đợt "${title}" \\(đợt 2\\): `));
  expect(text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU đợt 2 Thiếu số liệu"))).toBe(`Trường Tiểu học Liên Châu chưa nộp báo cáo đợt "${title}" (đợt 2) nên chưa thể trả lại.`);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 2 chac"))).toMatch(new RegExp(`^Đã đóng đợt báo cáo "${title}" \\(đợt 2\\)\\. `));
});

it("shows each campaign's number on the web page's list and board, and says it to the chat for a close on the page", async () => {
  const title = await sameTitleAgain();
  const kha = await signIn(server);
  const list = (await kha.get("/web")).body;
  expect(list).toContain(`<a href="/web/dot/1">Đợt 1: ${title}</a>`);
  expect(list).toContain(`<a href="/web/dot/2">Đợt 2: ${title}</a>`);
  expect((await kha.get("/web/dot/2")).body).toContain(`<h1>Đợt 2: ${title}</h1>`);
  await kha.postForm("/web/dot/2/dong", { chac: "1" }, "/web/dot/2");
  await server.webSettled();
  const heard = (await server.repos.localMessages.history(OFFICERS)).filter((m) => m.fromBot).map((m) => m.text);
  expect(heard).toContain(`Nguyễn Thị Kha đã đóng đợt báo cáo "${title}" (đợt 2) trên trang cán bộ.`);
});

it("refuses, in the chat and on the web form, the title of a closed campaign still taking late reports, as it refuses an open one's; a campaign closed refusing them leaves it free", async () => {
  const [first] = await server.repos.directory.listCampaigns();
  await server.database.run(sql`update campaigns set late_policy = 'accept'`);
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  // The form's first question answered, then its title typed (a refused title is asked again).
  await server.post(OFFICERS, KHA, "/dotbaocao");
  await server.post(OFFICERS, KHA, "2");
  const opening = async (title: string) => text(await server.post(OFFICERS, KHA, foldVietnamese(title)));
  const taken = "Đợt báo cáo số 1 đã đóng nhưng vẫn nhận báo cáo nộp muộn, có cùng tên này: hai đợt trùng tên sẽ khó phân biệt trong nhóm của đơn vị.";
  expect(await opening(first!.title)).toMatch(new RegExp(`^${escaped(taken)}`));
  const kha = await signIn(server);
  const form = await kha.postForm("/web/dot/moi", { ...campaignFormValues(), title: first!.title }, "/web/dot/moi");
  expect(form.statusCode).toBe(400);
  expect(form.body).toContain(`<p id="f-title-error" class="error" role="alert">${taken}`);
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  expect(await opening(first!.title)).toMatch(/Câu 3\//);
});

it("names the campaign with its number in a unit's chat too when another has the same title: /trangthai, the reminder, and the officers' notice of its submission", async () => {
  const title = await sameTitleAgain();
  const status = text(await server.post(LIEN_CHAU, HOA, "/trangthai 2"));
  expect(status).toBe(`"${title}" (đợt 2): chưa bắt đầu. Hạn nộp: 17:00 ngày 30/10/2026.`);
  await server.post(OFFICERS, KHA, "/nhacnho ngay đợt 2");
  const unitHeard = (await server.repos.localMessages.history(LIEN_CHAU)).filter((m) => m.fromBot).map((m) => m.text);
  expect(unitHeard.at(-1)).toMatch(new RegExp(`^Nhắc nộp "${title}" \\(đợt 2, hạn 17:00 ngày 30/10/2026\\)\\. `));
  // Campaign 1, due first, is where a plain /baocao goes: the clerk picks campaign 2.
  await server.post(LIEN_CHAU, HOA, "/baocao 2");
  await submitFullReport(server, LIEN_CHAU, HOA);
  const officersHeard = (await server.repos.localMessages.history(OFFICERS)).filter((m) => m.fromBot).map((m) => m.text);
  expect(officersHeard).toContain(`Trường Tiểu học Liên Châu đã nộp "${title}" (đợt 2) lúc 10:15 ngày 08/10/2026. Người nộp: Nguyễn Thị Hoa.`);
});
