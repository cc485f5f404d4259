/**
 * Wires every part from the settings: database, templates, demo, services, channels, outbox, the
 * Telegram bot and the HTTP server. main.ts adds the environment and listen(); tests use it with
 * their own settings, clock and database so they run exactly the production wiring.
 */
import type { FastifyBaseLogger } from "fastify";
import type { Bot } from "grammy";
import type { Channel } from "./channels/channel.ts";
import { createLocalChannel } from "./channels/local/local-channel.ts";
import { parseTelegramUpdate } from "./channels/telegram/parse-telegram-update.ts";
import { createTelegramBot, startTelegram } from "./channels/telegram/telegram-bot.ts";
import { createTelegramChannel } from "./channels/telegram/telegram-channel.ts";
import type { Config } from "./config.ts";
import { createChatEventsService } from "./conversation/chat-events-service.ts";
import { createConversationService } from "./conversation/conversation-service.ts";
import { createInboundDispatcher } from "./conversation/inbound-dispatcher.ts";
import { createDb, runMigrations } from "./db/client.ts";
import { createRepositories } from "./db/repositories.ts";
import { seedDemo } from "./demo/seed-demo.ts";
import { createDocumentService } from "./documents/document-service.ts";
import { createOutboxWorker } from "./outbox/outbox-worker.ts";
import { createTemplateCache } from "./conversation/template-cache.ts";
import { createOfficerService } from "./officers/officer-service.ts";
import { createOfficerScheduler } from "./officers/officer-scheduler.ts";
import { createFileLinks } from "./documents/file-links.ts";
import { createZaloBotChannel } from "./channels/zalo-bot/zalo-bot-channel.ts";
import { createZaloBotClient } from "./channels/zalo-bot/zalo-bot-client.ts";
import { createZaloOaChannel } from "./channels/zalo-oa/zalo-oa-channel.ts";
import { createZaloOaClient } from "./channels/zalo-oa/zalo-oa-client.ts";
import { createRateLimiter, TELEGRAM_LIMITS } from "./outbox/rate-limiter.ts";
import { buildServer } from "./server/build-server.ts";
import { localDocumentPath } from "./server/routes/local-documents.ts";
import { LIFELONG_LEARNING_WEEK, loadBuiltInTemplates } from "./templates/built-in-templates.ts";

export interface Logger {
  info: (obj: object | string, msg?: string) => void;
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

export interface ApplicationOptions {
  config: Config;
  logger: Logger;
  /** Fastify's logger: the same pino instance in production, none in tests. */
  httpLogger?: FastifyBaseLogger | false;
  now?: () => Date;
  /** Where document links point; defaults to the configured public URL. */
  publicUrl?: () => string;
}

export function createApplication(options: ApplicationOptions) {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const nowMs = () => now().getTime();
  const publicUrl = options.publicUrl ?? (() => config.publicUrl);

  const { db, sqlite, close: closeDb } = createDb(config.databasePath);
  runMigrations(db);
  const repos = createRepositories(db);
  const templates = loadBuiltInTemplates();
  const templateIds = new Map(templates.map((t) => [t.key, repos.directory.upsertTemplate(t.key, t.version, t.title, t)]));
  if (config.isDemo) {
    const demo = templates.find((t) => t.key === LIFELONG_LEARNING_WEEK);
    const demoId = templateIds.get(LIFELONG_LEARNING_WEEK);
    if (demo && demoId !== undefined && seedDemo(repos, demo, demoId, now())) logger.info("seeded the demo: a ward office, three schools and one open campaign");
  }

  const templateFor = createTemplateCache(repos);
  const documents = createDocumentService({ documents: repos.documents, timeZone: config.timeZone, templateFor, now: nowMs, logger });
  const fileLinks = createFileLinks({ secret: repos.settings.secret("file_link_secret"), now: nowMs, publicUrl });
  const channels: Partial<Record<string, Channel>> = {
    local: createLocalChannel({ localMessages: repos.localMessages, documentUrl: (id) => `${publicUrl()}${localDocumentPath(id)}` }),
  };
  let bot: Bot | undefined;
  if (config.telegram) {
    bot = createTelegramBot({
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      logger,
      onUpdate: (update, username) => void dispatcher.dispatch(parseTelegramUpdate(update, username)),
    });
    channels.telegram = createTelegramChannel({ api: bot.api, loadDocument: documents.ensureRendered });
  }
  if (config.zaloOa) {
    const oa = config.zaloOa;
    // The environment's pair only seeds the database: later pairs (rotated by refreshes) live there.
    if (!repos.settings.loadTokens("zalo-oa")) {
      repos.settings.saveTokens("zalo-oa", { accessToken: oa.accessToken, refreshToken: oa.refreshToken, expiresAt: nowMs() + 60 * 60 * 1000 }, nowMs());
    }
    const client = createZaloOaClient({
      ...oa,
      tokens: { load: () => repos.settings.loadTokens("zalo-oa"), save: (pair) => repos.settings.saveTokens("zalo-oa", pair, nowMs()) },
      now: nowMs,
      logger,
    });
    channels["zalo-oa"] = createZaloOaChannel({ client, loadDocument: documents.ensureRendered, documentUrl: fileLinks.urlFor });
  }
  const zaloBotClient = config.zaloBot ? createZaloBotClient({ token: config.zaloBot.token, apiRoot: config.zaloBot.apiRoot }) : undefined;
  if (zaloBotClient) channels["zalo-bot"] = createZaloBotChannel({ client: zaloBotClient, documentUrl: fileLinks.urlFor });

  const outboxWorker = createOutboxWorker({
    outbox: repos.outbox,
    channels,
    now: nowMs,
    logger,
    limiter: createRateLimiter({ telegram: TELEGRAM_LIMITS }),
    onChatUnreachable: (channel, chatId) => repos.directory.setChatActive(channel, chatId, false),
    onChatMigrated: (channel, from, to) => repos.directory.moveChat(channel, from, to),
  });
  const officerDeps = { repos, timeZone: config.timeZone, templateFor, configuredOfficers: config.officerIds, bootstrapCode: config.bootstrapCode };
  const officers = createOfficerService(officerDeps);
  const conversations = createConversationService({ repos, timeZone: config.timeZone, now, logger, officers, templateFor });
  const scheduler = createOfficerScheduler({ ...officerDeps, now: nowMs, outboxWorker, logger });
  const chatEvents = createChatEventsService({ repos, now });
  const dispatcher = createInboundDispatcher({ conversations, chatEvents, outboxWorker, logger });

  const app = buildServer({
    repos,
    dispatcher,
    documents,
    checkDatabase: () => void sqlite.prepare("select 1").get(),
    now,
    logger: options.httpLogger ?? false,
    telegram: bot && config.telegram ? { bot, secret: config.telegram.webhookSecret } : undefined,
    zaloOa: config.zaloOa ? { appId: config.zaloOa.appId, secretKey: config.zaloOa.secretKey } : undefined,
    zaloBot: config.zaloBot ? { secret: config.zaloBot.webhookSecret } : undefined,
    fileLinks,
  });

  return {
    app,
    repos,
    sqlite,
    documents,
    outboxWorker,
    dispatcher,
    fileLinks,
    scheduler,
    conversations,
    bot,
    /** Starts the background workers and connects to the platforms (webhook or polling). */
    async start(): Promise<void> {
      outboxWorker.start();
      scheduler.start();
      documents.start();
      if (bot && config.telegram) {
        await startTelegram(bot, { webhookUrl: config.hasPublicUrl ? `${config.publicUrl}/webhooks/telegram` : undefined, secret: config.telegram.webhookSecret });
      }
      if (zaloBotClient && config.zaloBot && config.hasPublicUrl) {
        await zaloBotClient.call("setWebhook", { url: `${config.publicUrl}/webhooks/zalo-bot`, secret_token: config.zaloBot.webhookSecret });
      } else if (zaloBotClient) {
        logger.warn({}, "ZALO_BOT_TOKEN is set without PUBLIC_URL: the Zalo Bot webhook is not registered (Zalo needs a public HTTPS URL)");
      }
    },
    async stop(): Promise<void> {
      if (bot?.isRunning()) await bot.stop();
      await app.close();
      await dispatcher.settled();
      await outboxWorker.stop();
      scheduler.stop();
      documents.stop();
      closeDb();
    },
  };
}

export type Application = ReturnType<typeof createApplication>;
