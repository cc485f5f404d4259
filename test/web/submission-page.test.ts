/**
 * A unit's page on the officers' web page: its answers with who gave them, its versions and what a
 * correction changed, its .docx files, "Trả lại" and "Nhắc" with the chat's own checks. Through the
 * real server (inject) over the seeded demo, the report submitted in the unit's chat.
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, MINH, type TestApp } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { signIn, unsealed } from "../helpers/web-session.ts";

const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const NAM_TRIEU = "thcs-nam-trieu";
const SCHOOL = "Trường Tiểu học Liên Châu";

let server: TestApp;
let now = Date.parse("2026-10-08T03:15:00Z");
beforeEach(async () => {
  now = Date.parse("2026-10-08T03:15:00Z");
  server = await buildTestApp({ now: () => new Date(now) });
});
afterEach(() => server.close());

const unitId = async (code: string) => (await server.repos.officers.unitByCode(code))!.id;
const pageOf = async (code: string) => `/web/dot/1/don-vi/${await unitId(code)}`;
/** What the unit's chat was sent by the bot, once the outbox has delivered. */
const botHistory = async (chatId: string) => {
  await server.webSettled();
  await server.outboxWorker.deliver();
  return (await server.repos.localMessages.history(chatId)).filter((m) => m.fromBot).map((m) => m.text);
};
/** A piece of a page as read: tags dropped, spaces collapsed. */
const textOf = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("a unit's page", () => {
  it("shows the unit, its state, and every answer in template order with who answered and when", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = await kha.get(await pageOf("TH-LIEN-CHAU"));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<h1>Báo cáo của ${SCHOOL}</h1>`);
    expect(page.body).toContain("Mã đơn vị: TH-LIEN-CHAU");
    expect(page.body).toMatch(/class="state-submitted">Tình trạng: đã nộp — Nguyễn Thị Hoa, 10:\d\d ngày 08\/10\/2026/);
    const rows = [...page.body.matchAll(/<tr data-field="[^"]+">[\s\S]*?<\/tr>/g)].map((m) => textOf(m[0]));
    expect(rows).toHaveLength(21);
    expect(rows[0]).toMatch(/^1 .+ Kế hoạch số 192\/KH-THLC ngày 27\/9\/2026 Nguyễn Thị Hoa, 10:15 ngày 08\/10\/2026$/);
    expect(rows[9]).toMatch(/^10 .+ 2\.000 Nguyễn Thị Hoa, 10:15/);
    expect(rows[11]).toMatch(/^12 .+ 95,5% Nguyễn Thị Hoa/);
    expect(rows[18]).toMatch(/^19 .+ \(bỏ qua\) Nguyễn Thị Hoa/);
  });

  it("shows a deputy's authority with the 'KT.' line the document prints, on the page and in what a correction changed", async () => {
    const answers = [...FULL_REPORT_ANSWERS];
    answers[answers.indexOf("HIỆU TRƯỞNG")] = "phó chủ tịch";
    await submitFullReport(server, LIEN_CHAU, HOA, answers);
    await server.post(LIEN_CHAU, HOA, "sửa câu 19: TM. UBND");
    await server.post(LIEN_CHAU, HOA, "/nop");
    await server.post(LIEN_CHAU, HOA, "Có");
    const body = (await (await signIn(server)).get(await pageOf("TH-LIEN-CHAU"))).body;
    const rows = [...body.matchAll(/<tr data-field="[^"]+">[\s\S]*?<\/tr>/g)].map((m) => textOf(m[0]));
    expect(rows[18]).toMatch(/^19 .+ TM\. ỦY BAN NHÂN DÂN KT\. CHỦ TỊCH Nguyễn Thị Hoa/);
    expect(body).toMatch(/<div class="diff">[\s\S]*Câu 19\. [^<]+<br><del>[^<]*<\/del> → <ins>TM\. ỦY BAN NHÂN DÂN\nKT\. CHỦ TỊCH<\/ins>/);
  });

  it("shows recipients left out as the document's default ones, as the chat's review does, not as skipped", async () => {
    const answers = [...FULL_REPORT_ANSWERS];
    answers[17] = "/boqua";
    await submitFullReport(server, LIEN_CHAU, HOA, answers);
    const page = await (await signIn(server)).get(await pageOf("TH-LIEN-CHAU"));
    const rows = [...page.body.matchAll(/<tr data-field="[^"]+">[\s\S]*?<\/tr>/g)].map((m) => textOf(m[0]));
    expect(rows[17]).toMatch(/^18 Nơi nhận báo cáo[^]*\(mặc định: Như trên; Lưu: VT\) Nguyễn Thị Hoa/);
    expect(rows[18]).toMatch(/^19 .+ \(bỏ qua\) Nguyễn Thị Hoa/);
  });

  it("shows a unit that has not started with every question not answered, and no version", async () => {
    const kha = await signIn(server);
    const page = await kha.get(await pageOf("THCS-NAM-TRIEU"));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Tình trạng: chưa bắt đầu");
    expect(page.body).toMatch(/<tr data-field="[^"]+"><td class="num" data-label="Câu">1<\/td><td class="prompt">[^<]+<\/td><td data-label="Trả lời"><span class="hint">Chưa trả lời<\/span><\/td><td data-label="[^"]+">—<\/td><\/tr>/);
    expect(page.body).toContain("Đơn vị chưa nộp lần nào.");
    expect(page.body).toContain("Chỉ trả lại được báo cáo đã nộp.");
    expect(page.body).toContain('action="/web/dot/1/don-vi/');
  });

  it("is a 404 page, with nothing of the unit, for a unit the campaign does not require or an id that is not one", async () => {
    const kha = await signIn(server);
    await submitFullReport(server, LIEN_CHAU, HOA);
    const ward = await unitId("UBND-NAM-TRIEU");
    for (const url of [`/web/dot/1/don-vi/${ward}`, "/web/dot/1/don-vi/999", "/web/dot/1/don-vi/abc", `/web/dot/2/don-vi/${await unitId("TH-LIEN-CHAU")}`]) {
      const response = await kha.get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toMatch(/UBND phường Nam Triệu|Liên Châu|Kế hoạch số/);
    }
    const page = (await kha.get(`/web/dot/1/don-vi/${ward}`)).body;
    expect(page).toContain("Đơn vị này không thuộc đợt báo cáo.");
    expect(page).toContain("<title>Không thực hiện được — Trang cán bộ — Báo cáo</title>");
  });

  it("asks for a session like every other page", async () => {
    const response = await server.app.inject(`/web/dot/1/don-vi/${await unitId("TH-LIEN-CHAU")}`);
    expect(response.statusCode).toBe(401);
    expect(response.body).not.toContain(SCHOOL);
  });
});

describe("a unit's documents", () => {
  it("downloads each version's .docx through the unit's page, and logs who downloaded it", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = await kha.get(await pageOf("TH-LIEN-CHAU"));
    const link = /href="(\/web\/dot\/1\/don-vi\/\d+\/van-ban\/\d+)" download>Tải văn bản: ([^<]+\.docx)</.exec(page.body);
    expect(link).not.toBeNull();
    const file = await kha.get(link![1]!);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(file.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.headers["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.docx"; filename\*=UTF-8''/);
    expect((await server.repos.activity.list(1)).at(-1)).toMatchObject({ action: "downloaded", detail: link![2], actorName: "Nguyễn Thị Kha", source: "web" });
  });

  it("refuses a unit's document to a download another site started, and to a HEAD, logging nothing", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const submission = await server.repos.submissions.find(1, await unitId("TH-LIEN-CHAU"));
    const url = `${await pageOf("TH-LIEN-CHAU")}/van-ban/${(await server.repos.documents.latestFor(submission!.id))!.id}`;
    const logged = async () => (await server.repos.activity.list(1)).filter((a) => a.action === "downloaded").length;
    for (const from of ["cross-site", "same-site"]) {
      expect((await server.app.inject({ method: "GET", url, cookies: kha.cookies, headers: { "sec-fetch-site": from } })).statusCode, from).toBe(403);
    }
    expect((await server.app.inject({ method: "HEAD", url, cookies: kha.cookies })).statusCode).toBe(404);
    expect(await logged()).toBe(0);
    for (const from of ["same-origin", "none"]) {
      expect((await server.app.inject({ method: "GET", url, cookies: kha.cookies, headers: { "sec-fetch-site": from } })).statusCode, from).toBe(200);
    }
    expect(await logged()).toBe(2);
  });

  it("refuses (404) another unit's document, a campaign-wide file and a missing one under a unit's address", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const submission = await server.repos.submissions.find(1, await unitId("TH-LIEN-CHAU"));
    const report = await server.repos.documents.latestFor(submission!.id);
    expect((await kha.get(`${await pageOf("TH-LIEN-CHAU")}/van-ban/${report!.id}`)).statusCode).toBe(200);
    await kha.get("/web/dot/1/xuat");
    const exportFile = report!.id + 1;
    expect((await server.repos.documents.get(exportFile))?.kind).toBe("export");
    for (const url of [`${await pageOf("THCS-NAM-TRIEU")}/van-ban/${report!.id}`, `${await pageOf("TH-LIEN-CHAU")}/van-ban/${exportFile}`, `${await pageOf("TH-LIEN-CHAU")}/van-ban/9999`, `/web/dot/1/don-vi/${await unitId("UBND-NAM-TRIEU")}/van-ban/${report!.id}`]) {
      const response = await kha.get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"], url).toMatch(/text\/html/);
      expect(response.body, url).toMatch(/Không có văn bản này trong báo cáo của đơn vị\.|Đơn vị này không thuộc đợt báo cáo\./);
      expect(response.body, url).not.toContain("PK");
    }
  });
});

describe("Trả lại on a unit's page", () => {
  it("returns the report with the comment: the unit's chat gets it, the page and the board show it returned, the log names the officer", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = await pageOf("TH-LIEN-CHAU");
    const returned = await kha.postForm(`${page}/tra-lai`, { comment: "Bổ sung số sách quyên góp\r\nvà ảnh hội sách" }, page);
    expect(returned.statusCode).toBe(303);
    expect(unsealed(returned.headers.location)).toBe(`${page}?tb=returned&n=0`);
    expect((await botHistory(LIEN_CHAU)).at(-1)).toMatch(/trả lại để sửa\. Nhận xét: Bổ sung số sách quyên góp\nvà ảnh hội sách\n/);
    expect((await botHistory("can-bo-phuong")).at(-1)).toMatch(/^Nguyễn Thị Kha đã trả lại "Báo cáo[^"]+" của Trường Tiểu học Liên Châu trên trang cán bộ\. Lý do: Bổ sung số sách quyên góp\nvà ảnh hội sách$/);

    const after = await kha.get(returned.headers.location as string);
    expect(after.body).toContain("Đã trả lại báo cáo để đơn vị sửa; nhóm của đơn vị đã được báo.");
    expect(after.body).toMatch(/class="state-returned">Tình trạng: trả lại/);
    expect(after.body).toContain('<pre class="answer">Bổ sung số sách quyên góp\nvà ảnh hội sách</pre>');
    expect((await kha.get("/web/dot/1")).body).toMatch(/data-unit="TH-LIEN-CHAU">[\s\S]*?<td class="state-returned"[^>]*>trả lại/);
    const log = await server.repos.activity.list(1);
    expect(log.at(-1)).toMatchObject({ action: "returned", detail: "Trường Tiểu học Liên Châu: Bổ sung số sách quyên góp\nvà ảnh hội sách", actorName: "Nguyễn Thị Kha", source: "web" });

    // Corrected and sent again, the first version keeps the story of its return.
    await server.post(LIEN_CHAU, HOA, "/sua 11");
    await server.post(LIEN_CHAU, HOA, "400");
    await server.post(LIEN_CHAU, HOA, "/nop");
    await server.post(LIEN_CHAU, HOA, "Có");
    const resubmitted = (await kha.get(page)).body;
    expect(resubmitted).not.toMatch(/Tình trạng: trả lại/);
    const first = /<li data-version="1">[\s\S]*?<\/li>/.exec(resubmitted)?.[0] ?? "";
    expect(first).toMatch(/<p class="state-returned">Trả lại để sửa lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}, bởi Nguyễn Thị Kha, với nhận xét:<\/p><pre class="answer">Bổ sung số sách quyên góp\nvà ảnh hội sách<\/pre>/);
    expect(/<li data-version="2">[\s\S]*?<\/li>/.exec(resubmitted)?.[0]).not.toMatch(/Trả lại để sửa/);
  });

  it("shows a return under the version it returned, when the unit had sent a correction unasked before it", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    now += 60_000;
    await server.post(LIEN_CHAU, HOA, "/sua 11");
    await server.post(LIEN_CHAU, HOA, "400");
    await server.post(LIEN_CHAU, HOA, "/nop");
    await server.post(LIEN_CHAU, HOA, "Có");
    now += 60_000;
    const kha = await signIn(server);
    const page = await pageOf("TH-LIEN-CHAU");
    expect((await kha.postForm(`${page}/tra-lai`, { comment: "Sai số liệu bản 2" }, page)).statusCode).toBe(303);
    const body = (await kha.get(page)).body;
    const [second, first] = body.split('<li data-version="2">')[1]!.split('<li data-version="1">');
    expect(second).toMatch(/Trả lại để sửa lúc 10:17 ngày 08\/10\/2026, bởi Nguyễn Thị Kha[\s\S]*Sai số liệu bản 2/);
    expect(first).not.toMatch(/Trả lại để sửa/);
  });

  it("refuses an empty comment (400) or a report not submitted (409) on the page again, changing nothing", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = await pageOf("TH-LIEN-CHAU");
    const sentBefore = (await botHistory(LIEN_CHAU)).length;
    const empty = await kha.postForm(`${page}/tra-lai`, { comment: "   " }, page);
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Hãy ghi nhận xét để đơn vị biết cần sửa gì. Báo cáo chưa được trả lại.");
    expect(empty.body).toContain(`<h1>Báo cáo của ${SCHOOL}</h1>`);
    const tooLong = await kha.postForm(`${page}/tra-lai`, { comment: "x".repeat(1001) }, page);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain("Nhận xét dài quá 1000 ký tự");
    expect(tooLong.body).toContain(`>${"x".repeat(1001)}</textarea>`);
    expect((await server.repos.submissions.find(1, await unitId("TH-LIEN-CHAU")))?.status).toBe("submitted");

    const namTrieu = await pageOf("THCS-NAM-TRIEU");
    await server.post(NAM_TRIEU, LAN, "/baocao");
    const notSubmitted = await kha.postForm(`${namTrieu}/tra-lai`, { comment: "Thiếu số liệu" }, namTrieu);
    expect(notSubmitted.statusCode).toBe(409);
    expect(notSubmitted.body).toContain("Trường THCS Nam Triệu chưa nộp báo cáo đợt &quot;Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026&quot; nên chưa thể trả lại.");
    expect((await server.repos.submissions.find(1, await unitId("THCS-NAM-TRIEU")))?.status).toBe("in_progress");

    expect(await botHistory(LIEN_CHAU)).toHaveLength(sentBefore);
    expect((await server.repos.activity.list(1)).filter((a) => a.action === "returned")).toEqual([]);
    const outside = await kha.postForm(`/web/dot/1/don-vi/${await unitId("UBND-NAM-TRIEU")}/tra-lai`, { comment: "Sửa" }, page);
    expect(outside.statusCode).toBe(404);
  });

  it("refuses a report already returned with its own words, and returns one of a closed campaign the unit no longer works on, reached by its number", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const url = await pageOf("TH-LIEN-CHAU");
    expect((await kha.postForm(`${url}/tra-lai`, { comment: "Bổ sung" }, url)).statusCode).toBe(303);
    const again = await kha.postForm(`${url}/tra-lai`, { comment: "Bổ sung lần nữa" }, `/web/dot/1`);
    expect(again.statusCode).toBe(409);
    expect(again.body).toMatch(new RegExp(`Nguyễn Thị Kha đã trả lại báo cáo của ${SCHOOL} lúc \\d\\d:\\d\\d ngày [\\d/]+ với nhận xét «Bổ sung»; báo cáo đang chờ đơn vị sửa, nộp lại\\. Nhận xét của bạn không được gửi tới đơn vị`));

    // The unit resubmits; the campaign closes and a newer one opens for it, whose report the unit
    // starts: the closed campaign's report is still returned, reached by its number, and the chat
    // stays on the draft it is answering.
    await server.post(LIEN_CHAU, HOA, "/nop");
    await server.post(LIEN_CHAU, HOA, "Có");
    const first = (await server.repos.directory.campaignById(1))!;
    await server.database.db.update(server.database.tables.campaigns).set({ status: "closed" });
    await server.repos.directory.insertCampaign({ ...first, id: undefined, title: "Đợt 2", status: "open", createdAt: now }, [await unitId("TH-LIEN-CHAU")]);
    expect((await server.post(LIEN_CHAU, HOA, "/baocao")).map((m) => m.text).join("\n")).toMatch(/^Báo cáo "[^"]+": đợt trước đơn vị đã nộp "Báo cáo kết quả/);
    await server.post(LIEN_CHAU, HOA, "Không");
    await server.post(LIEN_CHAU, HOA, "Kế hoạch số 12/KH-THLC");
    const page = await kha.get(url);
    expect(page.body).toContain(`action="${url}/tra-lai"`);
    expect((await kha.postForm(`${url}/tra-lai`, { comment: "Sửa lại" }, url)).statusCode).toBe(303);
    expect((await server.repos.submissions.find(1, await unitId("TH-LIEN-CHAU")))?.status).toBe("returned");
    expect((await botHistory(LIEN_CHAU)).at(-1)).toMatch(/\/baocao 1/);
    expect((await server.post(LIEN_CHAU, HOA, "/baocao 1")).map((m) => m.text).join("\n")).toMatch(/Đã chuyển sang "Báo cáo kết quả/);
  });

  it("returns an open campaign's report while a newer campaign waits untouched: the unit's chat goes back to it", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const first = (await server.repos.directory.campaignById(1))!;
    await server.repos.directory.insertCampaign({ ...first, id: undefined, title: "Đợt 2", status: "open", createdAt: now }, [await unitId("TH-LIEN-CHAU")]);
    const kha = await signIn(server);
    const url = await pageOf("TH-LIEN-CHAU");
    expect((await kha.postForm(`${url}/tra-lai`, { comment: "Bổ sung số sách" }, url)).statusCode).toBe(303);
    expect((await server.post(LIEN_CHAU, HOA, "/xem")).map((m) => m.text).join("\n")).toMatch(new RegExp(`^Báo cáo đang được trả lại để sửa[^\n]*\nXem lại "${first.title.replace(/[()]/g, "\\$&")}"`));
  });

  it("keeps a second version after the unit corrects one answer, and shows what changed", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = await pageOf("TH-LIEN-CHAU");
    await kha.postForm(`${page}/tra-lai`, { comment: "Kiểm tra lại số sách" }, page);
    now += 2 * 60 * 60 * 1000;
    await server.post(LIEN_CHAU, MINH, "/sua 11");
    await server.post(LIEN_CHAU, MINH, "400");
    await server.post(LIEN_CHAU, MINH, "/nop");
    await server.post(LIEN_CHAU, MINH, "Có");

    const body = (await kha.get(page)).body;
    // Each version's item, newest first: the list split where the next version starts.
    const list = /<ul id="versions" class="versions">([\s\S]*)<\/ul>/.exec(body)![1]!;
    const versions = list.split(/(?=<li data-version=)/).map((item) => /^<li data-version="(\d+)">([\s\S]*)$/.exec(item)!);
    expect(versions.map((v) => v[1])).toEqual(["2", "1"]);
    expect(textOf(versions[0]![2]!)).toMatch(/^Lần nộp 2 \(bản sửa lần 1\) — Trần Văn Minh nộp lúc 12:15 ngày 08\/10\/2026 Tải văn bản: .+\.docx Thay đổi so với lần nộp trước \(1 câu\):/);
    expect(versions[0]![2]).toMatch(/<div class="diff">[\s\S]*<li data-field="[^"]+">Câu 11\. [^<]+<br><del>350<\/del> → <ins>400<\/ins><\/li>/);
    expect(textOf(versions[1]![2]!)).toMatch(/^Lần nộp 1 — Nguyễn Thị Hoa nộp lúc 10:15 ngày 08\/10\/2026 Tải văn bản: .+\.docx Lần nộp đầu tiên\. Trả lại để sửa lúc 10:15 ngày 08\/10\/2026, bởi Nguyễn Thị Kha, với nhận xét: Kiểm tra lại số sách$/);
    const answers = [...body.matchAll(/<tr data-field="[^"]+">[\s\S]*?<\/tr>/g)].map((m) => textOf(m[0]));
    expect(answers[10]).toMatch(/^11 .+ 400 Trần Văn Minh, 12:15 ngày 08\/10\/2026$/);
    expect(answers[9]).toMatch(/ Nguyễn Thị Hoa, 10:15 ngày 08\/10\/2026$/);
    const links = [...body.matchAll(/href="([^"]+\/van-ban\/\d+)"/g)].map((m) => m[1]!);
    expect(new Set(links).size).toBe(2);
    for (const link of links) expect((await kha.get(link)).rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("marks the first version late when it was, and a correction asked for after the deadline not", async () => {
    const versionTexts = async (page: string) => {
      // Signed in at each look: a session lasts hours, and the clock moves by weeks.
      const list = /<ul id="versions" class="versions">([\s\S]*)<\/ul>/.exec((await (await signIn(server)).get(page)).body)![1]!;
      return list.split(/(?=<li data-version=)/).map((item) => textOf(item));
    };
    // Liên Châu submits on time (the demo's deadline is two weeks away) and is asked to correct after it.
    await submitFullReport(server, LIEN_CHAU, HOA);
    const onTime = await pageOf("TH-LIEN-CHAU");
    await (await signIn(server)).postForm(`${onTime}/tra-lai`, { comment: "Kiểm tra lại số sách" }, onTime);
    now += 20 * 24 * 60 * 60 * 1000;
    await server.post(LIEN_CHAU, MINH, "/sua 11");
    await server.post(LIEN_CHAU, MINH, "400");
    await server.post(LIEN_CHAU, MINH, "/nop");
    await server.post(LIEN_CHAU, MINH, "Có");
    expect((await versionTexts(onTime)).map((t) => t.includes("(nộp muộn)"))).toEqual([false, false]);

    // Nam Triệu submits after the deadline, then corrects: only its first version is late.
    const NAM_TRIEU = { userId: "u3", userName: "Lê Thị Lan" };
    await submitFullReport(server, "thcs-nam-trieu", NAM_TRIEU);
    await server.post("thcs-nam-trieu", NAM_TRIEU, "/sua 11");
    await server.post("thcs-nam-trieu", NAM_TRIEU, "400");
    await server.post("thcs-nam-trieu", NAM_TRIEU, "/nop");
    await server.post("thcs-nam-trieu", NAM_TRIEU, "Có");
    const late = await versionTexts(await pageOf("THCS-NAM-TRIEU"));
    expect(late.map((t) => /^Lần nộp (\d)/.exec(t)?.[1])).toEqual(["2", "1"]);
    expect(late.map((t) => t.includes("(nộp muộn)"))).toEqual([false, true]);
  });

  it("marks answers corrected after submitting and not yet submitted again, naming the version that still stands", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = await pageOf("TH-LIEN-CHAU");
    expect((await kha.get(page)).body).not.toContain('id="pending"');
    await server.post(LIEN_CHAU, MINH, "/sua 11");
    await server.post(LIEN_CHAU, MINH, "400");
    const body = (await kha.get(page)).body;
    const pending = /<section id="pending">([\s\S]*?)<\/section>/.exec(body)?.[1];
    expect(textOf(pending ?? "")).toMatch(/^Đơn vị đã sửa 1 câu sau lần nộp 1 nhưng chưa nộp lại\. .* bản đã nộp .* vẫn là lần nộp 1\. Các câu đã sửa: Câu 11\. .+ 350 → 400$/);
    expect(body).toMatch(/Tình trạng: đã nộp/);
    // Submitted again, nothing is pending.
    await server.post(LIEN_CHAU, MINH, "/nop");
    await server.post(LIEN_CHAU, MINH, "Có");
    expect((await kha.get(page)).body).not.toContain('id="pending"');
    // No opening held after all: the opening date stays stored but hidden, which is no pending change.
    await server.post(LIEN_CHAU, MINH, "/sua 5");
    await server.post(LIEN_CHAU, MINH, "Không");
    await server.post(LIEN_CHAU, MINH, "/nop");
    await server.post(LIEN_CHAU, MINH, "Có");
    expect((await kha.get(page)).body).not.toContain('id="pending"');
  });

  it("says there were no changes when a returned report is submitted again unchanged", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = await pageOf("TH-LIEN-CHAU");
    await kha.postForm(`${page}/tra-lai`, { comment: "Xem lại" }, page);
    await server.post(LIEN_CHAU, HOA, "/nop");
    await server.post(LIEN_CHAU, HOA, "Có");
    const body = (await kha.get(page)).body;
    expect(body).toMatch(/<li data-version="2">[\s\S]*?Không có thay đổi so với lần nộp trước\./);
  });
});

describe("Nhắc on a unit's page", () => {
  it("sends the unit's chat the scheduled reminder's words with its progress, and logs it", async () => {
    await server.post(NAM_TRIEU, LAN, "/baocao");
    await server.post(NAM_TRIEU, LAN, "/boqua");
    const kha = await signIn(server);
    const page = await pageOf("THCS-NAM-TRIEU");
    const reminded = await kha.postForm(`${page}/nhac`, {}, page);
    expect(reminded.statusCode).toBe(303);
    expect(unsealed(reminded.headers.location)).toBe(`${page}?tb=remindedUnit&n=0`);
    expect((await botHistory(NAM_TRIEU)).at(-1)).toMatch(/^Nhắc nộp "Báo cáo kết quả Tuần lễ .*Tiến độ của đơn vị: 1\/21 câu\./);
    expect((await kha.get(reminded.headers.location as string)).body).toContain("Đã gửi lời nhắc tới nhóm của đơn vị.");
    expect((await server.repos.activity.list(1)).at(-1)).toMatchObject({ action: "reminded-unit", detail: "Trường THCS Nam Triệu", source: "web" });
    expect((await botHistory(LIEN_CHAU)).join("\n")).not.toMatch(/Nhắc nộp/);

    // Pressed again at once (a double click): not sent twice; 5 minutes later, it is.
    const sent = (await botHistory(NAM_TRIEU)).length;
    expect(unsealed((await kha.postForm(`${page}/nhac`, {}, page)).headers.location)).toBe(`${page}?tb=unitRemindedRecently&n=0`);
    expect((await botHistory(NAM_TRIEU)).length).toBe(sent);
    now += 5 * 60_000 + 1;
    expect(unsealed((await (await signIn(server)).postForm(`${page}/nhac`, {}, page)).headers.location)).toBe(`${page}?tb=remindedUnit&n=0`);
    expect((await botHistory(NAM_TRIEU)).length).toBe(sent + 1);
  });

  it("reminds a unit right after the reminder of every late unit when that one did not reach it (submitted then, returned since)", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    expect(unsealed((await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1")).headers.location)).toBe("/web/dot/1?tb=reminded&n=2");
    expect((await botHistory(LIEN_CHAU)).join("\n")).not.toMatch(/Nhắc nộp/);
    await server.post("can-bo-phuong", { userId: "u7", userName: "Nguyễn Thị Kha" }, "/tralai TH-LIEN-CHAU Bổ sung số sách");
    const page = await pageOf("TH-LIEN-CHAU");
    expect(unsealed((await kha.postForm(`${page}/nhac`, {}, page)).headers.location)).toBe(`${page}?tb=remindedUnit&n=0`);
    expect((await botHistory(LIEN_CHAU)).at(-1)).toMatch(/^Nhắc nộp lại "Báo cáo kết quả[^\n]*đã được trả lại để sửa/);
  });

  it("does not remind again a unit the reminder of every late unit reached a moment ago (its group read it twice)", async () => {
    const kha = await signIn(server);
    expect(unsealed((await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1")).headers.location)).toBe("/web/dot/1?tb=reminded&n=3");
    const page = await pageOf("THCS-NAM-TRIEU");
    const sent = (await botHistory(NAM_TRIEU)).length;
    expect(unsealed((await kha.postForm(`${page}/nhac`, {}, page)).headers.location)).toBe(`${page}?tb=unitRemindedRecently&n=0`);
    expect((await botHistory(NAM_TRIEU)).length).toBe(sent);
    now += 5 * 60_000 + 1;
    expect(unsealed((await (await signIn(server)).postForm(`${page}/nhac`, {}, page)).headers.location)).toBe(`${page}?tb=remindedUnit&n=0`);
  });

  it("names on the board the unit left out of the reminder of every late unit, and why, in the chat's /nhacnho ngay words", async () => {
    const kha = await signIn(server);
    const namTrieu = await pageOf("THCS-NAM-TRIEU");
    await kha.postForm(`${namTrieu}/nhac`, {}, namTrieu);
    now += 2 * 60_000;
    const reminded = await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1");
    const notice = textOf(/<[^>]*class="notice"[^>]*>([\s\S]*?)<\//.exec((await kha.get(reminded.headers.location as string)).body)?.[1] ?? "");
    expect(notice).toBe("Đã gửi lời nhắc tới 2 đơn vị chưa nộp; không nhắc lại Trường THCS Nam Triệu vì vừa được nhắc riêng trong 5 phút qua.");
  });

  it("leaves a unit reminded on its own a moment ago out of the reminder of every late unit, saying so, and sends nothing when it is the only one left", async () => {
    const kha = await signIn(server);
    const namTrieu = await pageOf("THCS-NAM-TRIEU");
    await kha.postForm(`${namTrieu}/nhac`, {}, namTrieu);
    const sent = (await botHistory(NAM_TRIEU)).length;
    // Seconds later, every late unit: the two others, not Nam Triệu again (its id in the address, for the notice).
    expect(unsealed((await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1")).headers.location)).toBe(`/web/dot/1?tb=reminded&n=2&k=${await unitId("THCS-NAM-TRIEU")}`);
    expect((await botHistory(NAM_TRIEU)).length).toBe(sent);
    expect((await botHistory(LIEN_CHAU)).at(-1)).toMatch(/^Nhắc nộp "Báo cáo kết quả/);
    // In the chat, the same: the unit is named as left out, and "lai" reminds it too.
    now += 60 * 60_000 + 1;
    await kha.postForm(`${namTrieu}/nhac`, {}, namTrieu);
    expect(await server.post("can-bo-phuong", { userId: "u7", userName: "Nguyễn Thị Kha" }, "/nhacnho ngay").then((r) => r.map((m) => m.text).join("\n"))).toBe(
      "Đã gửi lời nhắc tới 2 đơn vị chưa nộp (Trường Mầm non Hoa Sen, Trường Tiểu học Liên Châu); không nhắc lại Trường THCS Nam Triệu vì vừa được nhắc riêng trong 5 phút qua.",
    );
    expect((await botHistory(NAM_TRIEU)).length).toBe(sent + 1);
    // The only unit left just reminded on its own: nothing is sent, and the page says why.
    await submitFullReport(server, LIEN_CHAU, HOA);
    await submitFullReport(server, "mn-hoa-sen", { userId: "u5", userName: "Đỗ Thu Trang" });
    now += 60 * 60_000 + 1;
    await kha.postForm(`${namTrieu}/nhac`, {}, namTrieu);
    const left = await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1");
    // The unit left out goes by id in the sealed address, and the board names it.
    expect(unsealed(left.headers.location)).toBe(`/web/dot/1?tb=remindedJustNow&n=1&k=${await unitId("THCS-NAM-TRIEU")}`);
    const notice = textOf(/<[^>]*class="notice"[^>]*>([\s\S]*?)<\//.exec((await kha.get(left.headers.location as string)).body)?.[1] ?? "");
    expect(notice).toBe("Không gửi lời nhắc nào: 1 đơn vị chưa nộp (Trường THCS Nam Triệu) vừa được nhắc riêng trong 5 phút qua.");
    expect((await botHistory(NAM_TRIEU)).length).toBe(sent + 2);
    // Five minutes on, it is reminded with the others.
    now += 5 * 60_000 + 1;
    expect(unsealed((await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1")).headers.location)).toBe("/web/dot/1?tb=reminded&n=1");
    expect((await botHistory(NAM_TRIEU)).length).toBe(sent + 3);
  });

  it("keeps a unit's returns with the unit when it is renamed, and apart from another unit of the same name", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = await pageOf("TH-LIEN-CHAU");
    await kha.postForm(`${page}/tra-lai`, { comment: "Bổ sung số sách" }, page);
    await server.database.run(sql`update units set name = 'Trường Tiểu học Liên Châu (điểm chính)' where code = 'TH-LIEN-CHAU'`);
    await server.database.run(sql`update units set name = 'Trường Tiểu học Liên Châu' where code = 'MN-HOA-SEN'`);
    expect((await kha.get(page)).body).toContain("Bổ sung số sách");
    expect((await kha.get(await pageOf("MN-HOA-SEN"))).body).not.toContain("Bổ sung số sách");
  });

  it("refuses politely a unit that has submitted, a unit without a chat, and a closed campaign, sending nothing", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const lienChau = await pageOf("TH-LIEN-CHAU");
    const submitted = await kha.postForm(`${lienChau}/nhac`, {}, lienChau);
    expect(unsealed(submitted.headers.location)).toBe(`${lienChau}?tb=unitSubmitted&n=0`);
    expect((await kha.get(submitted.headers.location as string)).body).toContain("Đơn vị đã nộp báo cáo nên không cần nhắc.");

    await server.repos.directory.setChatActive("local", "mn-hoa-sen", false);
    const hoaSen = await pageOf("MN-HOA-SEN");
    expect(unsealed((await kha.postForm(`${hoaSen}/nhac`, {}, hoaSen)).headers.location)).toBe(`${hoaSen}?tb=unitNoChat&n=0`);

    // The page shown while open, the campaign closed since: nobody reminded (a page shown closed
    // still taking late reports offers "Nhắc", late-campaign-board.test.ts).
    const namTrieu = await pageOf("THCS-NAM-TRIEU");
    const shownOpen = await kha.hiddenFields(`${namTrieu}/nhac`, namTrieu);
    await kha.postForm("/web/dot/1/dong", { chac: "1" });
    expect(unsealed((await kha.post(`${namTrieu}/nhac`, shownOpen)).headers.location)).toBe(`${namTrieu}?tb=alreadyClosed&n=0`);
    expect((await botHistory(NAM_TRIEU)).join("\n")).not.toMatch(/Nhắc nộp/);
    expect((await server.repos.activity.list(1)).filter((a) => a.action === "reminded-unit")).toEqual([]);
  });
});
