/**
 * The same form sent twice at the same moment (a double tap that the browser sends as two requests,
 * two tabs of one page): both requests carry the same one-time key or the same confirmation and
 * reach the server together, on PostgreSQL as two transactions at once. Each action is done exactly
 * once, and both answers are pages the officer can read (a redirect to a notice, or the page's own
 * refusal), never a failure. Through the real server with a signed-in session.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { signIn, unsealed } from "../helpers/web-session.ts";

const NAM_TRIEU = "thcs-nam-trieu";
const NEW_DEADLINE = Date.parse("2026-10-29T10:00:00Z");
let server: TestApp;
let kha: Awaited<ReturnType<typeof signIn>>;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
  kha = await signIn(server);
});
afterEach(() => server.close());

const botSaid = async (chat: string) => {
  await server.webSettled();
  await server.outboxWorker.deliver();
  return (await server.repos.localMessages.history(chat)).filter((m) => m.fromBot).map((m) => m.text);
};
const logged = async (action: string) => (await server.repos.activity.list(1)).filter((a) => a.action === action);
const unitPage = async (code: string) => `/web/dot/1/don-vi/${(await server.repos.officers.unitByCode(code))!.id}`;
const notice = (body: string) => /<p class="notice" role="status">([^<]*)<\/p>/.exec(body)?.[1];

/**
 * Sends `fields` to `url` twice at once; returns where each answer went, sorted, after checking that
 * each is a redirect whose page reads well and says something.
 */
async function twiceAtOnce(url: string, fields: Record<string, string>): Promise<string[]> {
  const answers = await Promise.all([kha.post(url, fields), kha.post(url, fields)]);
  for (const answer of answers) {
    expect(answer.statusCode, `${url}: ${answer.body.slice(0, 200)}`).toBe(303);
    const page = await kha.get(answer.headers.location as string);
    expect(page.statusCode, String(answer.headers.location)).toBe(200);
    expect(notice(page.body), String(answer.headers.location)).toBeTruthy();
  }
  return answers.map((a) => unsealed(a.headers.location)).sort();
}

describe("the same form sent twice at once", () => {
  it("extends the deadline once", async () => {
    const fields = { ...(await kha.hiddenFields("/web/dot/1/gia-han", "/web/dot/1")), ngay: "29/10/2026", gio: "17:00" };
    // Sorted, "extendSentTwice" comes first.
    const [twice, extended] = await twiceAtOnce("/web/dot/1/gia-han", fields);
    expect(extended).toMatch(/^\/web\/dot\/1\?tb=extended&n=3&/);
    expect(twice).toBe("/web/dot/1?tb=extendSentTwice&n=0");
    expect((await server.repos.directory.campaignById(1))?.deadlineAt).toBe(NEW_DEADLINE);
    expect(await logged("extended")).toHaveLength(1);
    expect((await botSaid(NAM_TRIEU)).filter((t) => t.includes("được gia hạn"))).toHaveLength(1);
    expect((await botSaid("can-bo-phuong")).filter((t) => t.includes("đã gia hạn"))).toHaveLength(1);
  });

  it("sends a notice to the campaign's units once", async () => {
    const fields = { ...(await kha.hiddenFields("/web/dot/1/thong-bao", "/web/dot/1")), noi_dung: "Nộp báo cáo trước thứ Sáu." };
    expect(await twiceAtOnce("/web/dot/1/thong-bao", fields)).toEqual(["/web/dot/1?tb=broadcast&n=3&u=0", "/web/dot/1?tb=broadcastSentTwice&n=0"]);
    expect(await logged("broadcast")).toHaveLength(1);
    for (const chat of [NAM_TRIEU, LIEN_CHAU, "mn-hoa-sen"]) expect((await botSaid(chat)).filter((t) => t.startsWith("Thông báo từ")), chat).toHaveLength(1);
  });

  it("opens one campaign", async () => {
    const fields = {
      ...(await kha.hiddenFields("/web/dot/moi", "/web/dot/moi")),
      template_title: "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời (cấp phường, xã)",
      title: "Báo cáo Tuần lễ học tập 2026 (đợt 2)",
      issuer_name: "UBND phường Nam Triệu",
      deadline_date: "30/10/2026",
      deadline_time: "17h",
      all_units: "Không",
      unit_codes: "TH-LIEN-CHAU",
      late_policy: "Không nhận báo cáo muộn",
    };
    const [opened, twice] = await twiceAtOnce("/web/dot/moi", fields);
    expect(opened).toBe("/web/dot/2?tb=opened&n=1");
    expect(twice).toBe("/web?tb=formSentTwice");
    expect((await server.repos.directory.listCampaigns()).map((c) => c.title).sort()).toEqual(["Báo cáo Tuần lễ học tập 2026 (đợt 2)", "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026"]);
    expect((await botSaid(LIEN_CHAU)).filter((t) => t.includes("(đợt 2)"))).toHaveLength(1);
  });

  it("closes the campaign once, confirmed twice", async () => {
    const fields = { ...(await kha.hiddenFields("/web/dot/1/dong", "/web/dot/1")), chac: "1" };
    const before = (await botSaid(NAM_TRIEU)).length;
    expect(await twiceAtOnce("/web/dot/1/dong", fields)).toEqual(["/web/dot/1?tb=alreadyClosed&n=0", "/web/dot/1?tb=closed&n=0"]);
    expect(await logged("closed")).toHaveLength(1);
    expect((await botSaid("can-bo-phuong")).filter((t) => t.includes("đã đóng đợt báo cáo"))).toHaveLength(1);
    // The unit is told once that the campaign closed.
    expect((await botSaid(NAM_TRIEU)).length).toBe(before + 1);
    // The click that came second is told the close was the officer's own, and that it added nothing
    // (it read "Nguyễn Thị Kha đã đóng … không có tin nhắn nào được gửi tới các đơn vị").
    const again = await kha.post("/web/dot/1/dong", fields);
    expect(notice((await kha.get(again.headers.location as string)).body)).toMatch(/^Đợt báo cáo này đã được bạn đóng lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4} trên trang web; yêu cầu gửi sau đó không thay đổi gì thêm\.$/);
  });

  it("reminds the late units once", async () => {
    const fields = await kha.hiddenFields("/web/dot/1/nhac", "/web/dot/1");
    expect(await twiceAtOnce("/web/dot/1/nhac", fields)).toEqual(["/web/dot/1?tb=reminded&n=3", "/web/dot/1?tb=remindedRecently&n=0"]);
    expect(await logged("reminded")).toHaveLength(1);
    expect((await botSaid(NAM_TRIEU)).filter((t) => t.startsWith('Nhắc nộp "Báo cáo kết quả'))).toHaveLength(1);
  });

  it("reminds one unit once from its page", async () => {
    const page = await unitPage("THCS-NAM-TRIEU");
    const fields = await kha.hiddenFields(`${page}/nhac`, page);
    expect(await twiceAtOnce(`${page}/nhac`, fields)).toEqual([`${page}?tb=remindedUnit&n=0`, `${page}?tb=unitRemindedRecently&n=0`]);
    expect(await logged("reminded-unit")).toHaveLength(1);
    expect((await botSaid(NAM_TRIEU)).filter((t) => t.startsWith('Nhắc nộp "Báo cáo kết quả'))).toHaveLength(1);
  });

  it("returns a report once: the second is refused on the page, as a return of a report already returned", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const page = await unitPage("TH-LIEN-CHAU");
    const fields = { ...(await kha.hiddenFields(`${page}/tra-lai`, page)), comment: "Bổ sung số sách" };
    const answers = await Promise.all([kha.post(`${page}/tra-lai`, fields), kha.post(`${page}/tra-lai`, fields)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([303, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expect(refused.body).toMatch(/Nguyễn Thị Kha đã trả lại báo cáo của Trường Tiểu học Liên Châu lúc 10:15 ngày 08\/10\/2026 với nhận xét «Bổ sung số sách»/);
    expect(await logged("returned")).toHaveLength(1);
    expect((await botSaid(LIEN_CHAU)).filter((t) => t.includes("Bổ sung số sách"))).toHaveLength(1);
  });
});
