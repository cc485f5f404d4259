/**
 * A fake Telegram Bot API on 127.0.0.1 for tests. Every call is checked against api.json (unknown
 * methods, missing or unknown parameters, wrong types are refused with 400 and counted as
 * violations), recorded with its uploaded files, and answered with a result of the documented
 * shape. Tests can make the next calls fail with 429 (retry_after), 403, 5xx or a migration.
 * Files a user "sent" (addFile) are served as Telegram does: getFile gives a path, which downloads
 * from /file/bot<token>/<path>. Updates a test queues (queueUpdate) are given by getUpdates as
 * Telegram does: again and again until a call's offset is past them.
 */
import Fastify from "fastify";
import { parseMultipart } from "./multipart.ts";
import { findMethod, validateCall } from "./spec-validator.ts";

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  files: Record<string, { fileName: string; data: Buffer }>;
  /** Milliseconds on the clock the test gave the fake (a simulated clock in rate tests). */
  at: number;
  /** The message_id the fake answered with, for calls that send a message. */
  messageId?: number;
  /** Whether the fake answered this call with an injected failure. */
  failed?: boolean;
}

export type Failure =
  | { code: 429; retryAfter: number }
  | { code: 403; description?: string }
  | { code: 500 | 502 }
  | { code: 400; migrateToChatId: number };

export const BOT_USER = {
  id: 7000000001,
  is_bot: true,
  first_name: "Bot báo cáo",
  username: "bao_cao_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** Telegram's nominal limits, which the fake enforces when asked: 30 messages a second, 20 a minute per group. */
const GLOBAL_LIMIT = { count: 30, windowMs: 1000 };
const GROUP_LIMIT = { count: 20, windowMs: 60_000 };

export interface FakeTelegramOptions {
  token: string;
  /** The clock calls are recorded and limited on (a simulated one in rate tests). */
  clock?: () => number;
  /** Answer 429 past Telegram's limits, as Telegram does. */
  enforceLimits?: boolean;
  /** Answer each send this many ms late, so a process can be killed while a send is in flight. */
  sendDelayMs?: number;
  /**
   * How late the nth send (from 1) reaches the platform, in ms: Telegram counts a message when it
   * arrives, and a busy network or platform can make that arbitrarily later than its send.
   */
  receiveDelayMs?: (n: number) => number;
}

export async function startFakeTelegram(options: FakeTelegramOptions) {
  const calls: RecordedCall[] = [];
  /** Calls answered 429 because they went over Telegram's limits (with `enforceLimits`). */
  const rateLimited: RecordedCall[] = [];
  const violations: string[] = [];
  const failures: { method?: string; chatId?: string; after: number; failure: Failure }[] = [];
  let nextMessageId = 1000;
  let sendsReceived = 0;
  const clock = options.clock ?? (() => Date.now());
  /** Files users sent, by file_id: their bytes and the path getFile answers. */
  const userFiles = new Map<string, { data: Buffer; path: string }>();
  const downloads: string[] = [];
  /** HTTP statuses the next downloads answer with, one each, before files are served again. */
  const downloadFailures: number[] = [];
  /** Updates not yet confirmed by a getUpdates offset past them. */
  let pendingUpdates: { update_id: number }[] = [];

  const app = Fastify({ logger: false, bodyLimit: 60 * 1024 * 1024 });
  app.addContentTypeParser("multipart/form-data", { parseAs: "buffer" }, (_req, body, done) => done(null, body));
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.get<{ Params: { token: string; "*": string } }>("/file/bot:token/*", async (request, reply) => {
    if (request.params.token !== options.token) return reply.code(401).send({ ok: false, error_code: 401, description: "Unauthorized" });
    downloads.push(request.params["*"]);
    const failure = downloadFailures.shift();
    if (failure !== undefined) return reply.code(failure).send({ ok: false, error_code: failure, description: "injected failure" });
    const file = [...userFiles.values()].find((f) => f.path === request.params["*"]);
    if (!file) return reply.code(404).send({ ok: false, error_code: 404, description: "Not Found" });
    return reply.type("application/octet-stream").send(file.data);
  });

  app.all<{ Params: { token: string; method: string } }>("/bot:token/:method", async (request, reply) => {
    if (request.params.token !== options.token) return reply.code(401).send({ ok: false, error_code: 401, description: "Unauthorized" });
    let params: Record<string, unknown> = { ...(request.query as Record<string, unknown>) };
    let files: RecordedCall["files"] = {};
    const type = request.headers["content-type"] ?? "";
    if (type.startsWith("multipart/form-data")) {
      const parsed = parseMultipart(request.body as Buffer, type);
      params = { ...params, ...parsed.fields };
      files = parsed.files;
    } else if (request.body && typeof request.body === "object") params = { ...params, ...(request.body as Record<string, unknown>) };

    const method = findMethod(request.params.method);
    const problems = validateCall(request.params.method, params, new Set(Object.keys(files)));
    if (problems.length > 0) {
      violations.push(...problems);
      return reply.code(400).send({ ok: false, error_code: 400, description: `Bad Request: ${problems.join("; ")}` });
    }
    const name = method!.name;
    const text = typeof params.text === "string" ? params.text : undefined;
    if (name === "sendMessage" && (!text || text.length > 4096)) {
      violations.push(`sendMessage: text length ${text?.length ?? 0}`);
      return reply.code(400).send({ ok: false, error_code: 400, description: "Bad Request: message is too long" });
    }
    if (options.receiveDelayMs && (name === "sendMessage" || name === "sendDocument")) await new Promise((r) => setTimeout(r, options.receiveDelayMs!(++sendsReceived)));
    const call: RecordedCall = { method: name, params, files, at: clock() };
    const chatId = params.chat_id === undefined ? undefined : String(params.chat_id);
    if (options.enforceLimits && (name === "sendMessage" || name === "sendDocument")) {
      const wait = overLimit(call, chatId);
      if (wait > 0) {
        rateLimited.push(call);
        return reply.code(429).send(failureBody({ code: 429, retryAfter: Math.ceil(wait / 1000) }));
      }
    }
    calls.push(call);
    if (options.sendDelayMs && (name === "sendMessage" || name === "sendDocument")) await new Promise((r) => setTimeout(r, options.sendDelayMs));
    if (name === "getUpdates") {
      if (typeof params.offset === "number") pendingUpdates = pendingUpdates.filter((u) => u.update_id >= (params.offset as number));
      // Long polling waits on the real Bot API; answering at once would make a polling bot spin.
      if (pendingUpdates.length === 0 && params.timeout !== 0) await new Promise((r) => setTimeout(r, 200));
    }

    const failureAt = failures.findIndex((f) => (!f.method || f.method === name) && (!f.chatId || f.chatId === chatId) && f.after-- <= 0);
    if (failureAt >= 0) {
      const { failure } = failures.splice(failureAt, 1)[0]!;
      call.failed = true;
      return reply.code(failure.code).send(failureBody(failure));
    }
    if (name === "getFile") {
      const file = userFiles.get(String(params.file_id));
      if (!file) return reply.code(400).send({ ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
      return { ok: true, result: { file_id: params.file_id, file_unique_id: `u-${String(params.file_id)}`, file_size: file.data.length, file_path: file.path } };
    }
    const result = name === "getUpdates" ? pendingUpdates.slice(0, typeof params.limit === "number" ? params.limit : 100) : resultFor(name, params, files, () => nextMessageId++);
    if (typeof result === "object" && result !== null && "message_id" in result) call.messageId = (result as { message_id: number }).message_id;
    return { ok: true, result };
  });

  /** How long `call` would have to wait under Telegram's limits, counting the sends accepted so far (0: none). */
  const overLimit = (call: RecordedCall, chatId: string | undefined): number => {
    const accepted = calls.filter((c) => !c.failed && (c.method === "sendMessage" || c.method === "sendDocument"));
    const waitIn = (sends: RecordedCall[], limit: { count: number; windowMs: number }) => {
      const recent = sends.filter((c) => c.at > call.at - limit.windowMs);
      return recent.length < limit.count ? 0 : recent[recent.length - limit.count]!.at + limit.windowMs - call.at;
    };
    const group = chatId?.startsWith("-") ? waitIn(accepted.filter((c) => String(c.params.chat_id) === chatId), GROUP_LIMIT) : 0;
    return Math.max(waitIn(accepted, GLOBAL_LIMIT), group);
  };

  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    apiRoot: url,
    calls,
    violations,
    rateLimited,
    /** Makes the next matching call fail once (or the one after `after` matching calls). */
    failNext(failure: Failure, match: { method?: string; chatId?: string; after?: number } = {}) {
      failures.push({ ...match, after: match.after ?? 0, failure });
    },
    /** A file a user sends: the update names `fileId`; getFile and the download serve `data`. */
    addFile(fileId: string, data: Buffer, path = `photos/${fileId}.jpg`) {
      userFiles.set(fileId, { data, path });
    },
    /** An update for a polling bot: given by getUpdates until an offset past it confirms it. */
    queueUpdate(update: { update_id: number }) {
      pendingUpdates.push(update);
    },
    /** The queued updates no getUpdates offset has confirmed yet. */
    unconfirmedUpdates: () => pendingUpdates.map((u) => u.update_id),
    /** Makes the next file download answer `status` (once per call). */
    failNextDownload(status: number) {
      downloadFailures.push(status);
    },
    /** The file paths downloaded so far (failed downloads included). */
    downloads,
    callsOf(method: string) {
      return calls.filter((c) => c.method === method && !c.failed);
    },
    /** Successful sends (messages and documents) to one chat, in order. */
    sentTo(chatId: string | number) {
      return calls.filter((c) => (c.method === "sendMessage" || c.method === "sendDocument") && !c.failed && String(c.params.chat_id) === String(chatId));
    },
    close: () => app.close(),
  };
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;

function failureBody(failure: Failure) {
  switch (failure.code) {
    case 429:
      return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${failure.retryAfter}`, parameters: { retry_after: failure.retryAfter } };
    case 403:
      return { ok: false, error_code: 403, description: failure.description ?? "Forbidden: bot was kicked from the group chat" };
    case 400:
      return { ok: false, error_code: 400, description: "Bad Request: group chat was upgraded to a supergroup chat", parameters: { migrate_to_chat_id: failure.migrateToChatId } };
    default:
      return { ok: false, error_code: failure.code, description: "Internal Server Error" };
  }
}

function resultFor(method: string, params: Record<string, unknown>, files: RecordedCall["files"], messageId: () => number): unknown {
  const chatId = Number(params.chat_id);
  const message = { message_id: messageId(), date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: chatId < 0 ? "supergroup" : "private", title: "Nhóm" }, from: BOT_USER };
  switch (method) {
    case "getMe":
      return BOT_USER;
    case "sendMessage":
      return { ...message, text: params.text };
    case "sendDocument": {
      const attached = typeof params.document === "string" && params.document.startsWith("attach://") ? files[params.document.slice(9)] : undefined;
      return { ...message, document: { file_id: `file-${message.message_id}`, file_unique_id: `u${message.message_id}`, file_name: attached?.fileName, file_size: attached?.data.length } };
    }
    case "getUpdates":
      return [];
    case "getWebhookInfo":
      return { url: "", has_custom_certificate: false, pending_update_count: 0 };
    default:
      return true;
  }
}
