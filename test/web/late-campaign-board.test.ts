/**
 * The board of a campaign closed still taking late reports offers what the chat does with "đợt N":
 * remind its units not in (/nhacnho ngay đợt N) and send its units a notice (/thongbao đợt N),
 * through the same services, with the session's CSRF token; the list and the board say it still
 * takes late reports. Its deadline no longer moves; a campaign closed refusing late reports offers
 * neither. Through the real server, signed in.
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS_CHAT, signIn, unsealed } from "../helpers/web-session.ts";

const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

const botSaid = async (chat: string) => (await server.repos.localMessages.history(chat)).filter((m) => m.fromBot).map((m) => m.text);

async function closeWith(policy: "accept" | "refuse") {
  await server.database.run(sql`update campaigns set late_policy = ${policy}`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  expect((await server.post(OFFICERS_CHAT, KHA, "/dotbaocao dong 1 chac"))[0]!.text).toMatch(/^Đã đóng đợt báo cáo/);
}

it("reminds the units not in and sends them a notice from the board of a closed campaign still taking late reports, as the chat's 'đợt N' does", async () => {
  await closeWith("accept");
  const kha = await signIn(server);
  const board = (await kha.get("/web/dot/1")).body;
  expect(board).toContain('action="/web/dot/1/nhac"');
  expect(board).toContain('<form method="post" action="/web/dot/1/thong-bao" novalidate>');
  expect(board).not.toContain('action="/web/dot/1/gia-han"');

  const reminded = await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1");
  expect(unsealed(reminded.headers.location)).toBe("/web/dot/1?tb=reminded&n=2");
  await server.webSettled();
  expect((await botSaid("thcs-nam-trieu")).at(-1)).toMatch(new RegExp(`^Nhắc nộp "${TITLE}": đợt đã đóng nhưng vẫn nhận báo cáo, ghi là nộp muộn\\.`));
  expect((await botSaid(LIEN_CHAU)).join("\n")).not.toContain("Nhắc nộp");

  const sent = await kha.postForm("/web/dot/1/thong-bao", { noi_dung: "Các trường chưa nộp vui lòng nộp trong tuần này" }, "/web/dot/1");
  expect(unsealed(sent.headers.location)).toBe("/web/dot/1?tb=broadcast&n=3&u=0");
  await server.webSettled();
  expect((await botSaid("mn-hoa-sen")).at(-1)).toBe(`Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu) về đợt báo cáo "${TITLE}" (đợt 1):\nCác trường chưa nộp vui lòng nộp trong tuần này`);

  // Without the session's CSRF token, nothing is sent.
  const before = (await botSaid("mn-hoa-sen")).length;
  const hidden = await kha.hiddenFields("/web/dot/1/thong-bao", "/web/dot/1");
  const forged = await kha.post("/web/dot/1/thong-bao", { ...hidden, _csrf: "x", noi_dung: "Giả mạo" });
  expect(forged.statusCode).toBeGreaterThanOrEqual(400);
  await server.webSettled();
  expect((await botSaid("mn-hoa-sen")).length).toBe(before);
});

it("offers neither on the board of a campaign closed refusing late reports, and a crafted form sends nothing", async () => {
  await closeWith("refuse");
  const kha = await signIn(server);
  const board = (await kha.get("/web/dot/1")).body;
  expect(board).not.toContain('action="/web/dot/1/nhac"');
  expect(board).not.toContain('action="/web/dot/1/thong-bao"');
  const before = (await botSaid("mn-hoa-sen")).length;
  const csrf = await kha.csrfFrom("/web/dot/1");
  const sent = await kha.post("/web/dot/1/thong-bao", { _csrf: csrf, lan: "a".repeat(22), dong: "1", noi_dung: "Nộp gấp" });
  expect(unsealed(sent.headers.location)).toMatch(/tb=broadcastClosed/);
  expect(unsealed((await kha.post("/web/dot/1/nhac", { _csrf: csrf, dong: "1" })).headers.location)).toMatch(/tb=alreadyClosed/);
  await server.webSettled();
  expect((await botSaid("mn-hoa-sen")).length).toBe(before);
});

it("says on the campaigns list and the board that a closed campaign still takes late reports; one refusing them reads 'đã đóng'", async () => {
  await closeWith("accept");
  const kha = await signIn(server);
  expect((await kha.get("/web")).body).toContain('<td class="campaign-closed" data-label="Tình trạng">đã đóng, vẫn nhận báo cáo nộp muộn</td>');
  expect((await kha.get("/web/dot/1")).body).toContain("· đã đóng, vẫn nhận báo cáo nộp muộn</p>");

  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  expect((await kha.get("/web")).body).toContain('<td class="campaign-closed" data-label="Tình trạng">đã đóng</td>');
  expect((await kha.get("/web/dot/1")).body).not.toContain("vẫn nhận báo cáo nộp muộn");
});

it("offers 'Nhắc đơn vị này' on a unit's page of a closed campaign still taking late reports, as its board reminds every unit not in", async () => {
  await closeWith("accept");
  const kha = await signIn(server);
  const page = `/web/dot/1/don-vi/${(await server.repos.officers.unitByCode("THCS-NAM-TRIEU"))!.id}`;
  expect((await kha.get(page)).body).toContain(`<form method="post" action="${page}/nhac">`);

  // Without the session's CSRF token, nothing is sent.
  const forged = await kha.post(`${page}/nhac`, { _csrf: "x", dong: "1" });
  expect(forged.statusCode).toBeGreaterThanOrEqual(400);
  await server.webSettled();
  expect((await botSaid("thcs-nam-trieu")).join("\n")).not.toContain("Nhắc nộp");

  const reminded = await kha.postForm(`${page}/nhac`, {}, page);
  expect(unsealed(reminded.headers.location)).toBe(`${page}?tb=remindedUnit&n=0`);
  await server.webSettled();
  expect((await botSaid("thcs-nam-trieu")).at(-1)).toMatch(new RegExp(`^Nhắc nộp "${TITLE}": đợt đã đóng nhưng vẫn nhận báo cáo, ghi là nộp muộn\\.`));
  expect((await botSaid("mn-hoa-sen")).join("\n")).not.toContain("Nhắc nộp");
  expect((await server.repos.activity.list(1)).at(-1)).toMatchObject({ action: "reminded-unit", detail: "Trường THCS Nam Triệu", source: "web" });
});

it("offers no 'Nhắc' on a unit's page of a campaign closed refusing late reports, and a crafted form reminds nobody", async () => {
  await closeWith("refuse");
  const kha = await signIn(server);
  const page = `/web/dot/1/don-vi/${(await server.repos.officers.unitByCode("THCS-NAM-TRIEU"))!.id}`;
  expect((await kha.get(page)).body).not.toContain(`action="${page}/nhac"`);
  const csrf = await kha.csrfFrom(page);
  expect(unsealed((await kha.post(`${page}/nhac`, { _csrf: csrf, dong: "1" })).headers.location)).toBe(`${page}?tb=alreadyClosed&n=0`);
  await server.webSettled();
  expect((await botSaid("thcs-nam-trieu")).join("\n")).not.toContain("Nhắc nộp");
});
