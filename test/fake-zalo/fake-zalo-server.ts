/**
 * Fake Zalo servers on 127.0.0.1 for tests, reproducing the documented request and response shapes:
 * - OAuth v4 token refresh: single-use refresh tokens that rotate, valid 90 days; a spent or
 *   expired one is refused (-14014).
 * - OA Open API: access_token header (expired or unknown: -216), group and 1:1 messages (text at
 *   most 2000, file attachments by upload token), file upload (at most 5,000,000 bytes: -210),
 *   injected errors.
 * - Zalo Bot API: /bot<token>/<method> with {ok, result}; sendMessage text 1-2000; setWebhook and
 *   deleteWebhook; getUpdates long polling (one update per call, 408 when none came in time, refused
 *   while a webhook is set), with injected errors.
 * - A media CDN: images users sent (addMedia), served at public URLs without a token, as Zalo's are.
 * Every call is recorded; shape violations are answered with an error and counted.
 */
import Fastify from "fastify";
import { parseMultipart } from "../fake-telegram/multipart.ts";
import { createUpdateQueue } from "./fake-update-queue.ts";

export interface ZaloCall {
  api: "oauth" | "oa" | "bot";
  path: string;
  body: Record<string, unknown>;
  headers: Record<string, unknown>;
  files?: Record<string, { fileName: string; data: Buffer }>;
  failed?: boolean;
}

export const OA_APP_ID = "2553928453557884079";
export const OA_APP_SECRET = "app-secret-xyz";
export const OA_SECRET_KEY = "oa-webhook-key-abc";
export const ZALO_BOT_TOKEN = "1459232241454765289:bot-token-abc";
/** Zalo's upload limit ("5 MB"), as the bot reads it. */
export const FAKE_MAX_UPLOAD_BYTES = 5_000_000;

export async function startFakeZalo(options: { clock?: () => number; maxPollWaitMs?: number } = {}) {
  const clock = options.clock ?? (() => Date.now());
  // A real getUpdates waits up to `timeout` seconds; tests need no such wait for an empty queue.
  const maxPollWaitMs = options.maxPollWaitMs ?? 200;
  const calls: ZaloCall[] = [];
  const violations: string[] = [];
  const uploads = new Map<string, { fileName: string; size: number }>();
  const oaFailures: number[] = [];
  let generation = 1;
  let accessToken = "at-1";
  let refreshToken = "rt-1";
  let accessExpiresAt = clock() + 25 * 3600 * 1000;
  /** Zalo's refresh tokens last about 3 months: an OA that never refreshes loses its pair. */
  let refreshExpiresAt = clock() + 90 * 24 * 3600 * 1000;
  let nextId = 1;
  const refreshes: string[] = [];
  let webhookUrl = "";
  const botUpdates = createUpdateQueue();
  const botFailures: number[] = [];
  const webhookFailures: number[] = [];
  const oauthOutages: number[] = [];

  // close() cuts every connection: a long poll the client abandoned must not keep it waiting.
  const app = Fastify({ logger: false, bodyLimit: 20 * 1024 * 1024, forceCloseConnections: true });
  app.addContentTypeParser("multipart/form-data", { parseAs: "buffer" }, (_req, body, done) => done(null, body));
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))));

  const media = new Map<string, Buffer>();
  const mediaFetches: string[] = [];
  app.get<{ Params: { name: string } }>("/media/:name", async (request, reply) => {
    mediaFetches.push(request.params.name);
    const data = media.get(request.params.name);
    if (!data) return reply.code(404).send("Not Found");
    return reply.type("image/jpeg").send(data);
  });

  app.post("/v4/oa/access_token", async (request, reply) => {
    const body = request.body as Record<string, string>;
    const call: ZaloCall = { api: "oauth", path: "v4/oa/access_token", body, headers: request.headers };
    calls.push(call);
    // A gateway's page instead of Zalo's answer (an outage of the OAuth server).
    const outage = oauthOutages.shift();
    if (outage !== undefined) return ((call.failed = true), reply.code(outage).type("text/html").send("<html><body>Bad Gateway</body></html>"));
    refreshes.push(body.refresh_token ?? "");
    if (request.headers.secret_key !== OA_APP_SECRET || body.app_id !== OA_APP_ID || body.grant_type !== "refresh_token") {
      call.failed = true;
      return { error: -14002, error_name: "invalid_client", message: "Invalid app" };
    }
    if (body.refresh_token !== refreshToken || clock() > refreshExpiresAt) {
      call.failed = true;
      return { error: -14014, error_name: "invalid_grant", message: "Invalid refresh token" };
    }
    generation++;
    accessToken = `at-${generation}`;
    refreshToken = `rt-${generation}`;
    accessExpiresAt = clock() + 90_000 * 1000;
    refreshExpiresAt = clock() + 90 * 24 * 3600 * 1000;
    return { access_token: accessToken, refresh_token: refreshToken, expires_in: "90000" };
  });

  const oaGuard = (headers: Record<string, unknown>) => {
    if (headers.access_token !== accessToken || clock() >= accessExpiresAt) return { error: -216, message: "Access token is invalid" };
    const failure = oaFailures.shift();
    return failure === undefined ? undefined : { error: failure, message: `injected error ${failure}` };
  };

  app.post("/v2.0/oa/upload/file", async (request) => {
    const parsed = parseMultipart(request.body as Buffer, String(request.headers["content-type"]));
    const call: ZaloCall = { api: "oa", path: "v2.0/oa/upload/file", body: parsed.fields, headers: request.headers, files: parsed.files };
    calls.push(call);
    const refused = oaGuard(request.headers);
    if (refused) return ((call.failed = true), refused);
    const file = parsed.files.file;
    if (!file) return ((call.failed = true), violations.push("upload/file without a file part"), { error: -201, message: "Parameter is invalid" });
    if (file.data.length > FAKE_MAX_UPLOAD_BYTES) return ((call.failed = true), { error: -210, message: "File size exceeds limit" });
    const token = `file-token-${nextId++}`;
    uploads.set(token, { fileName: file.fileName, size: file.data.length });
    return { error: 0, message: "Success", data: { token } };
  });

  for (const path of ["v3.0/oa/group/message", "v3.0/oa/message/cs"]) {
    app.post(`/${path}`, async (request) => {
      const body = request.body as { recipient?: Record<string, unknown>; message?: { text?: unknown; attachment?: { type?: string; payload?: { token?: string } } } };
      const call: ZaloCall = { api: "oa", path, body: body as Record<string, unknown>, headers: request.headers };
      calls.push(call);
      const refused = oaGuard(request.headers);
      if (refused) return ((call.failed = true), refused);
      const problems = checkOaMessage(path, body, uploads);
      if (problems.length > 0) {
        violations.push(...problems);
        call.failed = true;
        return { error: -201, message: problems.join("; ") };
      }
      return { error: 0, message: "Success", data: { message_id: `oa-msg-${nextId++}` } };
    });
  }

  app.post<{ Params: { token: string; method: string } }>("/bot:token/:method", async (request) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const call: ZaloCall = { api: "bot", path: request.params.method, body, headers: request.headers };
    calls.push(call);
    if (request.params.token !== ZALO_BOT_TOKEN) return ((call.failed = true), { ok: false, error_code: 401, description: "Unauthorized" });
    switch (request.params.method) {
      case "getMe":
        return { ok: true, result: { id: "1459232241454765289", account_name: "bot.test", account_type: "BASIC", can_join_groups: true } };
      case "setWebhook": {
        const failure = webhookFailures.shift();
        if (failure !== undefined) return ((call.failed = true), { ok: false, error_code: failure, description: `injected error ${failure}` });
        if (typeof body.url !== "string" || !body.url.startsWith("https://") || typeof body.secret_token !== "string" || body.secret_token.length < 8) {
          violations.push("setWebhook needs an https url and an 8-256 character secret_token");
          return ((call.failed = true), { ok: false, error_code: 400, description: "Bad request" });
        }
        webhookUrl = body.url;
        return { ok: true, result: { url: body.url, updated_at: clock() } };
      }
      case "deleteWebhook":
        webhookUrl = "";
        return { ok: true, result: { url: "", updated_at: clock() } };
      case "getUpdates": {
        const failure = botFailures.shift();
        if (failure !== undefined) return ((call.failed = true), { ok: false, error_code: failure, description: `injected error ${failure}` });
        if (webhookUrl) {
          violations.push("getUpdates while a webhook is set");
          return ((call.failed = true), { ok: false, error_code: 400, description: "Webhook is set" });
        }
        const timeoutSec = Number(body.timeout ?? 0);
        if (!Number.isFinite(timeoutSec) || timeoutSec <= 0) violations.push(`getUpdates: bad timeout ${JSON.stringify(body.timeout)}`);
        const update = await botUpdates.next(Math.min(timeoutSec * 1000, maxPollWaitMs));
        if (update === undefined) return { ok: false, error_code: 408, description: "Request timeout" };
        return { ok: true, result: update };
      }
      case "sendMessage": {
        const text = body.text;
        if (typeof body.chat_id !== "string" || typeof text !== "string" || text.length < 1 || text.length > 2000 || Object.keys(body).some((k) => !["chat_id", "text"].includes(k))) {
          violations.push(`sendMessage: bad body ${JSON.stringify(body).slice(0, 80)}`);
          return ((call.failed = true), { ok: false, error_code: 400, description: "Bad request" });
        }
        return { ok: true, result: { message_id: `bot-msg-${nextId++}`, date: clock() } };
      }
      default:
        violations.push(`unknown bot method ${request.params.method}`);
        return ((call.failed = true), { ok: false, error_code: 404, description: "Not found" });
    }
  });

  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    /** An image a user sent: its bytes served at the URL returned (as Zalo's photo_url or attachment url). */
    addMedia: (name: string, data: Buffer) => {
      media.set(name, data);
      return `${url}/media/${encodeURIComponent(name)}`;
    },
    mediaFetches,
    url,
    calls,
    violations,
    uploads,
    refreshes,
    /** The pair the fake currently accepts. */
    tokens: () => ({ accessToken, refreshToken }),
    /** Makes the current access token expire now (the next OA call answers -216). */
    expireAccessToken: () => {
      accessExpiresAt = clock();
    },
    /** The next OA API call answers this error code (e.g. -32 rate limit, -237 group disabled). */
    failNextOa: (code: number) => oaFailures.push(code),
    /** Successful OA sends to one recipient id, in order. */
    oaSentTo: (id: string) => calls.filter((c) => c.api === "oa" && c.path.includes("message") && !c.failed && JSON.stringify(c.body.recipient).includes(`"${id}"`)),
    botSentTo: (chatId: string) => calls.filter((c) => c.api === "bot" && c.path === "sendMessage" && !c.failed && c.body.chat_id === chatId),
    /** Declares the current refresh token dead: the next refresh answers -14014, as Zalo does. */
    failNextRefreshes: (...httpStatuses: number[]) => oauthOutages.push(...httpStatuses),
    killRefreshToken: () => {
      refreshToken = `dead-${refreshToken}`;
    },
    /** An update for the bot's getUpdates: handed to a waiting poll, or queued for the next one. */
    pushBotUpdate: (update: unknown) => botUpdates.push(update),
    /** The next getUpdates calls answer these error codes, in order. */
    failNextPolls: (...codes: number[]) => botFailures.push(...codes),
    failNextWebhooks: (...codes: number[]) => webhookFailures.push(...codes),
    /** The webhook URL currently set ("" when none). */
    webhookUrl: () => webhookUrl,
    close: async () => {
      botUpdates.release();
      await app.close();
    },
  };
}

export type FakeZalo = Awaited<ReturnType<typeof startFakeZalo>>;

function checkOaMessage(path: string, body: { recipient?: Record<string, unknown>; message?: { text?: unknown; attachment?: { type?: string; payload?: { token?: string } } } }, uploads: Map<string, unknown>): string[] {
  const problems: string[] = [];
  const key = path.includes("group") ? "group_id" : "user_id";
  if (typeof body.recipient?.[key] !== "string") problems.push(`${path}: recipient.${key} missing`);
  const message = body.message;
  if (!message) return [...problems, `${path}: message missing`];
  if (message.text !== undefined) {
    if (typeof message.text !== "string" || message.text.length === 0 || message.text.length > 2000) problems.push(`${path}: text must be 1-2000 characters`);
  } else if (message.attachment) {
    if (message.attachment.type !== "file" || !uploads.has(message.attachment.payload?.token ?? "")) problems.push(`${path}: attachment must be a file with an uploaded token`);
  } else problems.push(`${path}: message needs text or attachment`);
  return problems;
}
