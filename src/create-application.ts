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

  const documents = createDocumentService({ documents: repos.documents, timeZone: config.timeZone, now: () => now().getTime(), logger });
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

  const outboxWorker = createOutboxWorker({
    outbox: repos.outbox,
    channels,
    now: () => now().getTime(),
    logger,
    limiter: createRateLimiter({ telegram: TELEGRAM_LIMITS }),
    onChatUnreachable: (channel, chatId) => repos.directory.setChatActive(channel, chatId, false),
    onChatMigrated: (channel, from, to) => repos.directory.moveChat(channel, from, to),
  });
  const conversations = createConversationService({ repos, timeZone: config.timeZone, now, logger });
  const chatEvents = createChatEventsService({ repos, now });
  const dispatcher = createInboundDispatcher({ conversations, chatEvents, outboxWorker, logger });

  const app = buildServer({
    repos,
    conversations,
    outboxWorker,
    documents,
    checkDatabase: () => void sqlite.prepare("select 1").get(),
    now,
    logger: options.httpLogger ?? false,
    telegram: bot && config.telegram ? { bot, secret: config.telegram.webhookSecret } : undefined,
  });

  return {
    app,
    repos,
    sqlite,
    documents,
    outboxWorker,
    dispatcher,
    bot,
    /** Starts the background workers and connects to the platforms (webhook or polling). */
    async start(): Promise<void> {
      outboxWorker.start();
      documents.start();
      if (bot && config.telegram) {
        await startTelegram(bot, { webhookUrl: config.hasPublicUrl ? `${config.publicUrl}/webhooks/telegram` : undefined, secret: config.telegram.webhookSecret });
      }
    },
    async stop(): Promise<void> {
      if (bot?.isRunning()) await bot.stop();
      await app.close();
      await dispatcher.settled();
      await outboxWorker.stop();
      documents.stop();
      closeDb();
    },
  };
}

export type Application = ReturnType<typeof createApplication>;
