/**
 * Wires every part from the settings: database, templates and demo (open-application-data.ts),
 * services, channels and platform bots (create-channels.ts), outbox and the HTTP server. main.ts
 * adds the environment and listen(); tests use it with their own settings, clock and database so
 * they run exactly the production wiring.
 */
import type { FastifyBaseLogger } from "fastify";
import { startTelegram, type TelegramConnection } from "./channels/telegram/telegram-connection.ts";
import type { Config } from "./config.ts";
import { createChannels } from "./create-channels.ts";
import { createChatEventsService } from "./conversation/chat-events-service.ts";
import { createConversationService } from "./conversation/conversation-service.ts";
import { createInboundDispatcher } from "./conversation/inbound-dispatcher.ts";
import { loadOnce } from "./load-once.ts";
import { createDocumentService } from "./documents/document-service.ts";
import { createRenderPool } from "./documents/render-pool.ts";
import { CLAIM_AHEAD_MS } from "./outbox/claim-outbox-rows.ts";
import { createOutboxWorker } from "./outbox/outbox-worker.ts";
import { openApplicationData } from "./open-application-data.ts";
import { createWordReaderPool } from "./word-import/word-reader-pool.ts";
import { createTemplateCache } from "./conversation/template-cache.ts";
import { createOfficerService } from "./officers/officer-service.ts";
import { createOfficerScheduler } from "./officers/officer-scheduler.ts";
import { createFileLinks } from "./documents/file-links.ts";
import { TELEGRAM_LIMITS, ZALO_BOT_LIMITS, ZALO_OA_LIMITS } from "./outbox/platform-limits.ts";
import { createRateLimiter } from "./outbox/rate-limiter.ts";
import { createInFlight } from "./async-queue.ts";
import { buildServer } from "./server/build-server.ts";

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
  /**
   * How far ahead of the platform's window the outbox claims (CLAIM_AHEAD_MS on the real clock).
   * With a clock of the caller's (`now`: tests' simulated time) 0 unless given: a row claimed ahead
   * waits in real time for its place, which a simulated clock does not reach by waiting.
   */
  outboxClaimAheadMs?: number;
  /** Where document links point; defaults to the configured public URL. */
  publicUrl?: () => string;
}

export async function createApplication(options: ApplicationOptions) {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const nowMs = () => now().getTime();
  const publicUrl = options.publicUrl ?? (() => config.publicUrl);

  const { database, repos, catalog } = await openApplicationData(config, logger, now);

  const templateFor = createTemplateCache(repos);
  // Generous (a 3,000-school export packs in seconds): one stuck job must not hold every document.
  const renderPool = createRenderPool({ logger, background: true, timeoutMs: 5 * 60_000 });
  // The status list, the export and the consolidated draft are made rarely: their code is imported on the first.
  const campaignFiles = loadOnce(async () =>
    (await import("./consolidation/campaign-files.ts")).createCampaignFileRenderer({ repos, templateFor, timeZone: config.timeZone, now: nowMs, render: renderPool.render }),
  );
  const documents = createDocumentService({
    documents: repos.documents,
    photos: repos.photos,
    renderDocx: (content) => renderPool.render({ kind: "report-docx", content }),
    timeZone: config.timeZone,
    templateFor,
    now: nowMs,
    logger,
    renderCampaignFile: async (kind, campaignId) => (await campaignFiles())(kind, campaignId),
  });
  // The same secret on every instance: a link made by one downloads from any.
  const fileLinks = createFileLinks({ secret: await repos.settings.secret("file_link_secret"), now: nowMs, publicUrl });
  const { channels, fileFetchers, telegram, bot, zaloOaTokenKeeper, zaloBot, zaloBotRoute, groupAnswerHint } = await createChannels({
    config,
    repos,
    logger,
    now: nowMs,
    loadDocument: documents.ensureRendered,
    documentUrl: fileLinks.urlFor,
    dispatch: (event) => dispatcher.dispatch(event),
  });
  let telegramConnection: TelegramConnection | undefined;

  const outboxWorker = createOutboxWorker({
    outbox: repos.outbox,
    channels,
    now: nowMs,
    logger,
    limiter: createRateLimiter(repos.rateWindows, { telegram: TELEGRAM_LIMITS, "zalo-oa": ZALO_OA_LIMITS, "zalo-bot": ZALO_BOT_LIMITS }),
    transaction: repos.transaction,
    lock: repos.lock,
    background: repos.background,
    leaseMs: config.outboxLeaseMs,
    claimAheadMs: options.outboxClaimAheadMs ?? (options.now ? 0 : CLAIM_AHEAD_MS),
    onChatUnreachable: (channel, chatId) => repos.directory.setChatActive(channel, chatId, false),
    // Several statements: one transaction, on PostgreSQL too.
    onChatMigrated: (channel, from, to) => repos.transaction(() => repos.directory.moveChat(channel, from, to)),
  });
  const officerDeps = { repos, timeZone: config.timeZone, templateFor, catalog, bootstrapCode: config.bootstrapCode, publicUrl, signInLinks: config.isDemo || config.hasPublicUrl };
  const officers = createOfficerService(officerDeps);
  const conversations = createConversationService({ repos, timeZone: config.timeZone, now, logger, officers, templateFor, groupAnswerHint });
  const scheduler = createOfficerScheduler({ ...officerDeps, now: nowMs, outboxWorker, logger });
  const chatEvents = createChatEventsService({ repos, now });
  const wordReader = createWordReaderPool(logger);
  const dispatcher = createInboundDispatcher({ conversations, chatEvents, outboxWorker, logger, fileFetchers, readWord: wordReader.readWord });

  // What a page's action queued goes out after its answer; a stop waits for it (tests do too).
  const webSends = createInFlight();
  const app = buildServer({
    repos,
    dispatcher,
    documents,
    checkDatabase: database.check,
    isDemo: config.isDemo,
    now,
    logger: options.httpLogger ?? false,
    telegram: telegram && config.telegram ? { handleUpdate: telegram.handleUpdate, secret: config.telegram.webhookSecret } : undefined,
    zaloOa: config.zaloOa
      ? { appId: config.zaloOa.appId, secretKey: config.zaloOa.secretKey, botNames: config.zaloOa.name ? [config.zaloOa.name] : [], now: nowMs, logger }
      : undefined,
    zaloBot: zaloBotRoute,
    fileLinks,
    web: {
      ...officerDeps,
      documents,
      now: nowMs,
      deliver: (ids) => webSends.track(outboxWorker.deliver(ids).catch((error) => logger.error({ err: error }, "immediate delivery failed"))),
      // The same key on every instance: a form served by one is accepted by another.
      csrfKey: await repos.settings.secret("web_csrf_key"),
    },
  });

  return {
    app,
    repos,
    database,
    documents,
    outboxWorker,
    dispatcher,
    fileLinks,
    scheduler,
    /** Resolves once the sends the web page started have finished. */
    webSettled: webSends.settled,
    conversations,
    bot,
    zaloOaTokenKeeper,
    zaloBot,
    /** Starts the background workers and connects to the platforms (webhook or polling). */
    async start(): Promise<void> {
      // Only the one process on a SQLite file may take back rows left 'sending'; on PostgreSQL
      // another instance may be sending them right now, so a dead instance's rows wait out their
      // lease. After listen() (main.ts): a second process started on this file by mistake stops at
      // its port before it takes back the rows the running one is sending (each went twice).
      if (database.dialect === "sqlite") {
        const interrupted = await repos.outbox.recoverInterrupted();
        if (interrupted > 0) logger.warn({ count: interrupted }, "messages caught mid-send by the last stop go out again first");
      }
      outboxWorker.start();
      scheduler.start();
      // Renders (and stores) in the background lane: the timer started here keeps that context.
      await repos.background(async () => documents.start());
      if (telegram && config.telegram) {
        const webhookUrl = config.hasPublicUrl ? `${config.publicUrl}/webhooks/telegram` : undefined;
        telegramConnection = await startTelegram(telegram, { webhookUrl, secret: config.telegram.webhookSecret, apiRoot: config.telegram.apiRoot, logger });
      }
      zaloOaTokenKeeper?.start();
      // The webhook for an https PUBLIC_URL, else long polling.
      await zaloBot?.start();
    },
    async stop(): Promise<void> {
      // Nothing more is claimed for sending; what is in hand finishes below.
      outboxWorker.close();
      // The update in hand is stored first: the database closes last. Side by side, so a Zalo Bot
      // update still being stored (its few seconds' grace) does not hold the rest of the stop.
      await Promise.all([telegramConnection?.stop(), zaloBot?.stop(), zaloOaTokenKeeper?.stop(), app.close()]);
      await dispatcher.settled();
      await webSends.settled();
      // Before the outbox: a reminder tick in progress hands its rows to the worker.
      await scheduler.stop();
      await outboxWorker.stop();
      await documents.stop();
      await renderPool.close();
      await wordReader.close();
      await database.close();
    },
  };
}

export type Application = Awaited<ReturnType<typeof createApplication>>;
