/**
 * A campaign opened from the web page with a title typed without marks went to every unit's chat and
 * every Word document as typed, while the chat's /dotbaocao says so at its confirmation. The page
 * holds it back once with a note, and opens it as typed when the officer sends the form again.
 * Through the real server (inject) over the seeded demo, on 8 October 2026.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildTestApp, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { campaignFormValues } from "../helpers/campaign-form-values.ts";
import { hiddenFieldsIn, signIn } from "../helpers/web-session.ts";

const UNMARKED = "Tuan le hoc tap suot doi";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

const campaignTitles = async () => (await server.repos.directory.listCampaigns()).map((c) => c.title);
const unitChatMentions = async (text: string) => (await server.repos.localMessages.history(LIEN_CHAU)).filter((m) => m.fromBot && m.text.includes(text)).length;

it("holds a title without marks back once with a note, then opens the campaign as typed when the form is sent again", async () => {
  const kha = await signIn(server);
  const before = await campaignTitles();
  const held = await kha.postForm("/web/dot/moi", campaignFormValues({ title: UNMARKED }), "/web/dot/moi");
  expect(held.statusCode).toBe(200);
  // Advice, not an error: its own look, and nothing on the page in the error style.
  expect(held.body).toContain(
    `<p class="advice" role="status">Lưu ý: câu 2 «${UNMARKED}» chưa có dấu tiếng Việt; các đơn vị sẽ nhận và văn bản sẽ in đúng như vậy. Chưa mở đợt báo cáo: bấm «Mở đợt báo cáo và thông báo tới các đơn vị» lần nữa để mở với nội dung như đã gõ, hoặc sửa lại có dấu.</p>`,
  );
  expect(held.body).not.toContain('class="error"');
  expect(held.body).toMatch(new RegExp(`id="f-title"[^>]*value="${UNMARKED}"`));
  await server.webSettled();
  expect(await campaignTitles()).toEqual(before);
  expect(await unitChatMentions(UNMARKED)).toBe(0);
  // The form as the page showed it again: its hidden fields, and the same answers.
  const opened = await kha.post("/web/dot/moi", { ...hiddenFieldsIn(held.body, "/web/dot/moi"), ...campaignFormValues({ title: UNMARKED }) });
  expect(opened.statusCode).toBe(303);
  await server.webSettled();
  expect((await campaignTitles()).sort()).toEqual([...before, UNMARKED].sort());
  expect(await unitChatMentions(UNMARKED)).toBe(1);
});

it("names each text the units receive without marks, with its number on the page, beside another question's refusal", async () => {
  const kha = await signIn(server);
  const held = await kha.postForm("/web/dot/moi", campaignFormValues({ title: UNMARKED, period: "nam hoc 2026 - 2027", deadline_date: "" }), "/web/dot/moi");
  expect(held.statusCode).toBe(400);
  expect(held.body).toContain(`Lưu ý: câu 2 «${UNMARKED}», câu 9 «nam hoc 2026 - 2027» chưa có dấu tiếng Việt;`);
  expect(held.body).toContain("Câu này bắt buộc: vui lòng điền.");
  expect(await campaignTitles()).toHaveLength(1);
});

it("opens a campaign whose texts have their marks at once", async () => {
  const kha = await signIn(server);
  const opened = await kha.postForm("/web/dot/moi", campaignFormValues({ title: "Tuần lễ học tập suốt đời" }), "/web/dot/moi");
  expect(opened.statusCode).toBe(303);
});
