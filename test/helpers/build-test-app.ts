/**
 * The real application (createApplication, the production wiring) over a real database (SQLite in
 * memory or a file for restart tests; PostgreSQL in the postgres project, see test-database.ts),
 * with the demo seeded and a clock the test controls.
 * Talks through inject(); background workers are not started, tests deliver explicitly.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyBaseLogger } from "fastify";
import { afterEach } from "vitest";
import { createConfig } from "../../src/config.ts";
import { createApplication } from "../../src/create-application.ts";
import { BOT_USER } from "../fake-telegram/fake-telegram-server.ts";
import { testDatabaseSettings } from "./test-database.ts";

/** Quiet in tests; DEBUG_LOG=1 prints the app's errors (what a swallowed failure was). */
export const silentLogger = {
  error: (obj: object, msg: string) => {
    if (process.env.DEBUG_LOG) console.error("ERROR", msg, obj);
  },
  warn: (_obj: object, _msg: string) => {},
  info: (_obj: object | string, _msg?: string) => {},
};

export interface BotMessage {
  id: string;
  from: "bot" | "user";
  text: string;
  choices?: string[];
  document?: { name: string; url: string };
}

export interface TestAppOptions {
  databasePath?: string;
  now?: () => Date;
  /** Extra settings, e.g. TELEGRAM_BOT_TOKEN; with a platform token the demo is not seeded. */
  env?: Record<string, string>;
  /** Seed the local demo even with platform settings (default: only without). */
  demo?: boolean;
  /** A logger for the HTTP server, to read what a route logged. */
  httpLogger?: FastifyBaseLogger;
  /** The application's logger, to read what it logged (quiet by default). */
  logger?: typeof silentLogger;
  /** The operator's template folder (TEMPLATES_DIR); a new empty one by default. */
  templatesDir?: string;
  /**
   * With a Telegram token, the bot knows who it is (the fake's BOT_USER) without start(), as start()
   * would have learnt from getMe; false leaves it to start(), where a webhook is answered 503 until then.
   */
  telegramKnown?: boolean;
  /** The outbox's claims ahead of the platform's window (createApplication's; 0 by default here, the clock being the test's). */
  outboxClaimAheadMs?: number;
}

export async function buildTestApp(options: TestAppOptions = {}) {
  let publicUrl = "http://127.0.0.1:3000";
  const database = await testDatabaseSettings(options.databasePath);
  const templatesDir = options.templatesDir ?? mkdtempSync(join(tmpdir(), "templates-"));
  const env = { DATABASE_PATH: database.databasePath, TEMPLATES_DIR: templatesDir, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}), ...options.env };
  const result = createConfig(env);
  if (!result.ok) throw new Error(result.errors.join("; "));
  const config = { ...result.config, isDemo: options.demo ?? result.config.isDemo };
  const now = options.now ?? (() => new Date("2026-10-08T03:15:00Z"));
  const application = await createApplication({ config, logger: options.logger ?? silentLogger, now, publicUrl: () => publicUrl, httpLogger: options.httpLogger, outboxClaimAheadMs: options.outboxClaimAheadMs });
  const { app } = application;
  if (application.bot && options.telegramKnown !== false) application.bot.botInfo = BOT_USER as typeof application.bot.botInfo;

  /** Posts one message as a member of a local chat; returns the bot's replies. */
  const post = async (chatId: string, user: { userId: string; userName: string }, text: string, messageId?: string) => {
    const response = await app.inject({ method: "POST", url: `/local/chats/${chatId}/messages`, payload: { ...user, text, ...(messageId ? { messageId } : {}) } });
    if (response.statusCode !== 200) throw new Error(`POST ${chatId} answered ${response.statusCode}: ${response.body}`);
    return (response.json() as { messages: BotMessage[] }).messages;
  };

  return {
    ...application,
    post,
    templatesDir,
    close: () => application.stop(),
    /** Points document links at the real address once the test server listens. */
    setPublicUrl: (url: string) => {
      publicUrl = url;
    },
  };
}

/** The bot's replies to one message as one text, "---" between messages, for a single toMatch. */
export const replyText = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

export const HOA = { userId: "u1", userName: "Nguyễn Thị Hoa" };
export const MINH = { userId: "u2", userName: "Trần Văn Minh" };
export const LIEN_CHAU = "th-lien-chau";

/** For tests that start several apps (restarts): `start` them, and they are all closed after each test. */
export function useTestApps() {
  let apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps) await app.close();
    apps = [];
  });
  return {
    async start(options?: TestAppOptions): Promise<TestApp> {
      const app = await buildTestApp(options);
      apps.push(app);
      return app;
    },
    /** Closes one app now (a "crash" or a restart mid-test). */
    async stop(app: TestApp): Promise<void> {
      apps = apps.filter((a) => a !== app);
      await app.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
