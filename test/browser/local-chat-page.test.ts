/**
 * The local web chat in a real browser: Debian's Chromium driven by playwright-core through a
 * whole report, typing answers, clicking choice buttons, and confirming the submission.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { buildTestApp, type TestApp } from "../helpers/build-test-app.ts";

let browser: Browser;
let server: TestApp;
let baseUrl: string;

beforeAll(async () => {
  server = await buildTestApp();
  baseUrl = await server.app.listen({ port: 0, host: "127.0.0.1" });
  server.setPublicUrl(baseUrl);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function send(page: Page, text: string) {
  const before = await page.locator(".msg.user").count();
  await page.locator("#text").fill(text);
  await page.getByRole("button", { name: "Gửi" }).click();
  await expect.poll(() => page.locator(".msg.user").count()).toBe(before + 1);
  await expect.poll(() => page.locator("#log > .msg").last().getAttribute("data-from")).toBe("bot");
}

async function click(page: Page, choice: string) {
  const before = await page.locator(".msg.user").count();
  await page.locator(".msg.bot").last().getByRole("button", { name: choice, exact: true }).click();
  await expect.poll(() => page.locator(".msg.user").count()).toBe(before + 1);
  await expect.poll(() => page.locator("#log > .msg").last().getAttribute("data-from")).toBe("bot");
}

const lastBotText = (page: Page) => page.locator(".msg.bot .text").last().innerText();

it("fills in and submits a whole report through the page", async () => {
  const page = await browser.newPage();
  await page.goto(baseUrl);
  await expect.poll(() => page.locator("body").getAttribute("data-ready")).toBe("true");
  await page.locator("#chat").selectOption("th-lien-chau");
  await page.locator("#member").selectOption({ label: "Trần Văn Minh" });

  await send(page, "/baocao");
  expect(await lastBotText(page)).toMatch(/^Câu 1\/21/);
  for (const answer of FULL_REPORT_ANSWERS) {
    if (answer === "Có") await click(page, "Có");
    else await send(page, answer);
  }
  expect(await lastBotText(page)).toMatch(/Đã trả lời xong/);
  await send(page, "/nop");
  expect(await lastBotText(page)).toMatch(/Xác nhận nộp báo cáo\?/);
  await click(page, "Có");
  await expect.poll(() => page.locator(".msg.bot a.doc").count()).toBe(1);
  const botTexts = await page.locator(".msg.bot .text").allInnerTexts();
  expect(botTexts.at(-2)).toMatch(/Đã nộp báo cáo lúc 10:15 ngày 08\/10\/2026/);
  const link = page.locator(".msg.bot a.doc");
  expect(await link.innerText()).toBe("Tải văn bản: Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026.docx");
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.headers()["content-type"]).toMatch(/wordprocessingml/);
  expect((await download.body()).subarray(0, 2).toString()).toBe("PK");
  expect(await page.locator(".msg.user .who").first().innerText()).toBe("Trần Văn Minh");
  await page.close();
});
