/**
 * The officers' web page in a real browser (Debian's Chromium through playwright-core), signed in
 * from the chat's link: the board, a unit's submission returned with a comment that reaches the
 * unit's chat, the export refused while no unit has submitted, then downloaded; the link refused a second time, nothing without a session,
 * a form with a tampered CSRF token refused (a token of another session: test/web/web-sign-in.test.ts).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { KHA, OFFICERS_CHAT } from "../helpers/web-session.ts";

const LAN = { userId: "u3", userName: "Lê Thị Lan" };
let browser: Browser;
let server: TestApp;
let baseUrl: string;
let context: BrowserContext;
let link: string;

beforeAll(async () => {
  server = await buildTestApp();
  baseUrl = await server.app.listen({ port: 0, host: "127.0.0.1" });
  server.setPublicUrl(baseUrl);
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const unitState = (page: Page, code: string) => page.locator(`tr[data-unit="${code}"] td`).nth(1).innerText();

it("signs in from the chat's link and shows the campaigns, then the board", async () => {
  const [reply] = await server.post(OFFICERS_CHAT, KHA, "/web");
  link = /http\S+/.exec(reply!.text)![0];
  expect(link.startsWith(`${baseUrl}/web/login/`)).toBe(true);
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForURL(`${baseUrl}/web`);
  expect(await page.locator("h1").innerText()).toBe("Các đợt báo cáo");
  expect(await page.locator("header .who").innerText()).toBe("Đăng nhập: Nguyễn Thị Kha");
  await page.getByRole("link", { name: /Tuần lễ hưởng ứng học tập suốt đời/ }).click();
  await page.waitForURL(`${baseUrl}/web/dot/1`);
  expect(await unitState(page, "TH-LIEN-CHAU")).toBe("đã nộp");
  expect(await unitState(page, "THCS-NAM-TRIEU")).toBe("chưa bắt đầu");
  await page.close();
});

it("refreshes the board by itself when a unit answers", async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/web/dot/1`);
  // Give the page's script its first stamp before the unit answers.
  await page.waitForResponse((r) => r.url().endsWith("/web/dot/1/moc"));
  await server.post("thcs-nam-trieu", LAN, "/baocao");
  await server.post("thcs-nam-trieu", LAN, "Kế hoạch số 1");
  await expect.poll(() => unitState(page, "THCS-NAM-TRIEU"), { timeout: 10_000 }).toBe("đang làm 1/21");
  await page.close();
});

it("opens a unit's submission and returns it with a comment that reaches the unit's chat", async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/web/dot/1`);
  await page.getByRole("link", { name: "Trường Tiểu học Liên Châu" }).click();
  await page.waitForURL(/\/web\/dot\/1\/don-vi\/\d+$/);
  expect(await page.locator("h1").innerText()).toBe("Báo cáo của Trường Tiểu học Liên Châu");
  expect(await page.locator("main").innerText()).toContain("Kế hoạch số 192/KH-THLC ngày 27/9/2026");
  await page.locator("#comment").fill("Bổ sung số sách quyên góp.");
  await page.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect.poll(() => page.locator(".notice").innerText()).toBe("Đã trả lại báo cáo để đơn vị sửa; nhóm của đơn vị đã được báo.");
  await server.webSettled();
  const unitChat = (await server.repos.localMessages.history(LIEN_CHAU)).filter((m) => m.fromBot).map((m) => m.text);
  expect(unitChat.at(-1)).toMatch(/^"Báo cáo kết quả[^"]+" của đơn vị được cán bộ phụ trách Nguyễn Thị Kha trả lại để sửa\. Nhận xét: Bổ sung số sách quyên góp\./);
  await page.goto(`${baseUrl}/web/dot/1`);
  expect(await unitState(page, "TH-LIEN-CHAU")).toMatch(/^trả lại/);
  await page.close();
});

it("says on the board that no unit has submitted (the one returned above), then downloads the campaign's export once one has", async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/web/dot/1`);
  await page.getByRole("link", { name: "Tải bảng số liệu (Excel)" }).click();
  await expect.poll(() => page.locator(".notice").innerText()).toBe("Chưa có đơn vị nào nộp báo cáo (0/3 đơn vị) nên chưa có số liệu để xuất. Tình hình từng đơn vị ở bảng dưới đây.");
  await submitFullReport(server, "thcs-nam-trieu", LAN);
  await page.goto(`${baseUrl}/web/dot/1`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải bảng số liệu (Excel)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Số-liệu-đợt-1-.*\.xlsx$/);
  expect(readFileSync((await download.path())!).subarray(0, 2).toString()).toBe("PK");
  await page.close();
});

it("refuses a form whose CSRF token was tampered with, changing nothing", async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/web/dot/1`);
  const form = page.locator('form[action="/web/dot/1/nhac"]');
  await form.locator('input[name="_csrf"]').evaluate((input: HTMLInputElement) => (input.value = "gia-mao"));
  await form.getByRole("button").click();
  await expect.poll(() => page.locator(".error").innerText()).toMatch(/Biểu mẫu đã cũ hoặc không hợp lệ/);
  expect((await server.repos.activity.list(1)).map((a) => a.action)).not.toContain("reminded");
  await page.close();
});

it("refuses the link a second time, and shows no data without a session", async () => {
  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  await page.goto(link);
  expect(await page.locator("body").innerText()).toMatch(/đã được dùng hoặc đã hết hạn[\s\S]*Để đăng nhập, gõ \/web/);
  const board = await page.goto(`${baseUrl}/web/dot/1`);
  expect(board?.status()).toBe(401);
  const body = await page.locator("body").innerText();
  expect(body).toMatch(/Bạn cần đăng nhập để xem trang này/);
  expect(body).not.toMatch(/Liên Châu|Nam Triệu|Tuần lễ/);
  await stranger.close();
});

it("asks before reminding again within the hour, and reminds once confirmed", async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/web/dot/1`);
  const remind = () => page.locator('form[action="/web/dot/1/nhac"]').getByRole("button").click();
  await remind();
  await expect.poll(() => page.locator("body").innerText()).toMatch(/Đã gửi lời nhắc tới \d+ đơn vị chưa nộp\./);
  await page.goto(`${baseUrl}/web/dot/1`);
  // The second time the page asks; declined, nothing goes; accepted, the script names the reminder confirmed.
  const asked: string[] = [];
  page.once("dialog", (dialog) => void (asked.push(dialog.message()), dialog.dismiss()));
  await remind();
  expect(asked).toEqual([expect.stringMatching(/vừa được nhắc lúc .* Nhắc thêm lần nữa\?$/)]);
  page.once("dialog", (dialog) => void dialog.accept());
  await remind();
  await expect.poll(() => page.locator("body").innerText()).toMatch(/Đã gửi lời nhắc tới \d+ đơn vị chưa nộp\./);
  expect((await server.repos.activity.list(1)).filter((a) => a.action === "reminded")).toHaveLength(2);
  await page.close();
});

it("closes the campaign once its question is accepted, in one press of a button a finger can press (the script confirms what the server asks for)", async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/web/dot/1`);
  const close = () => page.locator('form[action="/web/dot/1/dong"]').getByRole("button").click();
  // Big enough for a finger on a phone (it was 36 px).
  expect((await page.locator('form[action="/web/dot/1/dong"]').getByRole("button").boundingBox())?.height).toBeGreaterThanOrEqual(44);
  page.once("dialog", (dialog) => void dialog.dismiss());
  await close();
  expect((await server.repos.directory.campaignById(1))?.status).toBe("open");
  page.once("dialog", (dialog) => void dialog.accept());
  await close();
  await expect.poll(() => page.locator("body").innerText()).toMatch(/Đã đóng đợt báo cáo\./);
  expect((await server.repos.directory.campaignById(1))?.status).toBe("closed");
  await page.close();
});
