/**
 * A board left open while another officer closes the campaign in the chat: each of its forms and
 * buttons, sent afterwards, changes nothing and sends nothing, and the notice says plainly that the
 * campaign was closed meanwhile, by whom, when and where (the activity log), and what was not done.
 * Through the real server with a signed-in session.
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { OFFICERS_CHAT, signIn, unsealed } from "../helpers/web-session.ts";

const NAM = { userId: "u8", userName: "Hoàng Văn Nam" };
const OLD_DEADLINE = Date.parse("2026-10-22T10:00:00Z");
let server: TestApp;
let now = Date.parse("2026-10-08T03:15:00Z");
beforeEach(async () => {
  now = Date.parse("2026-10-08T03:15:00Z");
  server = await buildTestApp({ now: () => new Date(now) });
});
afterEach(() => server.close());

const notice = (body: string) => /<p class="notice" role="status">([^<]*)<\/p>/.exec(body)?.[1];
const botSaid = async (chat: string) => (await server.repos.localMessages.history(chat)).filter((m) => m.fromBot).map((m) => m.text);

describe("a form or button sent after the campaign was closed in the chat", () => {
  it("does nothing, and the notice names who closed it, when and where, and what was not done", async () => {
    const kha = await signIn(server);
    // Kha's board, shown while the campaign is open: every form and button it offers.
    const board = "/web/dot/1";
    const unit = "/web/dot/1/don-vi/1";
    const extend = { ...(await kha.hiddenFields("/web/dot/1/gia-han", board)), ngay: "29/10/2026", gio: "" };
    const broadcast = { ...(await kha.hiddenFields("/web/dot/1/thong-bao", board)), noi_dung: "Họp giao ban lúc 8 giờ thứ Hai." };
    const remind = await kha.hiddenFields("/web/dot/1/nhac", board);
    const close = { ...(await kha.hiddenFields("/web/dot/1/dong", board)), chac: "1" };
    const remindUnit = await kha.hiddenFields(`${unit}/nhac`, unit);
    // Five minutes later Nam closes it in the officers' chat.
    now += 5 * 60_000;
    const [closed] = await server.post(OFFICERS_CHAT, NAM, "/dotbaocao dong 1 chac");
    expect(closed?.text).toMatch(/^Đã đóng đợt/);
    await server.webSettled();
    const before = { officers: (await botSaid(OFFICERS_CHAT)).length, unit: (await botSaid(LIEN_CHAU)).length };

    const closer = "đợt báo cáo này đã được Hoàng Văn Nam đóng lúc 10:20 ngày 08/10/2026 trong nhóm chat";
    const sent = async (url: string, fields: Record<string, string>, expected: string) => {
      const response = await kha.post(url, fields);
      expect(response.statusCode, url).toBe(303);
      expect(unsealed(response.headers.location), url).toBe(expected);
      return notice((await kha.get(response.headers.location as string)).body);
    };
    expect(await sent("/web/dot/1/gia-han", extend, "/web/dot/1?tb=extendClosed&n=0")).toBe(
      `Chưa gia hạn: ${closer}, trước khi biểu mẫu gia hạn của bạn được gửi. Hạn nộp giữ nguyên và không đơn vị nào được báo tin.`,
    );
    expect(await sent("/web/dot/1/thong-bao", broadcast, "/web/dot/1?tb=broadcastClosed&n=0")).toBe(
      `Chưa gửi thông báo: ${closer}, trước khi biểu mẫu thông báo của bạn được gửi. Thông báo không được gửi tới nhóm nào.`,
    );
    const other = `Chưa thực hiện: ${closer}, trước khi yêu cầu của bạn được gửi. Không có gì thay đổi và không có lời nhắc hay tin nhắn nào được gửi tới các đơn vị.`;
    expect(await sent("/web/dot/1/nhac", remind, "/web/dot/1?tb=alreadyClosed&n=0")).toBe(other);
    expect(await sent("/web/dot/1/dong", close, "/web/dot/1?tb=alreadyClosed&n=0")).toBe(other);
    expect(await sent(`${unit}/nhac`, remindUnit, `${unit}?tb=alreadyClosed&n=0`)).toBe(other);

    // Nothing changed and nobody was told anything.
    expect((await server.repos.directory.campaignById(1))?.deadlineAt).toBe(OLD_DEADLINE);
    expect((await server.repos.activity.list(1)).map((row) => `${row.action} ${row.actorName} ${row.source}`)).toEqual(["closed Hoàng Văn Nam chat"]);
    await server.webSettled();
    expect((await botSaid(OFFICERS_CHAT)).length).toBe(before.officers);
    expect((await botSaid(LIEN_CHAU)).length).toBe(before.unit);
  });

  it("says it was closed on the page when another officer closed it there, and the same without a log line", async () => {
    const kha = await signIn(server);
    const nam = await signIn(server, NAM);
    const extend = { ...(await kha.hiddenFields("/web/dot/1/gia-han", "/web/dot/1")), ngay: "29/10/2026", gio: "" };
    const broadcast = { ...(await kha.hiddenFields("/web/dot/1/thong-bao", "/web/dot/1")), noi_dung: "Họp." };
    await nam.postForm("/web/dot/1/dong", { chac: "1" }, "/web/dot/1");
    let location = (await kha.post("/web/dot/1/gia-han", extend)).headers.location as string;
    expect(notice((await kha.get(location)).body)).toBe(
      "Chưa gia hạn: đợt báo cáo này đã được Hoàng Văn Nam đóng lúc 10:15 ngày 08/10/2026 trên trang web, trước khi biểu mẫu gia hạn của bạn được gửi. Hạn nộp giữ nguyên và không đơn vị nào được báo tin.",
    );
    // A campaign closed before the activity log was kept: said without a name.
    await server.database.run(sql`delete from campaign_activity`);
    location = (await kha.post("/web/dot/1/thong-bao", broadcast)).headers.location as string;
    expect(notice((await kha.get(location)).body)).toBe(
      "Chưa gửi thông báo: đợt báo cáo này đã đóng trước khi biểu mẫu thông báo của bạn được gửi. Thông báo không được gửi tới nhóm nào.",
    );
  });

  it("at the same moment as another officer's close (on PostgreSQL, two transactions at once): extended before the close, or not at all and said so", async () => {
    const kha = await signIn(server);
    const nam = await signIn(server, NAM);
    const extend = { ...(await kha.hiddenFields("/web/dot/1/gia-han", "/web/dot/1")), ngay: "29/10/2026", gio: "" };
    const close = { ...(await nam.hiddenFields("/web/dot/1/dong", "/web/dot/1")), chac: "1" };
    const [extended, closed] = await Promise.all([kha.post("/web/dot/1/gia-han", extend), nam.post("/web/dot/1/dong", close)]);
    expect(unsealed(closed.headers.location)).toBe("/web/dot/1?tb=closed&n=0");
    const actions = (await server.repos.activity.list(1)).map((row) => row.action);
    const deadline = (await server.repos.directory.campaignById(1))?.deadlineAt;
    if (unsealed(extended.headers.location).includes("tb=extendClosed")) {
      expect([actions, deadline]).toEqual([["closed"], OLD_DEADLINE]);
      expect(notice((await kha.get(extended.headers.location as string)).body)).toMatch(/^Chưa gia hạn: đợt báo cáo này đã được Hoàng Văn Nam đóng lúc /);
    } else {
      expect(unsealed(extended.headers.location)).toMatch(/^\/web\/dot\/1\?tb=extended&/);
      expect([actions, deadline]).toEqual([["extended", "closed"], Date.parse("2026-10-29T10:00:00Z")]);
    }
  });
});
