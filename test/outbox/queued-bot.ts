/**
 * The real bot process (src/main.ts on a SQLite file, or the PostgreSQL database the path names)
 * draining a queue seeded beforehand into Telegram's fake: the set-up of the outbox's process tests.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FakeTelegram } from "../fake-telegram/fake-telegram-server.ts";
import { buildTestApp } from "../helpers/build-test-app.ts";
import { testDatabaseSettings } from "../helpers/test-database.ts";

export const TOKEN = "123456:TEST-token_abc";
export const CHATS = 20;
export const PER_CHAT = 10;
export const chatId = (c: number) => String(-1004000000000 - c);

/** A new database with PER_CHAT messages for each of CHATS groups queued round-robin, as a broadcast followed by replies would be. */
export async function seedQueue(fake: FakeTelegram): Promise<string> {
  const databasePath = join(mkdtempSync(join(tmpdir(), "queued-")), "bot.sqlite");
  const seeding = await buildTestApp({ databasePath, env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: "s3cret", TELEGRAM_API_ROOT: fake.apiRoot } });
  for (let i = 1; i <= PER_CHAT; i++) {
    for (let c = 0; c < CHATS; c++) await seeding.repos.outbox.enqueue("telegram", chatId(c), { kind: "text", text: `${c}:${i}` }, Date.now());
  }
  await seeding.close();
  return databasePath;
}

export async function startBot(databasePath: string, apiRoot: string): Promise<ChildProcess> {
  const { databaseUrl } = await testDatabaseSettings(databasePath);
  const env = { ...process.env, DATABASE_PATH: databasePath, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: "s3cret", TELEGRAM_API_ROOT: apiRoot, PORT: "0", LOG_LEVEL: "silent", OUTBOX_LEASE_SECONDS: "5" };
  return spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: "ignore" });
}

export async function waitFor(condition: () => boolean, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sends = (f: FakeTelegram) => f.callsOf("sendMessage");
/** Every queued message has reached the fake at least once. */
export const allDelivered = (f: FakeTelegram) => new Set(sends(f).map((c) => c.params.text)).size === CHATS * PER_CHAT;
