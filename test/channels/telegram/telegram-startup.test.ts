/** Start-up with a token: the Vietnamese command menu, then the webhook or, without a public URL, polling. */
import { afterEach, expect, it } from "vitest";
import { startFakeTelegram } from "../../fake-telegram/fake-telegram-server.ts";
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
  expect(menu.map((c) => c.command)).toEqual(["baocao", "xem", "sua", "boqua", "quaylai", "nop", "huy", "vanban", "trogiup"]);
  expect(menu[0]!.description).toBe("Bắt đầu hoặc tiếp tục báo cáo của đơn vị");
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
