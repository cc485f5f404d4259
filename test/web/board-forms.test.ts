/**
 * The board's forms for what the chat also does, through the real server with a signed-in session:
 * extending the deadline (/dotbaocao giahan) and sending the campaign's units a notice (/thongbao
 * đợt N), with the chat's checks, words and log; a form sent twice acts once; a form without its
 * CSRF token or without a session changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { signIn, unsealed } from "../helpers/web-session.ts";

const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const OLD_DEADLINE = Date.parse("2026-10-22T10:00:00Z");
const NEW_DEADLINE = Date.parse("2026-10-29T10:00:00Z");
let server: TestApp;
let now = Date.parse("2026-10-08T03:15:00Z");
beforeEach(async () => {
  now = Date.parse("2026-10-08T03:15:00Z");
  server = await buildTestApp({ now: () => new Date(now) });
});
afterEach(() => server.close());

const botSaid = async (chat: string) => (await server.repos.localMessages.history(chat)).filter((m) => m.fromBot).map((m) => m.text);
const deadline = async () => (await server.repos.directory.campaignById(1))?.deadlineAt;
const logged = async (action: string) => (await server.repos.activity.list(1)).filter((a) => a.action === action);
/** The page's one refusal, as the officer reads it. */
const refusal = (body: string) => /<p id="[^"]+" class="error" role="alert">([^<]*)<\/p>/.exec(body)?.[1];

describe("extending the deadline from the board", () => {
  it("moves it later as /dotbaocao giahan does: the units not submitted told, logged as done on the page, the notice in the chat's words", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const board = (await kha.get("/web/dot/1")).body;
    expect(board).toContain('<form method="post" action="/web/dot/1/gia-han" novalidate>');
    const response = await kha.postForm("/web/dot/1/gia-han", { ngay: "29/10/2026", gio: "" }, "/web/dot/1");
    expect(response.statusCode).toBe(303);
    expect(unsealed(response.headers.location)).toBe(`/web/dot/1?tb=extended&n=2&u=0&t=0&h=${OLD_DEADLINE}&g=${NEW_DEADLINE}`);
    expect(await deadline()).toBe(NEW_DEADLINE);
    const page = (await kha.get(response.headers.location as string)).body;
    expect(page).toContain(
      `<p class="notice" role="status">Đã gia hạn đợt 1 &quot;${TITLE}&quot; từ 17:00 ngày 22/10/2026 đến 17:00 ngày 29/10/2026. Đã báo hạn mới tới 2 nhóm của đơn vị chưa nộp. Lần nhắc tiếp theo: 08:00 ngày 26/10/2026; các mốc nhắc đã qua không gửi bù.</p>`,
    );
    expect(page).toContain("Hạn nộp 17:00 ngày 29/10/2026 · đang mở");
    await server.webSettled();
    expect((await botSaid("mn-hoa-sen")).at(-1)).toMatch(/^Hạn nộp "Báo cáo[^"]+" được gia hạn đến 17:00 ngày 29\/10\/2026 \(cán bộ phụ trách Nguyễn Thị Kha\)/);
    expect((await botSaid(LIEN_CHAU)).join("\n")).not.toContain("gia hạn");
    expect((await botSaid("can-bo-phuong")).at(-1)).toBe(`Nguyễn Thị Kha đã gia hạn đợt báo cáo "${TITLE}" đến 17:00 ngày 29/10/2026 trên trang cán bộ.`);
    expect(await logged("extended")).toEqual([expect.objectContaining({ detail: "17:00 ngày 22/10/2026 → 17:00 ngày 29/10/2026", actorName: "Nguyễn Thị Kha", source: "web" })]);
    // A crafted address says nothing: the notice is sealed to the session that acted.
    expect((await kha.get(unsealed(response.headers.location).replace("n=2", "n=9"))).body).not.toContain("Đã gia hạn");
  });

  it("reads the day and hour as the chat's /dotbaocao giahan does: '30-10-2026' with 'lúc 16h30', 'ngày 31.10.2026' (it took dd/mm/yyyy alone)", async () => {
    const kha = await signIn(server);
    const moved = async (ngay: string, gio: string) => {
      const response = await kha.postForm("/web/dot/1/gia-han", { ngay, gio }, "/web/dot/1");
      expect(response.statusCode, `${ngay} ${gio}`).toBe(303);
      return deadline();
    };
    expect(await moved("30-10-2026", "lúc 16h30")).toBe(Date.parse("2026-10-30T16:30:00+07:00"));
    expect(await moved("ngày 31.10.2026", "4h chiều")).toBe(Date.parse("2026-10-31T16:00:00+07:00"));
    expect(await moved("2/11", "")).toBe(Date.parse("2026-11-02T16:00:00+07:00"));
  });

  it("refuses as the chat refuses, keeping the deadline and what was typed", async () => {
    const kha = await signIn(server);
    const refused = async (ngay: string, gio: string) => {
      const response = await kha.postForm("/web/dot/1/gia-han", { ngay, gio }, "/web/dot/1");
      expect(response.statusCode, `${ngay} ${gio}`).toBe(400);
      expect(response.body).toContain(`name="ngay" value="${ngay}"`);
      expect(response.body).toContain(`name="gio" value="${gio}"`);
      return refusal(response.body);
    };
    expect(await refused("07/10/2026", "")).toBe("Chưa gia hạn: hạn mới đã qua. Hạn nộp vẫn là 17:00 ngày 22/10/2026; gõ một hạn sau hôm nay.");
    expect(await refused("22/10/2026", "16:00")).toBe("Hạn mới phải sau hạn hiện tại (17:00 ngày 22/10/2026). Gia hạn chỉ lùi hạn nộp về sau.");
    expect(await refused("25/12/2027", "")).toBe("Chưa gia hạn: hạn mới cách hôm nay hơn một năm, có thể năm bị gõ nhầm. Hạn nộp vẫn là 17:00 ngày 22/10/2026.");
    // Which box, and what it takes: it said "ngày hoặc giờ không đúng" of either.
    const dateForm = "Gõ ngày dạng ngày/tháng/năm, ví dụ 30/12/2026; cũng được &quot;20/12&quot; (ngày 20/12 sắp tới) hoặc &quot;hết ngày 30/12/2026&quot;.";
    for (const ngay of ["31/02/2026", "mai"]) expect(await refused(ngay, ""), ngay).toBe(`Chưa gia hạn: ô &quot;Ngày hạn mới&quot; chưa đọc được «${ngay}». ${dateForm}`);
    expect(await refused("", "")).toBe(`Chưa gia hạn: ô &quot;Ngày hạn mới&quot; còn trống. ${dateForm}`);
    for (const gio of ["25:00", "chiều"])
      expect(await refused("30/10/2026", gio), gio).toBe(`Chưa gia hạn: ô &quot;Giờ&quot; chưa đọc được «${gio}». Gõ giờ dạng giờ:phút, ví dụ 17:00 hoặc 16h30; để trống thì giữ giờ của hạn cũ.`);
    expect(await deadline()).toBe(OLD_DEADLINE);
    expect(await logged("extended")).toEqual([]);
    await server.webSettled();
    expect((await botSaid("mn-hoa-sen")).join("\n")).not.toContain("gia hạn");
  });

  it("extends once when the same form is sent twice, and not a closed campaign", async () => {
    const kha = await signIn(server);
    const fields = { ...(await kha.hiddenFields("/web/dot/1/gia-han", "/web/dot/1")), ngay: "29/10/2026", gio: "17:00" };
    expect(unsealed((await kha.post("/web/dot/1/gia-han", fields)).headers.location)).toMatch(/^\/web\/dot\/1\?tb=extended&n=3&/);
    const again = await kha.post("/web/dot/1/gia-han", { ...fields, ngay: "30/10/2026" });
    expect(unsealed(again.headers.location)).toBe("/web/dot/1?tb=extendSentTwice&n=0");
    expect((await kha.get(again.headers.location as string)).body).toContain("Biểu mẫu gia hạn này đã được gửi một lần rồi nên không gia hạn thêm.");
    expect(await deadline()).toBe(NEW_DEADLINE);
    expect(await logged("extended")).toHaveLength(1);
    await server.webSettled();
    expect((await botSaid("mn-hoa-sen")).filter((t) => t.includes("được gia hạn"))).toHaveLength(1);
    // Closed: the board offers no form, and one sent from an older page changes nothing.
    const stale = { ...(await kha.hiddenFields("/web/dot/1/gia-han", "/web/dot/1")), ngay: "30/10/2026", gio: "" };
    await kha.postForm("/web/dot/1/dong", { chac: "1" }, "/web/dot/1");
    expect((await kha.get("/web/dot/1")).body).not.toContain('action="/web/dot/1/gia-han"');
    expect(unsealed((await kha.post("/web/dot/1/gia-han", stale)).headers.location)).toBe("/web/dot/1?tb=extendClosed&n=0");
    expect(await deadline()).toBe(NEW_DEADLINE);
  });
});

describe("sending a notice to the campaign's units from the board", () => {
  it("sends it as /thongbao đợt N does: who sends it, from which office and about which campaign, how many groups, logged, the summary in the officers' chat", async () => {
    await server.repos.directory.setChatActive("local", "mn-hoa-sen", false);
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/1/thong-bao", { noi_dung: "Họp giao ban lúc 8 giờ thứ Hai.\r\nMang theo số liệu." }, "/web/dot/1");
    expect(response.statusCode).toBe(303);
    expect(unsealed(response.headers.location)).toBe("/web/dot/1?tb=broadcast&n=2&u=1");
    expect((await kha.get(response.headers.location as string)).body).toContain(
      '<p class="notice" role="status">Đang gửi thông báo tới 2 nhóm; 1 đơn vị chưa có nhóm nên không nhận được.</p>',
    );
    await server.webSettled();
    expect((await botSaid(LIEN_CHAU)).at(-1)).toBe('Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu) về đợt báo cáo "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026":\nHọp giao ban lúc 8 giờ thứ Hai.\nMang theo số liệu.');
    expect(await logged("broadcast")).toEqual([expect.objectContaining({ detail: "Họp giao ban lúc 8 giờ thứ Hai.\nMang theo số liệu.", actorName: "Nguyễn Thị Kha", source: "web" })]);
    await server.scheduler.tick();
    expect((await botSaid("can-bo-phuong")).at(-1)).toBe("Kết quả gửi thông báo «Họp giao ban lúc 8 giờ thứ Hai. Mang…»: 2 nhóm đã nhận, 0 nhóm gửi không được, 1 đơn vị chưa có nhóm.");
  });

  it("refuses an empty or over-long notice with the text kept, sending nothing", async () => {
    const kha = await signIn(server);
    const empty = await kha.postForm("/web/dot/1/thong-bao", { noi_dung: "  \r\n " }, "/web/dot/1");
    expect(empty.statusCode).toBe(400);
    expect(refusal(empty.body)).toBe("Hãy ghi nội dung thông báo. Chưa gửi thông báo nào.");
    const long = "Thông báo rất dài. ".repeat(80).trim();
    const tooLong = await kha.postForm("/web/dot/1/thong-bao", { noi_dung: long }, "/web/dot/1");
    expect(tooLong.statusCode).toBe(400);
    expect(refusal(tooLong.body)).toBe(`Thông báo dài ${long.length} ký tự, quá 1500 ký tự: hãy rút gọn. Chưa gửi thông báo nào.`);
    expect(tooLong.body).toContain(`>${long}</textarea>`);
    expect(tooLong.body).toMatch(/<details id="thong-bao" open>/);
    await server.webSettled();
    expect((await botSaid(LIEN_CHAU)).join("\n")).not.toContain("Thông báo từ");
    expect(await logged("broadcast")).toEqual([]);
  });

  it("sends once when the same form is sent twice, and not to a closed campaign's units", async () => {
    const kha = await signIn(server);
    const fields = { ...(await kha.hiddenFields("/web/dot/1/thong-bao", "/web/dot/1")), noi_dung: "Nộp báo cáo trước thứ Sáu." };
    const [first, second] = [await kha.post("/web/dot/1/thong-bao", fields), await kha.post("/web/dot/1/thong-bao", fields)];
    expect(unsealed(first.headers.location)).toBe("/web/dot/1?tb=broadcast&n=3&u=0");
    expect(unsealed(second.headers.location)).toBe("/web/dot/1?tb=broadcastSentTwice&n=0");
    expect((await kha.get(second.headers.location as string)).body).toContain("Biểu mẫu thông báo này đã được gửi một lần rồi nên thông báo không được gửi lại lần nữa.");
    await server.webSettled();
    expect((await botSaid(LIEN_CHAU)).filter((t) => t.startsWith("Thông báo từ"))).toHaveLength(1);
    const stale = { ...(await kha.hiddenFields("/web/dot/1/thong-bao", "/web/dot/1")), noi_dung: "Nhắc lại lần nữa." };
    await kha.postForm("/web/dot/1/dong", { chac: "1" }, "/web/dot/1");
    // Closed still taking late reports, the board offers the form again, marked for the closed
    // campaign (late-campaign-board.test.ts); the one shown while it was open sends nothing.
    expect((await kha.get("/web/dot/1")).body).toMatch(/action="\/web\/dot\/1\/thong-bao" novalidate>[^]*?<input type="hidden" name="dong" value="1">/);
    expect(unsealed((await kha.post("/web/dot/1/thong-bao", stale)).headers.location)).toBe("/web/dot/1?tb=broadcastClosed&n=0");
    await server.webSettled();
    expect((await botSaid(LIEN_CHAU)).join("\n")).not.toContain("Nhắc lại lần nữa.");
  });
});

describe("the forms' guards", () => {
  const forms = [
    ["/web/dot/1/gia-han", { ngay: "29/10/2026", gio: "" }],
    ["/web/dot/1/thong-bao", { noi_dung: "Họp giao ban." }],
  ] as const;

  it("refuse a form without its CSRF token, or with another session's, and change nothing", async () => {
    const kha = await signIn(server);
    const other = await signIn(server);
    for (const [url, fields] of forms) {
      const { lan } = await kha.hiddenFields(url, "/web/dot/1");
      const missing = await kha.post(url, { ...fields, lan: lan! });
      expect(missing.statusCode, url).toBe(403);
      expect(missing.body).toContain("Biểu mẫu đã cũ hoặc không hợp lệ nên chưa được thực hiện.");
      const { _csrf } = await other.hiddenFields(url, "/web/dot/1");
      expect((await kha.post(url, { ...fields, lan: lan!, _csrf: _csrf! })).statusCode, url).toBe(403);
    }
    expect(await deadline()).toBe(OLD_DEADLINE);
    expect(await server.repos.activity.list(1)).toEqual([]);
  });

  it("refuse a form without a session, and answer 404 for a campaign that does not exist", async () => {
    const kha = await signIn(server);
    for (const [url, fields] of forms) {
      const hidden = await kha.hiddenFields(url, "/web/dot/1");
      const anonymous = await server.app.inject({ method: "POST", url, payload: new URLSearchParams({ ...hidden, ...fields }).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
      expect(anonymous.statusCode, url).toBe(401);
      expect((await kha.post(url.replace("/dot/1/", "/dot/99/"), { ...hidden, ...fields })).statusCode, url).toBe(404);
    }
    expect(await deadline()).toBe(OLD_DEADLINE);
    expect(await server.repos.activity.list(1)).toEqual([]);
    await server.webSettled();
    expect((await botSaid(LIEN_CHAU)).join("\n")).not.toMatch(/Thông báo từ|gia hạn/);
  });
});
