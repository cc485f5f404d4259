/**
 * The local page's file button in a real browser (Debian's Chromium through playwright-core): a
 * photo chosen with the words in the text box as its caption goes to POST /local/chats/:id/files,
 * and the chat shows the file line and the bot's answer.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import { buildTestApp, type TestApp } from "../helpers/build-test-app.ts";
import { usePhotoTemplate } from "../helpers/photo-template.ts";
import { pngBytes } from "../helpers/tiny-images.ts";

let browser: Browser;
let server: TestApp;
let baseUrl: string;

beforeAll(async () => {
  server = await buildTestApp();
  await usePhotoTemplate(server);
  baseUrl = await server.app.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("sends a chosen photo with the text box's words as its caption", async () => {
  await server.post("th-lien-chau", { userId: "u1", userName: "Nguyễn Thị Hoa" }, "/baocao");
  await server.post("th-lien-chau", { userId: "u1", userName: "Nguyễn Thị Hoa" }, "Tóm tắt.");
  const page = await browser.newPage();
  await page.goto(baseUrl);
  await expect.poll(() => page.locator("body").getAttribute("data-ready")).toBe("true");
  await page.locator("#chat").selectOption("th-lien-chau");
  // The button sits beside the text box and opens the (hidden) file input.
  await expect.poll(() => page.getByRole("button", { name: "Chọn ảnh" }).isVisible()).toBe(true);
  await page.locator("#text").fill("Lễ khai mạc");
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Chọn ảnh" }).click();
  await (await chooser).setFiles({ name: "khai-mac.png", mimeType: "image/png", buffer: pngBytes(8, 4) });
  await expect.poll(() => page.locator(".msg.bot .text").last().innerText()).toBe("Đã nhận ảnh 1. Gửi thêm ảnh, hoặc gõ Xong để sang câu tiếp.");
  expect(await page.locator(".msg.user .text").last().innerText()).toBe("[Tệp: khai-mac.png] Lễ khai mạc");
  expect(await page.locator("#text").inputValue()).toBe("");
  expect(await server.repos.photos.captions(1)).toEqual({ 1: "Lễ khai mạc" });
});
