/** Start-up with a token: the Vietnamese command menu, then the webhook or, without a public URL, polling. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { BOT_USER, startFakeTelegram } from "../../fake-telegram/fake-telegram-server.ts";
import { createTelegramBot } from "../../../src/channels/telegram/telegram-bot.ts";
import { startTelegram } from "../../../src/channels/telegram/telegram-connection.ts";
import { StartupRefusal } from "../../../src/startup-refusal.ts";
import { buildTestApp } from "../../helpers/build-test-app.ts";
import { SECRET, TOKEN } from "../../helpers/telegram-harness.ts";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function boot(env: Record<string, string>) {
  const fake = await startFakeTelegram({ token: TOKEN });
  cleanups.push(() => fake.close());
  const app = await buildTestApp({ env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.apiRoot, ...env } });
  cleanups.push(() => app.close());
  await app.start();
  return { fake, app };
}

it("sets the command menu in Vietnamese and the webhook with our secret when PUBLIC_URL is set", async () => {
  const { fake } = await boot({ PUBLIC_URL: "https://bot.example.vn" });
  const [commands] = fake.callsOf("setMyCommands");
  const menu = commands!.params.commands as { command: string; description: string }[];
  expect(menu.map((c) => c.command)).toEqual(["baocao", "xem", "sua", "them", "boqua", "quaylai", "nop", "huy", "vanban", "trogiup"]);
  expect(menu[0]!.description).toBe("Bắt đầu hoặc tiếp tục báo cáo của đơn vị");
  expect(menu.find((c) => c.command === "them")!.description).toBe("Thêm mục vào danh sách hoặc dòng vào bảng của câu số N, ví dụ /them 7");
  expect(fake.callsOf("setWebhook")[0]!.params).toMatchObject({ url: "https://bot.example.vn/webhooks/telegram", secret_token: SECRET });
  expect(fake.callsOf("getUpdates")).toEqual([]);
  expect(fake.violations).toEqual([]);
});

it("uses long polling when no public URL is set", async () => {
  const { fake } = await boot({});
  await expect.poll(() => fake.callsOf("getUpdates").length).toBeGreaterThan(0);
  expect(fake.callsOf("deleteWebhook").length).toBeGreaterThanOrEqual(1);
  expect(fake.callsOf("setWebhook")).toEqual([]);
  expect(fake.violations).toEqual([]);
});

it("refuses to start with a token Telegram refuses, saying so in one line", async () => {
  const fake = await startFakeTelegram({ token: "999:other" });
  cleanups.push(() => fake.close());
  const app = await buildTestApp({ env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.apiRoot, PUBLIC_URL: "https://bot.example.vn" } });
  cleanups.push(() => app.close());
  const started = app.start();
  await expect(started).rejects.toBeInstanceOf(StartupRefusal);
  await expect(started).rejects.toThrow("Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather.");
});

it("logs Telegram out of reach and connects once it answers, the rest of the bot started meanwhile", async () => {
  const fake = await startFakeTelegram({ token: TOKEN });
  cleanups.push(() => fake.close());
  const errors: string[] = [];
  const logger = { warn: () => {}, error: (_: object, message: string) => void errors.push(message) };
  const telegram = createTelegramBot({ token: TOKEN, apiRoot: fake.apiRoot, onUpdate: () => {}, logger });
  fake.failNext({ code: 502 }, { method: "getMe" });
  fake.failNext({ code: 502 }, { method: "getMe" });
  const connection = await startTelegram(telegram, { webhookUrl: "https://bot.example.vn/webhooks/telegram", secret: SECRET, apiRoot: fake.apiRoot, logger, retryMs: 20 });
  cleanups.push(() => connection.stop());
  expect(errors[0]).toBe(`Telegram is out of reach at ${fake.apiRoot}: trying again in 0.02 s (check the network, the firewall, TELEGRAM_API_ROOT)`);
  expect(fake.callsOf("setWebhook")).toEqual([]);
  await expect.poll(() => fake.callsOf("setWebhook").length).toBe(1);
  expect(errors).toHaveLength(2);
  expect(telegram.bot.botInfo.username).toBe(BOT_USER.username);
});

it("answers a webhook 503 at once, storing nothing, while Telegram has not answered getMe (the webhook waited as long as Telegram was out of reach)", async () => {
  const fake = await startFakeTelegram({ token: TOKEN });
  cleanups.push(() => fake.close());
  fake.failNext({ code: 502 }, { method: "getMe" });
  const app = await buildTestApp({ env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.apiRoot, PUBLIC_URL: "https://bot.example.vn" }, telegramKnown: false });
  cleanups.push(() => app.close());
  await app.start();
  const update = { update_id: 7, message: { message_id: 1, date: 1760000000, chat: { id: 42, type: "private", first_name: "Hoa" }, from: { id: 42, is_bot: false, first_name: "Hoa" }, text: "/trogiup" } };
  const post = () => app.app.inject({ method: "POST", url: "/webhooks/telegram", headers: { "x-telegram-bot-api-secret-token": SECRET }, payload: update });
  expect((await post()).statusCode).toBe(503);
  expect(await app.repos.conversations.isProcessed("telegram", "7")).toBe(false);
});

it("tries again after a failure past getMe (the command menu answered 502), and then sets the webhook", async () => {
  const fake = await startFakeTelegram({ token: TOKEN });
  cleanups.push(() => fake.close());
  const errors: string[] = [];
  const logger = { warn: () => {}, error: (_: object, message: string) => void errors.push(message) };
  const telegram = createTelegramBot({ token: TOKEN, apiRoot: fake.apiRoot, onUpdate: () => {}, logger });
  fake.failNext({ code: 502 }, { method: "setMyCommands" });
  const connection = await startTelegram(telegram, { webhookUrl: "https://bot.example.vn/webhooks/telegram", secret: SECRET, apiRoot: fake.apiRoot, logger, retryMs: 20 });
  cleanups.push(() => connection.stop());
  await expect.poll(() => fake.callsOf("setWebhook").length).toBe(1);
  expect(errors).toHaveLength(1);
});

it("stops trying to reach Telegram when the bot stops, a getMe in flight included", async () => {
  // Answers the first getMe 502 at once, then never answers: a firewall dropping packets.
  let requests = 0;
  const server = createServer((request, response) => {
    if (++requests === 1) response.writeHead(502, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 502, description: "Bad Gateway" }));
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  cleanups.push(() => new Promise((closed) => (server.closeAllConnections(), server.close(closed))));
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const quiet = { warn: () => {}, error: () => {} };
  const connection = await startTelegram(createTelegramBot({ token: TOKEN, apiRoot, onUpdate: () => {}, logger: quiet }), { secret: SECRET, apiRoot, logger: quiet, retryMs: 10 });
  await expect.poll(() => requests).toBe(2);
  const stopped = Date.now();
  await connection.stop();
  expect(Date.now() - stopped).toBeLessThan(1_000);
});
