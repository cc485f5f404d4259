/**
 * Builds the Fastify app with every route registered; it does not listen (main.ts does, tests use
 * inject()). Malformed JSON gets 400, an unexpected error a generic 500 with the details in the log.
 * No route serves data by a guessable id: documents go out only through signed, expiring links.
 */
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions, LogController } from "fastify";
import type { DocumentService } from "../documents/document-service.ts";
import type { Repositories } from "../db/repositories.ts";
import { isLoopbackHostHeader } from "../deployment-checks.ts";
import { vi } from "../sentences/vi.ts";
import { healthRoutes } from "./routes/health.ts";
import { telegramWebhookRoutes, type TelegramWebhookOptions } from "./routes/telegram-webhook.ts";
import type { InboundDispatcher } from "../conversation/inbound-dispatcher.ts";
import type { FileLinks } from "../documents/file-links.ts";
import { fileLinkRoutes } from "./routes/file-links.ts";
import type { WebDeps } from "../web/web-deps.ts";
import { webRoutes } from "../web/web-routes.ts";
import { withPageHeaders } from "../web/page-headers.ts";
import { productionHomeRoutes } from "./routes/production-home.ts";
import type { ZaloBotWebhookOptions } from "./routes/zalo-bot-webhook.ts";
import { limitConnectionsPerAddress } from "./connections-per-address.ts";
import type { ZaloOaWebhookOptions } from "./routes/zalo-oa-webhook.ts";

/**
 * What reverse proxies and tunnels commonly add to the requests they pass on. Defence in depth
 * only: a proxy told to add none passes a request that looks local (NODE_ENV=production is the
 * guard: with it the demo does not start).
 */
const PROXY_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-server", "x-real-ip", "via", "cf-connecting-ip", "true-client-ip"];

/** Time for a whole request to arrive: the largest upload (10 MB) on a slow phone line takes less. */
export const REQUEST_TIMEOUT_MS = 60_000;
/** Time for a request's headers to arrive (Node's default is the whole request's). */
export const HEADERS_TIMEOUT_MS = 15_000;
/** Open sockets at once: far above what the platforms and the officers use, far below the fd limit. */
export const MAX_CONNECTIONS = 4_096;
const SLOW_ANSWER_MS = 5_000;

export interface ServerDeps {
  repos: Repositories;
  dispatcher: InboundDispatcher;
  documents: DocumentService;
  checkDatabase: () => Promise<void>;
  /** The demo (no platform token): the local web chat and its API. Off in production. */
  isDemo: boolean;
  now: () => Date;
  logger?: FastifyServerOptions["logger"] | FastifyBaseLogger;
  /** The Telegram webhook, when a bot token is configured. */
  telegram?: TelegramWebhookOptions;
  zaloOa?: Omit<ZaloOaWebhookOptions, "dispatcher">;
  zaloBot?: Omit<ZaloBotWebhookOptions, "dispatcher">;
  fileLinks: FileLinks;
  /** The officers' web page (in the demo and in production: it checks its own sessions). */
  web: WebDeps;
}

export function buildServer(deps: ServerDeps) {
  const logger = deps.logger ?? false;
  const app = Fastify({
    ...(typeof logger === "object" && "child" in logger ? { loggerInstance: logger } : { logger }),
    bodyLimit: 1024 * 1024,
    // A request must arrive whole within this time (Fastify's default, 0, turns Node's own off): a
    // client trickling its body a byte at a time would otherwise hold its socket for ever.
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Two lines a request at info level: a flood of requests filled the disk at 3 MB a second.
    // Failures are logged by the error handler, slow answers below.
    logController: new LogController({ disableRequestLogging: true }),
  });
  // However many sockets one host opens, the process keeps file descriptors for its own work.
  app.server.maxConnections = MAX_CONNECTIONS;
  limitConnectionsPerAddress(app.server);
  // Headers come in one go from a platform or a browser: a socket still sending them after 15 s is
  // holding a slot, not sending a request.
  app.server.headersTimeout = HEADERS_TIMEOUT_MS;
  // A callback, not an async hook: every request passes here, and a promise each is not free.
  app.addHook("onResponse", (request, reply, done) => {
    // The route's pattern, not its URL: a document link's or a sign-in link's URL is its secret.
    if (reply.elapsedTime > SLOW_ANSWER_MS) request.log.warn({ route: request.routeOptions.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, "slow answer");
    done();
  });

  // A path no route knows is answered before its body is read: a megabyte of nested JSON posted
  // to one took half a second of the event loop to parse, for anyone, every webhook waiting.
  app.addHook("onRequest", (request, reply, done) => {
    // The same headers as the web pages' 404s: nothing in them tells which paths exist.
    if (request.is404) withPageHeaders(reply).code(404).send({ error: vi.chat.notFound });
    else done();
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ error: vi.chat.badRequest });
    // Not ready to take it (Telegram's getMe not answered yet): the sender is to try again.
    if (status === 503) return (request.log.warn({ err: error.message }, "request refused for now"), reply.code(503).send({ error: vi.chat.handlerError }));
    request.log.error({ err: error }, "request failed");
    return reply.code(500).send({ error: vi.chat.handlerError });
  });

  if (deps.isDemo) {
    // DNS rebinding: a web page whose name is made to point at 127.0.0.1 reaches the demo from the
    // browser of whoever runs it, and could speak as anyone in the local chat (an officer's /web).
    // Its requests still name that page's host: the demo answers only to this machine's names.
    // A request a proxy marked as relayed (nginx on this machine, passing to 127.0.0.1) came from
    // elsewhere: a browser on this machine sends no such header.
    app.addHook("onRequest", async (request, reply) => {
      if (!isLoopbackHostHeader(request.headers.host) || PROXY_HEADERS.some((name) => request.headers[name] !== undefined)) return reply.code(403).send({ error: vi.chat.badRequest });
    });
  }
  app.register(healthRoutes, { checkDatabase: deps.checkDatabase });
  if (deps.telegram) app.register(telegramWebhookRoutes, deps.telegram);
  // Imported only when configured, like the rest of the Zalo platforms' code (create-zalo-channels.ts).
  const { zaloOa, zaloBot } = deps;
  if (zaloOa) app.register(async (scope) => scope.register((await import("./routes/zalo-oa-webhook.ts")).zaloOaWebhookRoutes, { ...zaloOa, dispatcher: deps.dispatcher }));
  if (zaloBot) app.register(async (scope) => scope.register((await import("./routes/zalo-bot-webhook.ts")).zaloBotWebhookRoutes, { ...zaloBot, dispatcher: deps.dispatcher }));
  app.register(fileLinkRoutes, { documents: deps.documents, links: deps.fileLinks });
  app.register(webRoutes, deps.web);
  // The local chat trusts the user id it is given: it must never be reachable on a real server.
  // Imported only in the demo, so a real server never loads its page nor @fastify/multipart and its
  // parser (issue #12: what the bot does not use costs it memory at idle all the same).
  if (deps.isDemo) {
    app.register(async (demo) => {
      const [{ localChatPageRoutes }, { localChatRoutes }] = await Promise.all([import("./routes/local-chat-page.ts"), import("./routes/local-chat.ts")]);
      await demo.register(localChatPageRoutes);
      await demo.register(localChatRoutes, { repos: deps.repos, dispatcher: deps.dispatcher, now: deps.now });
    });
  } else {
    app.register(productionHomeRoutes);
  }
  return app;
}
