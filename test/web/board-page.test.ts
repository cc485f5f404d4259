/**
 * The campaigns list and a campaign's board, signed in, through the real server: counts and
 * states as /status words them, late ones first, the filter, the change stamp the page polls, and
 * the board's actions (remind the late units, download the export and the consolidated report, close).
 */
import { sql } from "drizzle-orm";
import { readDocx } from "../helpers/docx-reader.ts";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { signIn, unsealed } from "../helpers/web-session.ts";
import { KHA, OFFICERS, text } from "../helpers/officers-chat.ts";

const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const NAM_TRIEU = "thcs-nam-trieu";
let server: TestApp;
let now = Date.parse("2026-10-08T03:15:00Z");
beforeEach(async () => {
  now = Date.parse("2026-10-08T03:15:00Z");
  server = await buildTestApp({ now: () => new Date(now) });
});
afterEach(() => server.close());

/** The board's unit rows as "CODE: state" in page order. */
const unitRows = (body: string) => [...body.matchAll(/<tr data-unit="([^"]+)">[\s\S]*?<td class="state-[^"]+"[^>]*>([^<]*)<\/td>/g)].map((m) => `${m[1]}: ${m[2]}`);

describe("the campaigns list", () => {
  it("shows each campaign with its deadline, open or closed, and its counts as units progress", async () => {
    const kha = await signIn(server);
    let page = (await kha.get("/web")).body;
    expect(page).toMatch(/<a href="\/web\/dot\/1">Đợt 1: Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026<\/a><\/td><td data-label="Hạn nộp">17:00 ngày 22\/10\/2026<\/td>\s*<td class="campaign-open" data-label="Tình trạng">đang mở<\/td><td data-label="Số đơn vị"><ul class="counts"><li>Đã nộp: 0<\/li><li>Đang làm: 0<\/li><li>Chưa bắt đầu: 3<\/li><li>Quá hạn: 0<\/li><li>Trả lại: 0<\/li><\/ul><\/td>/);
    await server.post(NAM_TRIEU, LAN, "/baocao");
    await server.post(NAM_TRIEU, LAN, "Kế hoạch số 1");
    await submitFullReport(server, LIEN_CHAU, HOA);
    page = (await kha.get("/web")).body;
    expect(page).toContain("<li>Đã nộp: 1</li><li>Đang làm: 1</li><li>Chưa bắt đầu: 1</li><li>Quá hạn: 0</li><li>Trả lại: 0</li></ul></td>");
  });
});

describe("the board", () => {
  it("lists every unit with its state in /status words, who submitted and when, and the version", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    await server.post(NAM_TRIEU, LAN, "/baocao");
    await server.post(NAM_TRIEU, LAN, "Kế hoạch số 1");
    const kha = await signIn(server);
    const page = (await kha.get("/web/dot/1")).body;
    expect(unitRows(page)).toEqual(["MN-HOA-SEN: chưa bắt đầu", "THCS-NAM-TRIEU: đang làm 1/21", "TH-LIEN-CHAU: đã nộp"]);
    expect(page).toMatch(/<td data-label="Người nộp, lúc">Nguyễn Thị Hoa, 10:15 ngày 08\/10\/2026<\/td><td class="num" data-label="Lần nộp">1<\/td>/);
    expect(page).toContain("<li>Đã nộp: 1</li><li>Đang làm: 1</li><li>Chưa bắt đầu: 1</li><li>Quá hạn: 0</li><li>Trả lại: 0</li>");
  });

  it("puts the late units first once the deadline has passed", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    now = Date.parse("2026-10-23T03:00:00Z");
    const kha = await signIn(server);
    const rows = unitRows((await kha.get("/web/dot/1")).body);
    expect(rows.slice(0, 2)).toEqual(["MN-HOA-SEN: QUÁ HẠN, chưa bắt đầu", "THCS-NAM-TRIEU: QUÁ HẠN, chưa bắt đầu"]);
    expect(rows[2]).toMatch(/^TH-LIEN-CHAU: đã nộp/);
  });

  it("says a report sent after an early close, before the deadline, was late for the close, as the chat's /trangthai does, on the board and the unit's page; one after the deadline, plain late", async () => {
    expect((await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac")).map((m) => m.text).join("\n")).toMatch(/^Đã đóng đợt báo cáo/);
    now = Date.parse("2026-10-09T03:15:00Z");
    await submitFullReport(server, LIEN_CHAU, HOA);
    now = Date.parse("2026-10-23T03:15:00Z");
    await submitFullReport(server, NAM_TRIEU, LAN);
    const afterClose = "đã nộp (muộn: sau khi đợt đóng, trước hạn nộp)";
    expect((await server.post(OFFICERS, KHA, "/trangthai 1")).map((m) => m.text).join("\n")).toContain(`TH-LIEN-CHAU — Trường Tiểu học Liên Châu: ${afterClose} — Nguyễn Thị Hoa, 10:15 ngày 09/10/2026`);
    const kha = await signIn(server);
    const rows = unitRows((await kha.get("/web/dot/1")).body);
    expect(rows).toContain(`TH-LIEN-CHAU: ${afterClose}`);
    expect(rows).toContain("THCS-NAM-TRIEU: đã nộp (muộn)");
    const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
    const namTrieu = (await server.repos.officers.unitByCode("THCS-NAM-TRIEU"))!;
    expect((await kha.get(`/web/dot/1/don-vi/${lienChau.id}`)).body).toContain(`<p class="state-submitted">Tình trạng: ${afterClose} — Nguyễn Thị Hoa, 10:15 ngày 09/10/2026</p>`);
    expect((await kha.get(`/web/dot/1/don-vi/${namTrieu.id}`)).body).toContain('<p class="state-submitted">Tình trạng: đã nộp (muộn) — Lê Thị Lan, 10:15 ngày 23/10/2026</p>');
    // The list of versions said a bare "(nộp muộn)" for the first.
    expect((await kha.get(`/web/dot/1/don-vi/${lienChau.id}`)).body).toContain('<span class="state-overdue">(nộp muộn: sau khi đợt đóng, trước hạn nộp)</span>');
    expect((await kha.get(`/web/dot/1/don-vi/${namTrieu.id}`)).body).toContain('<span class="state-overdue">(nộp muộn)</span>');
  });

  it("filters by state and by a unit's name typed without diacritics, the state's box labelled as such (label and button both read 'Lọc')", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const form = /<form[^>]*role="search">[\s\S]*?<\/form>/.exec((await kha.get("/web/dot/1")).body)![0];
    expect(form).toMatch(/<label class="inline-label">Tình trạng <select name="loc">/);
    expect(form).toMatch(/<button type="submit" class="secondary">Lọc<\/button>/);
    expect(unitRows((await kha.get("/web/dot/1?loc=submitted")).body).map((r) => r.split(":")[0])).toEqual(["TH-LIEN-CHAU"]);
    expect(unitRows((await kha.get("/web/dot/1?loc=not-started")).body).map((r) => r.split(":")[0])).toEqual(["MN-HOA-SEN", "THCS-NAM-TRIEU"]);
    expect(unitRows((await kha.get("/web/dot/1?tim=hoa%20sen")).body).map((r) => r.split(":")[0])).toEqual(["MN-HOA-SEN"]);
    expect((await kha.get("/web/dot/1?tim=khong-co")).body).toContain("Không có đơn vị nào khớp bộ lọc.");
  });

  it("changes its stamp when a unit answers, and only then", async () => {
    const kha = await signIn(server);
    const stamp = async () => ((await kha.get("/web/dot/1/moc")).json() as { stamp: string }).stamp;
    const before = await stamp();
    expect(await stamp()).toBe(before);
    await server.post(NAM_TRIEU, LAN, "/baocao");
    await server.post(NAM_TRIEU, LAN, "Kế hoạch số 1");
    const afterAnswer = await stamp();
    expect(afterAnswer).not.toBe(before);
    now += 1000;
    await server.post(NAM_TRIEU, LAN, "Treo băng rôn tại cổng trường.");
    expect(await stamp()).not.toBe(afterAnswer);
  });

  it("answers 404 for a campaign that does not exist", async () => {
    const kha = await signIn(server);
    for (const url of ["/web/dot/99", "/web/dot/abc", "/web/dot/0/moc", "/web/dot/99/xuat"]) expect((await kha.get(url)).statusCode, url).toBe(404);
  });
});

describe("what a page prints", () => {
  it("escapes a unit's name and its answers, and forbids inline script by its Content-Security-Policy", async () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const unit = await server.repos.directory.insertUnit({ code: "XSS-1", name: hostile });
    await server.database.run(sql`insert into campaign_units (campaign_id, unit_id) values (1, ${unit.id})`);
    await server.post(NAM_TRIEU, LAN, "/baocao");
    await server.post(NAM_TRIEU, LAN, "<b onmouseover=alert(2)>Kế hoạch</b>");
    const kha = await signIn(server);
    const board = await kha.get("/web/dot/1");
    expect(board.body).not.toContain("<script>alert");
    expect(board.body).not.toContain("<img src=x");
    expect(board.body).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(board.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(board.headers["content-security-policy"]).toContain("default-src 'none'");
    const unitPage = await kha.get(`/web/dot/1/don-vi/${(await server.repos.officers.unitByCode("THCS-NAM-TRIEU"))!.id}`);
    expect(unitPage.body).not.toContain("<b onmouseover");
    expect(unitPage.body).toContain("&lt;b onmouseover=alert(2)&gt;Kế hoạch&lt;/b&gt;");
    // No inline script anywhere: the one script is a file the policy allows.
    expect([...unitPage.body.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/web/static/web.js" defer>']);
  });
});

describe("the board's actions", () => {
  it("reminds the units that have not submitted, in their chats, and says how many", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1");
    expect(response.statusCode).toBe(303);
    expect(unsealed(response.headers.location)).toBe("/web/dot/1?tb=reminded&n=2");
    expect((await kha.get(response.headers.location as string)).body).toContain("Đã gửi lời nhắc tới 2 đơn vị chưa nộp.");
    await server.webSettled();
    const reminders = async (chat: string) => (await server.repos.localMessages.history(chat)).filter((m) => m.fromBot && m.text.startsWith('Nhắc nộp "Báo cáo kết quả'));
    expect(await reminders(NAM_TRIEU)).toHaveLength(1);
    expect(await reminders("mn-hoa-sen")).toHaveLength(1);
    expect(await reminders(LIEN_CHAU)).toHaveLength(0);
  });

  it("within an hour of the last reminder sends none until the officer confirms, so a double tap or a second officer does not remind twice", async () => {
    const kha = await signIn(server);
    const lan = await signIn(server);
    // A second officer's page, shown before the reminder went out: its form has no confirmation in it.
    const lanToken = await lan.csrfFrom("/web/dot/1");
    expect(unsealed((await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1")).headers.location)).toBe("/web/dot/1?tb=reminded&n=3");
    now += 20 * 60_000;
    const refused = await server.app.inject({ method: "POST", url: "/web/dot/1/nhac", cookies: lan.cookies, payload: `_csrf=${encodeURIComponent(lanToken)}`, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(unsealed(refused.headers.location)).toBe("/web/dot/1?tb=remindedRecently&n=20");
    const board = (await lan.get(refused.headers.location as string)).body;
    expect(board).toContain("Chưa gửi: các đơn vị chưa nộp vừa được nhắc 20 phút trước.");
    // The board asks first (the script fills in the reminder confirmed); without the script its
    // form confirms nothing, and the page with the notice is where pressing again confirms.
    const firstAt = Date.parse("2026-10-08T03:15:00Z");
    expect((await lan.get("/web/dot/1")).body).toMatch(
      new RegExp(`<form method="post" action="/web/dot/1/nhac" class="inline" data-confirm="Các đơn vị chưa nộp vừa được nhắc lúc 10:15 ngày 08/10/2026. Nhắc thêm lần nữa\\?"><input type="hidden" name="_csrf" value="[^"]+"><input type="hidden" name="lai" value="" data-confirmed="${firstAt}">`),
    );
    expect(unsealed((await lan.postForm("/web/dot/1/nhac", {}, "/web/dot/1")).headers.location)).toBe("/web/dot/1?tb=remindedRecently&n=20");
    expect(board).toMatch(new RegExp(`<form method="post" action="/web/dot/1/nhac" class="inline"><input type="hidden" name="_csrf" value="[^"]+"><input type="hidden" name="lai" value="${firstAt}">`));
    await server.webSettled();
    const reminders = async () => (await server.repos.localMessages.history(NAM_TRIEU)).filter((m) => m.fromBot && m.text.startsWith('Nhắc nộp "Báo cáo kết quả'));
    expect(await reminders()).toHaveLength(1);
    const khaToken = await kha.csrfFrom("/web/dot/1");
    expect(unsealed((await lan.postForm("/web/dot/1/nhac", {}, refused.headers.location as string)).headers.location)).toBe("/web/dot/1?tb=reminded&n=3");
    await server.webSettled();
    expect(await reminders()).toHaveLength(2);
    // Kha's page, shown before Lan's reminder, confirms the first one: refused, nothing sent.
    const stale = await server.app.inject({ method: "POST", url: "/web/dot/1/nhac", cookies: kha.cookies, payload: `_csrf=${encodeURIComponent(khaToken)}&lai=${firstAt}`, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(unsealed(stale.headers.location)).toBe("/web/dot/1?tb=remindedRecently&n=0");
    await server.webSettled();
    expect(await reminders()).toHaveLength(2);
    // An hour on, the button is plain again.
    now += 61 * 60_000;
    expect((await kha.get("/web/dot/1")).body).not.toContain('name="lai"');
  });

  it("reminds once when two officers press remind at the same moment (on PostgreSQL, two transactions at once)", async () => {
    const kha = await signIn(server);
    const lan = await signIn(server);
    const post = async (officer: typeof kha) => {
      const payload = `_csrf=${encodeURIComponent(await officer.csrfFrom("/web/dot/1"))}`;
      return () => server.app.inject({ method: "POST", url: "/web/dot/1/nhac", cookies: officer.cookies, payload, headers: { "content-type": "application/x-www-form-urlencoded" } });
    };
    const presses = [await post(kha), await post(lan)];
    const answers = await Promise.all(presses.map((press) => press()));
    expect(answers.map((a) => unsealed(a.headers.location)).sort()).toEqual(["/web/dot/1?tb=reminded&n=3", "/web/dot/1?tb=remindedRecently&n=0"]);
    await server.webSettled();
    expect((await server.repos.localMessages.history(NAM_TRIEU)).filter((m) => m.fromBot && m.text.startsWith('Nhắc nộp "Báo cáo kết quả'))).toHaveLength(1);
  });

  it("downloads the campaign's spreadsheet and its consolidated report", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const sheet = await kha.get("/web/dot/1/xuat");
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers["content-type"]).toMatch(/spreadsheetml/);
    expect(sheet.headers["content-disposition"]).toContain("filename*=UTF-8''S%E1%BB%91-li%E1%BB%87u-%C4%91%E1%BB%A3t-1-");
    expect(sheet.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const report = await kha.get("/web/dot/1/tong-hop");
    expect(report.statusCode).toBe(200);
    expect(report.headers["content-type"]).toMatch(/wordprocessingml/);
    expect(report.rawPayload.subarray(0, 2).toString()).toBe("PK");
    expect(readDocx(report.rawPayload).paragraphs).not.toContain("(Dự thảo: chưa có đơn vị nào nộp báo cáo, nên chưa có số liệu để tổng hợp.)");
  });

  it("says on the board that no unit has submitted yet, as /xuat does in the chat, rather than giving an empty spreadsheet", async () => {
    await server.post(NAM_TRIEU, LAN, "/baocao");
    await server.post(NAM_TRIEU, LAN, "Kế hoạch số 1");
    await expectNoFigures("/web/dot/1/xuat", "export", "Chưa có đơn vị nào nộp báo cáo (0/3 đơn vị) nên chưa có số liệu để xuất. Tình hình từng đơn vị ở bảng dưới đây.");
  });

  it("says on the board that no unit has submitted yet, as /tonghop does in the chat, rather than giving a consolidated draft with no figures", async () => {
    await server.post(NAM_TRIEU, LAN, "/baocao");
    await expectNoFigures("/web/dot/1/tong-hop", "consolidated-draft", "Chưa có đơn vị nào nộp báo cáo (0/3 đơn vị) nên chưa có số liệu để lập dự thảo báo cáo tổng hợp. Tình hình từng đơn vị ở bảng dưới đây.");
  });

  /** A download with no figures to build: back to the board with `notice`, nothing built or logged, the board's link no download (the browser shows the board). */
  async function expectNoFigures(path: string, documentKind: string, notice: string) {
    const kha = await signIn(server);
    const logged = (await server.repos.activity.list(1)).length;
    const answer = await kha.get(path);
    expect(answer.statusCode).toBe(303);
    expect(answer.headers["content-disposition"]).toBeUndefined();
    const board = await kha.get(String(answer.headers.location));
    expect(/<p class="notice" role="status">([^<]*)<\/p>/.exec(board.body)?.[1]).toBe(notice);
    expect(await server.database.rows(sql`select id from documents where kind = ${documentKind}`)).toEqual([]);
    expect((await server.repos.activity.list(1)).length).toBe(logged);
    expect(board.body).toContain(`<a class="button" href="${path}">`);
  }

  it("says on the board that there are no figures, not 'chưa', once the campaign closed refusing late reports with no unit's report in, as /tonghop does", async () => {
    await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
    await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
    const kha = await signIn(server);
    const board = await kha.get(String((await kha.get("/web/dot/1/tong-hop")).headers.location));
    expect(/<p class="notice" role="status">([^<]*)<\/p>/.exec(board.body)?.[1]).toBe(
      "Đợt đã đóng (không nhận báo cáo nộp muộn) và không có đơn vị nào nộp báo cáo (0/3 đơn vị) nên không có số liệu để lập dự thảo báo cáo tổng hợp. Tình hình từng đơn vị ở bảng dưới đây.",
    );
    expect(text(await server.post(OFFICERS, KHA, "/tonghop 1"))).toMatch(/^Đợt 1 ".*" đã đóng \(không nhận báo cáo nộp muộn\) và không có đơn vị nào nộp báo cáo \(0\/3 đơn vị\) nên không có số liệu để tổng hợp/);
  });

  it("refuses a download another site started, and a HEAD of one, logging and building nothing", async () => {
    // A report submitted: the spreadsheet then has figures to build (with none the board says so).
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const logged = async () => (await server.repos.activity.list(1)).length;
    const before = await logged();
    const crossSite = (url: string) => server.app.inject({ method: "GET", url, cookies: kha.cookies, headers: { "sec-fetch-site": "cross-site" } });
    for (const url of ["/web/dot/1/xuat", "/web/dot/1/tong-hop"]) {
      const refused = await crossSite(url);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.body).toContain("chỉ mở được từ trang cán bộ");
      expect((await server.app.inject({ method: "HEAD", url, cookies: kha.cookies })).statusCode, url).toBe(404);
    }
    expect(await logged()).toBe(before);
    expect(await server.database.rows(sql`select id from documents where kind <> 'report'`)).toEqual([]);
    // From the board itself (same origin), it downloads.
    const sameSite = await server.app.inject({ method: "GET", url: "/web/dot/1/xuat", cookies: kha.cookies, headers: { "sec-fetch-site": "same-origin" } });
    expect(sameSite.statusCode).toBe(200);
    expect(await logged()).toBe(before + 1);
  });

  it("closes the campaign only once confirmed, the script aside: the board then says so, offers no close, and a reminder from the open board reminds no one", async () => {
    const kha = await signIn(server);
    // Without the script's confirmation the board asks first, changing nothing; its button then carries it.
    const askedAt = (await kha.postForm("/web/dot/1/dong", {}, "/web/dot/1")).headers.location as string;
    expect(unsealed(askedAt)).toBe("/web/dot/1?tb=closeAsked&n=0");
    expect((await server.repos.directory.campaignById(1))?.status).toBe("open");
    const asked = (await kha.get(askedAt)).body;
    // The chat's question (/dotbaocao dong): the deadline not passed yet, the units left, what becomes of late reports.
    const effects =
      "Hạn nộp (17:00 ngày 22/10/2026) chưa đến. Còn 3 đơn vị chưa nộp; sau khi đóng, báo cáo nộp sau đó vẫn được nhận nhưng ghi là nộp muộn, dù hạn nộp chưa đến. Các đơn vị chưa nộp sẽ được báo tin. Đã đóng thì không mở lại được.";
    expect(asked).toContain(`<p class="notice" role="status">Chưa đóng. ${effects} Nếu chắc chắn, bấm lại`);
    // The notice names the button as it reads.
    expect(asked).toMatch(/bấm lại (?:&quot;|&#34;|")Đóng đợt báo cáo(?:&quot;|&#34;|") để xác nhận/);
    // The script's question says the same.
    expect(asked).toContain(`data-confirm="Đóng đợt này? ${effects}"`);
    expect(asked).toMatch(/action="\/web\/dot\/1\/dong"[^]*?<input type="hidden" name="chac" value="1"/);
    expect(unsealed((await kha.postForm("/web/dot/1/dong", { chac: "1" }, "/web/dot/1")).headers.location)).toBe("/web/dot/1?tb=closed&n=0");
    expect((await server.repos.directory.campaignById(1))?.status).toBe("closed");
    await server.webSettled();
    const officers = (await server.repos.localMessages.history("can-bo-phuong")).filter((m) => m.fromBot).map((m) => m.text);
    expect(officers.at(-1)).toBe('Nguyễn Thị Kha đã đóng đợt báo cáo "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" trên trang cán bộ.');
    const page = (await kha.get("/web/dot/1")).body;
    expect(page).toContain("· đã đóng");
    expect(page).not.toContain('action="/web/dot/1/dong"');
    // Still taking late reports, its units not in may be reminded (late-campaign-board.test.ts); the
    // button as the open board showed it (not marked for the closed campaign) reminds no one.
    expect(page).toContain('action="/web/dot/1/nhac"');
    expect(unsealed((await kha.post("/web/dot/1/nhac", { _csrf: await kha.csrfFrom("/web/dot/1") })).headers.location)).toBe("/web/dot/1?tb=alreadyClosed&n=0");
  });

  it("asks to close past the deadline as the chat asks: the deadline said to have passed, the units still left counted", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    now = Date.parse("2026-10-23T03:00:00Z");
    const kha = await signIn(server);
    const [chatQuestion] = await server.post("can-bo-phuong", { userId: "u7", userName: "Nguyễn Thị Kha" }, "/dotbaocao dong");
    const effects = "Hạn nộp (17:00 ngày 22/10/2026) đã qua. Còn 2 đơn vị chưa nộp; sau khi đóng, báo cáo nộp sau đó vẫn được nhận nhưng ghi là nộp muộn. Các đơn vị chưa nộp sẽ được báo tin. Đã đóng thì không mở lại được.";
    expect(chatQuestion?.text).toContain(`? ${effects} Nếu chắc chắn, gõ /dotbaocao dong 1 chac (hoặc trả lời "có").`);
    const asked = (await kha.get((await kha.postForm("/web/dot/1/dong", {}, "/web/dot/1")).headers.location as string)).body;
    expect(asked).toContain(`Chưa đóng. ${effects} Nếu chắc chắn, bấm lại`);
    expect((await server.repos.directory.campaignById(1))?.status).toBe("open");
  });

  it("shows a notice, or the close form confirmed, only from its own session's redirect: a crafted link shows neither", async () => {
    const kha = await signIn(server);
    const confirmedClose = /action="\/web\/dot\/1\/dong"[^]*?<input type="hidden" name="chac" value="1"/;
    // Links anyone could send an officer: the close form confirmed (one click closed), a made-up count.
    for (const crafted of ["/web/dot/1?tb=closeAsked&n=0", "/web/dot/1?tb=reminded&n=999", "/web/dot/1?tb=reminded&n=999&s=AAAAAAAAAAAAAAAAAAAAAA"]) {
      const page = (await kha.get(crafted)).body;
      expect(page, crafted).not.toMatch(confirmedClose);
      expect(page, crafted).not.toContain("Chưa đóng.");
      expect(page, crafted).not.toContain("999");
    }
    // The redirect's own address shows it; the same address in another officer's session does not.
    const askedAt = (await kha.postForm("/web/dot/1/dong", {}, "/web/dot/1")).headers.location as string;
    expect(askedAt).toMatch(/^\/web\/dot\/1\?tb=closeAsked&n=0&s=[\w-]{22}$/);
    expect((await kha.get(askedAt)).body).toMatch(confirmedClose);
    const other = await signIn(server);
    expect((await other.get(askedAt)).body).not.toMatch(confirmedClose);
    // Its count cannot be changed either.
    const reminded = (await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1")).headers.location as string;
    expect((await kha.get(reminded)).body).toContain("Đã gửi lời nhắc tới 3 đơn vị chưa nộp.");
    expect((await kha.get(reminded.replace("n=3", "n=9"))).body).not.toContain("Đã gửi lời nhắc tới");
    expect((await server.repos.directory.campaignById(1))?.status).toBe("open");
  });

  it("closes once when two officers close at the same moment, and sends no reminder after the close", async () => {
    const kha = await signIn(server);
    const nam = await signIn(server, { userId: "u8", userName: "Hoàng Văn Nam" });
    const [a, b] = await Promise.all([kha.postForm("/web/dot/1/dong", { chac: "1" }, "/web/dot/1"), nam.postForm("/web/dot/1/dong", { chac: "1" }, "/web/dot/1")]);
    expect([unsealed(a.headers.location), unsealed(b.headers.location)].sort()).toEqual(["/web/dot/1?tb=alreadyClosed&n=0", "/web/dot/1?tb=closed&n=0"]);
    expect(unsealed((await kha.postForm("/web/dot/1/nhac", {}, "/web")).headers.location)).toBe("/web/dot/1?tb=alreadyClosed&n=0");
    expect((await server.repos.activity.list(1)).map((a) => a.action)).toEqual(["closed"]);
  });
});
