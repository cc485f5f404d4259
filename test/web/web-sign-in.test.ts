/**
 * Signing in to the officers' web page from the chat: the one-time link, the session cookie, the
 * session checked on every request (ended by /web thoat and by removing the officer), CSRF on
 * every form. Through the real server (inject) over the seeded demo.
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { cookiesOf, KHA, OFFICERS_CHAT, requestSignInLink, signIn } from "../helpers/web-session.ts";

const NAM = { userId: "u8", userName: "Hoàng Văn Nam" };
let server: TestApp;
let now = Date.parse("2026-10-08T03:15:00Z");
beforeEach(async () => {
  now = Date.parse("2026-10-08T03:15:00Z");
  server = await buildTestApp({ now: () => new Date(now) });
});
afterEach(() => server.close());

const SCHOOL = "Trường Tiểu học Liên Châu";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

describe("without a session", () => {
  it("shows only how to sign in from the chat, and no page or download gives data", async () => {
    const home = await server.app.inject("/web");
    expect(home.statusCode).toBe(200);
    expect(home.body).toMatch(/gõ \/web \(hoặc \/trangweb\) trong nhóm cán bộ/);
    expect(home.body).not.toMatch(/Tuần lễ|Liên Châu/);
    for (const url of ["/web/dot/1", "/web/dot/1/moc", "/web/dot/1/xuat", "/web/dot/1/tong-hop", "/web/dot/1/don-vi/1", "/web/dot/1/don-vi/1/van-ban/1", "/web/dot/1/nhat-ky", "/web/dot/moi"]) {
      const response = await server.app.inject(url);
      expect(response.statusCode, url).toBe(401);
      expect(response.body, url).not.toMatch(/Liên Châu|Tuần lễ/);
      expect(response.headers["content-type"], url).toMatch(/text\/html/);
    }
    for (const url of ["/web/dot/1/dong", "/web/dot/1/nhac", "/web/dot/1/don-vi/1/tra-lai", "/web/dot/moi"]) {
      const response = await server.app.inject({ method: "POST", url, payload: "comment=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
      expect(response.statusCode, url).toBe(401);
    }
    expect((await server.repos.directory.campaignById(1))?.status).toBe("open");
    const forged = await server.app.inject({ method: "GET", url: "/web/dot/1", cookies: { phien_can_bo: "A".repeat(43) } });
    expect(forged.statusCode).toBe(401);
  });
});

describe("the sign-in link", () => {
  it("is given to an officer in the officers' chat, refused politely to staff", async () => {
    const [staff] = await server.post(LIEN_CHAU, HOA, "/web");
    expect(staff?.text).toBe("Trang web chỉ dành cho cán bộ phụ trách, mở từ nhóm của cán bộ phụ trách. Báo cáo của đơn vị làm ngay trong nhóm này: gõ /baocao để bắt đầu.");
    // Where /baocao is refused (the officers' chat), it is not pointed to.
    const [staffInOfficersChat] = await server.post(OFFICERS_CHAT, HOA, "/web");
    expect(staffInOfficersChat?.text).toBe("Trang web dành cho cán bộ phụ trách.");
    const [officer] = await server.post(OFFICERS_CHAT, KHA, "/trangweb");
    expect(officer?.text).toMatch(
      /^Liên kết đăng nhập trang cán bộ cho Nguyễn Thị Kha \(dùng được một lần, trong 15 phút\):\nhttp:\/\/127\.0\.0\.1:3000\/web\/login\/[\w-]{43}\nĐừng chuyển liên kết này cho người khác\. Muốn nhận liên kết riêng, hãy nhắn \/web cho bot trong tin nhắn riêng\.$/,
    );
    const [elsewhere] = await server.post(LIEN_CHAU, KHA, "/web");
    expect(elsewhere?.text).toBe("Lệnh này dùng trong nhóm cán bộ phụ trách.");
  });

  it("signs in once when opened, by the page's form: a session cookie, /web, the chat told; opened again it is refused", async () => {
    const path = await requestSignInLink(server);
    // Opened from the chat app, the page sends its form by itself (web.js), from this origin.
    const opened = await server.app.inject({ method: "GET", url: path, headers: { "user-agent": CHROME, "sec-fetch-site": "none" } });
    expect([opened.statusCode, opened.cookies.length]).toEqual([200, 0]);
    expect(opened.body).toContain(`<form method="post" action="${path}" data-auto-submit>`);
    const first = await server.app.inject({ method: "POST", url: path, headers: { "user-agent": CHROME, "sec-fetch-site": "same-origin" } });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe("/web");
    const cookie = first.cookies.find((c) => c.name === "phien_can_bo")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/web", maxAge: 12 * 60 * 60 });
    expect(cookie.secure).toBeUndefined();
    const home = await server.app.inject({ url: "/web", cookies: cookiesOf(first) });
    expect(home.body).toMatch(/Đăng nhập: Nguyễn Thị Kha/);
    expect(home.body).toMatch(/Tuần lễ hưởng ứng học tập suốt đời năm 2026/);
    // Whoever used the link, the chat it was given in hears of it.
    await server.webSettled();
    const said = (await server.repos.localMessages.history(OFFICERS_CHAT)).filter((m) => m.fromBot).map((m) => m.text);
    expect(said.at(-1)).toBe("Nguyễn Thị Kha vừa đăng nhập trang cán bộ lúc 10:15 ngày 08/10/2026 bằng liên kết ở đây. Nếu không phải bạn, gõ /web thoat để đăng xuất mọi phiên.");

    const again = await server.app.inject({ method: "GET", url: path, headers: { "user-agent": CHROME } });
    expect(again.statusCode).toBe(410);
    expect(again.cookies).toHaveLength(0);
    expect(again.body).toMatch(/đã được dùng hoặc đã hết hạn/);
    // Signed out, it says how to sign in, with no link to pages that would only ask the same.
    expect(again.body).toContain("Để đăng nhập, gõ /web");
    expect(again.body).not.toContain('href="/web"');
    expect((await server.app.inject({ method: "POST", url: path })).statusCode).toBe(410);
  });

  it("is not spent by opening it (a chat's link-preview fetcher, a URL scanner with a browser's name, a HEAD): a page whose form then signs in", async () => {
    const path = await requestSignInLink(server);
    for (const agent of ["TelegramBot (like TwitterBot)", "facebookexternalhit/1.1", "Zalo-Link-Preview/1.0", CHROME]) {
      const preview = await server.app.inject({ method: "GET", url: path, headers: { "user-agent": agent } });
      expect(preview.statusCode, agent).toBe(200);
      expect(preview.cookies, agent).toHaveLength(0);
      expect(preview.body, agent).toContain(`<form method="post" action="${path}" data-auto-submit>`);
    }
    // A HEAD (a link checker, a proxy) neither: no session, and the link still works.
    const head = await server.app.inject({ method: "HEAD", url: path });
    expect([head.statusCode, head.cookies.length]).toEqual([200, 0]);
    // Opened from another site (to sign its visitor in as the link's officer, login CSRF): the page
    // does not send its form by itself, and says to press only for a link one asked for.
    const linkedFrom = await server.app.inject({ method: "GET", url: path, headers: { "user-agent": CHROME, "sec-fetch-site": "cross-site" } });
    expect([linkedFrom.statusCode, linkedFrom.cookies.length]).toEqual([200, 0]);
    expect(linkedFrom.body).toContain(`<form method="post" action="${path}"><p>Liên kết đăng nhập này được mở từ một trang web khác.`);
    expect(linkedFrom.body).not.toContain("data-auto-submit");
    // The form, posted by another site (to sign the visitor in as the link's officer): refused, the link kept.
    const crossSite = await server.app.inject({ method: "POST", url: path, headers: { "sec-fetch-site": "cross-site" } });
    expect([crossSite.statusCode, crossSite.cookies.length]).toEqual([403, 0]);
    const form = await server.app.inject({ method: "POST", url: path, headers: { "sec-fetch-site": "same-origin" } });
    expect([form.statusCode, form.headers.location]).toEqual([303, "/web"]);
    expect(form.cookies.find((c) => c.name === "phien_can_bo")).toBeDefined();
  });

  it("expires after 15 minutes, and is refused to an officer removed meanwhile", async () => {
    const path = await requestSignInLink(server);
    now += 15 * 60 * 1000 + 1;
    expect((await server.app.inject({ method: "POST", url: path })).statusCode).toBe(410);

    const namLink = await requestSignInLink(server, NAM);
    await server.post(OFFICERS_CHAT, KHA, "/canbo xoa u8");
    expect((await server.app.inject({ method: "POST", url: namLink })).statusCode).toBe(410);
  });

  it("sets a Secure cookie when PUBLIC_URL is https", async () => {
    server.setPublicUrl("https://bot.example.vn");
    const path = await requestSignInLink(server);
    const response = await server.app.inject({ method: "POST", url: path });
    expect(response.cookies.find((c) => c.name === "phien_can_bo")?.secure).toBe(true);
  });
});

describe("a session", () => {
  it("ends with /web thoat in the chat, for every browser of that officer, and spends the links not used yet", async () => {
    const a = await signIn(server);
    const b = await signIn(server);
    const unused = await requestSignInLink(server);
    expect((await a.get("/web/dot/1")).statusCode).toBe(200);
    const [reply] = await server.post(OFFICERS_CHAT, KHA, "/web thoat");
    expect(reply?.text).toBe("Đã đăng xuất 2 phiên trên trang cán bộ.");
    expect((await a.get("/web/dot/1")).statusCode).toBe(401);
    expect((await b.get("/web/dot/1")).statusCode).toBe(401);
    expect((await server.app.inject({ method: "POST", url: unused })).statusCode).toBe(410);
  });

  it("ends with '/web đăng xuất' as the page's button names it, and sends no link for a word /web does not know (the group saw a fresh one)", async () => {
    const a = await signIn(server);
    expect((await server.post(OFFICERS_CHAT, KHA, "/web đăng xuất"))[0]?.text).toBe("Đã đăng xuất 1 phiên trên trang cán bộ.");
    expect((await a.get("/web/dot/1")).statusCode).toBe(401);
    for (const typed of ["/web dang xuat", "/web Đăng xuất.", "/web dangxuat"]) {
      expect((await server.post(OFFICERS_CHAT, KHA, typed))[0]?.text, typed).toBe("Bạn không có phiên nào đang mở trên trang cán bộ.");
    }
    const [usage] = await server.post(OFFICERS_CHAT, KHA, "/web đăng nhập lại");
    expect(usage?.text).toBe("Gõ /web để nhận liên kết đăng nhập trang cán bộ, hoặc /web thoat (đăng xuất) để đăng xuất mọi phiên.");
    expect(usage?.text).not.toMatch(/\/web\/login\//);
  });

  it("ends at once when the officer is removed", async () => {
    const nam = await signIn(server, NAM);
    expect((await nam.get("/web/dot/1")).statusCode).toBe(200);
    await server.post(OFFICERS_CHAT, KHA, "/canbo xoa u8");
    const after = await nam.get("/web/dot/1");
    expect(after.statusCode).toBe(401);
    expect(after.body).not.toContain(SCHOOL);
  });

  it("lasts 12 hours, and an expired one is deleted at the next sign-in", async () => {
    const kha = await signIn(server);
    now += 12 * 60 * 60 * 1000 - 1000;
    expect((await kha.get("/web/dot/1")).statusCode).toBe(200);
    now += 2000;
    expect((await kha.get("/web/dot/1")).statusCode).toBe(401);
    await signIn(server, NAM);
    expect(await server.database.rows(sql`select channel, external_id from web_sessions`)).toEqual([{ channel: "local", external_id: "u8" }]);
  });

  it("refuses a form without its CSRF token, or with another session's, changing nothing", async () => {
    const kha = await signIn(server);
    const nam = await signIn(server, NAM);
    const bare = await server.app.inject({ method: "POST", url: "/web/dot/1/dong", cookies: kha.cookies, payload: "", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(bare.statusCode).toBe(403);
    expect(bare.body).toMatch(/Biểu mẫu đã cũ hoặc không hợp lệ/);
    const namToken = await nam.csrfFrom("/web");
    const crossed = await server.app.inject({
      method: "POST",
      url: "/web/dot/1/dong",
      cookies: { ...nam.cookies, phien_can_bo: kha.cookies.phien_can_bo! },
      payload: `_csrf=${encodeURIComponent(namToken)}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(crossed.statusCode).toBe(403);
    expect((await server.repos.directory.campaignById(1))?.status).toBe("open");

    const closed = await kha.postForm("/web/dot/1/dong", { chac: "1" });
    expect(closed.statusCode).toBe(303);
    expect((await server.repos.directory.campaignById(1))?.status).toBe("closed");
  });

  it("signs out from the page's button", async () => {
    const kha = await signIn(server);
    const out = await kha.postForm("/web/thoat", {});
    expect([out.statusCode, out.headers.location]).toEqual([303, "/web?tb=signedOut"]);
    expect(out.cookies.find((c) => c.name === "phien_can_bo")?.value).toBe("");
    expect((await server.app.inject("/web?tb=signedOut")).body).toContain("Bạn đã đăng xuất.");
    expect((await kha.get("/web/dot/1")).statusCode).toBe(401);
  });
});
