/**
 * A Zalo test bed: the fake Zalo servers, the real application configured for Zalo OA and Zalo Bot
 * against them (its log recorded), an OA group and a Zalo Bot group bound to the demo's Liên Châu
 * school, and builders of the webhook calls Zalo would make (the OA ones signed as Zalo signs them).
 */
import type { FastifyBaseLogger } from "fastify";
import { zaloSignature } from "../../src/channels/zalo-oa/verify-zalo-signature.ts";
import { createConfig } from "../../src/config.ts";
import { createApplication } from "../../src/create-application.ts";
import { OA_APP_ID, OA_APP_SECRET, OA_SECRET_KEY, startFakeZalo, ZALO_BOT_TOKEN } from "../fake-zalo/fake-zalo-server.ts";
import { testDatabaseSettings } from "./test-database.ts";

export const OA_GROUP = "f414c8f76fa586fbdfb4";
export const BOT_GROUP = "6ede9afa66b88fe6d6a9";
export const BOT_SECRET = "zalo-bot-secret-123";
export const MEMBER_A = { id: "6142494823000000001", name: "Lan Anh" };
export const MEMBER_B = { id: "6142494823000000002", name: "Bình" };
/** How members mention the OA and the bot in groups (ZALO_OA_NAME, ZALO_BOT_NAME). */
export const OA_NAME = "Phường Nam Triệu";
export const BOT_NAME = "Bot Báo Cáo";

/** One line the application logged. */
export interface LogLine {
  level: "info" | "warn" | "error";
  msg: string;
  obj: object;
}

export interface ZaloHarnessOptions {
  databasePath?: string;
  /** Settings over the defaults below; "" removes one. */
  env?: Record<string, string>;
  httpLogger?: FastifyBaseLogger;
  /** Where the simulated clock starts. */
  startAt?: number;
}

export async function startZaloHarness(options: ZaloHarnessOptions = {}) {
  let now = options.startAt ?? Date.parse("2026-10-08T03:15:00Z");
  const clock = () => now;
  const fake = await startFakeZalo({ clock });
  const logs: LogLine[] = [];
  const record = (level: LogLine["level"]) => (obj: object | string, msg?: string) =>
    void logs.push(typeof obj === "string" ? { level, msg: obj, obj: {} } : { level, msg: msg ?? "", obj });
  const database = await testDatabaseSettings(options.databasePath);
  const result = createConfig({
    DATABASE_PATH: database.databasePath,
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    ZALO_OA_APP_ID: OA_APP_ID,
    ZALO_OA_SECRET_KEY: OA_SECRET_KEY,
    ZALO_APP_SECRET: OA_APP_SECRET,
    ZALO_OA_ACCESS_TOKEN: fake.tokens().accessToken,
    ZALO_OA_REFRESH_TOKEN: fake.tokens().refreshToken,
    ZALO_OA_API_ROOT: fake.url,
    ZALO_OAUTH_ROOT: fake.url,
    ZALO_OA_NAME: OA_NAME,
    ZALO_BOT_TOKEN,
    ZALO_BOT_WEBHOOK_SECRET: BOT_SECRET,
    ZALO_BOT_API_ROOT: fake.url,
    ZALO_BOT_NAME: BOT_NAME,
    ...options.env,
  });
  if (!result.ok) throw new Error(result.errors.join("; "));
  // The demo is seeded (its units and campaign) even though platform tokens are set.
  const application = await createApplication({
    config: { ...result.config, isDemo: true },
    logger: { info: record("info"), warn: record("warn"), error: record("error") },
    now: () => new Date(clock()),
    publicUrl: () => "http://127.0.0.1:3000",
    httpLogger: options.httpLogger,
  });
  const server = { ...application, close: () => application.stop() };
  const { directory } = server.repos;
  if (!(await directory.findChat("zalo-oa", `group:${OA_GROUP}`))) {
    await directory.insertChat({ channel: "zalo-oa", externalId: `group:${OA_GROUP}`, title: "Nhóm Zalo TH Liên Châu", kind: "unit", unitId: 1 });
    await directory.insertChat({ channel: "zalo-bot", externalId: BOT_GROUP, title: "Nhóm Zalo Bot TH Liên Châu", kind: "unit", unitId: 1 });
  }
  let messageNumber = 1;

  const settle = async () => {
    await server.dispatcher.settled();
    while ((await server.outboxWorker.deliver()) > 0);
  };

  /** A Zalo OA webhook call as Zalo makes it: the raw JSON body and its signature. */
  const postOa = async (event: Record<string, unknown>, signature?: string) => {
    now += 5_000;
    const raw = JSON.stringify(event);
    const header = signature ?? `mac=${zaloSignature(OA_APP_ID, raw, String(event.timestamp ?? ""), OA_SECRET_KEY)}`;
    const response = await server.app.inject({ method: "POST", url: "/webhooks/zalo-oa", headers: { "content-type": "application/json", "x-zevent-signature": header }, payload: raw });
    await settle();
    return response;
  };

  const oaEvents = {
    /** A group image (GMF): the attachment's URL, and the text Zalo sends with it as the caption. */
    groupImage(member: { id: string; name: string }, url: string, caption?: string) {
      return {
        event_name: "user_send_group_image",
        app_id: OA_APP_ID,
        oa_id: "3662729599332560487",
        sender: { id: member.id, display_name: member.name },
        recipient: { id: OA_GROUP },
        message: { msg_id: `m${messageNumber++}`, ...(caption ? { text: caption } : {}), attachments: [{ type: "image", payload: { url, thumbnail: url } }] },
        timestamp: String(clock()),
      };
    },
    groupText(member: { id: string; name: string }, text: string, msgId = `m${messageNumber++}`) {
      return {
        event_name: "user_send_group_text",
        app_id: OA_APP_ID,
        oa_id: "3662729599332560487",
        sender: { id: member.id, display_name: member.name },
        recipient: { id: OA_GROUP },
        message: { msg_id: msgId, text },
        timestamp: String(clock()),
        user_id_by_app: "979122185046046317",
      };
    },
    userText(member: { id: string; name: string }, text: string) {
      return {
        event_name: "user_send_text",
        app_id: OA_APP_ID,
        sender: { id: member.id },
        recipient: { id: "3662729599332560487" },
        message: { text, msg_id: `m${messageNumber++}` },
        timestamp: String(clock()),
      };
    },
  };

  /** A Zalo Bot webhook call: flat by default, or wrapped in {ok, result} as in Zalo's docs. */
  const postBot = async (body: unknown, options: { secret?: string | null; wrapped?: boolean } = {}) => {
    now += 5_000;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (options.secret !== null) headers["x-bot-api-secret-token"] = options.secret ?? BOT_SECRET;
    const payload = options.wrapped ? { ok: true, result: body } : body;
    const response = await server.app.inject({ method: "POST", url: "/webhooks/zalo-bot", headers, payload: typeof payload === "string" ? payload : JSON.stringify(payload) });
    await settle();
    return response;
  };

  const botEvents = {
    text(member: { id: string; name: string }, text: string, chatId = BOT_GROUP) {
      return {
        event_name: "message.text.received",
        message: { date: clock(), chat: { chat_type: "GROUP", id: chatId }, message_id: `b${messageNumber++}`, from: { id: member.id, is_bot: false, display_name: member.name }, text },
      };
    },
    /** An image: its public URL (on the fake's CDN, see fake.addMedia) and an optional caption. */
    photo(member: { id: string; name: string }, photoUrl: string, caption?: string, chatId = BOT_GROUP) {
      return {
        event_name: "message.image.received",
        message: {
          date: clock(),
          chat: { chat_type: "GROUP", id: chatId },
          message_id: `b${messageNumber++}`,
          from: { id: member.id, is_bot: false, display_name: member.name },
          photo_url: photoUrl,
          ...(caption ? { caption } : {}),
          message_type: "CHAT_PHOTO",
        },
      };
    },
    voice(member: { id: string; name: string }, chatId = BOT_GROUP) {
      return {
        event_name: "message.voice.received",
        message: { date: clock(), chat: { chat_type: "GROUP", id: chatId }, message_id: `b${messageNumber++}`, from: { id: member.id, is_bot: false, display_name: member.name }, voice_url: "https://voice.example/x.aac", message_type: "CHAT_VOICE" },
      };
    },
  };

  return {
    fake,
    server,
    clock,
    /** What the application logged, in order. */
    logs,
    advance: async (ms: number) => {
      now += ms;
      await settle();
    },
    postOa,
    oaEvents,
    postBot,
    botEvents,
    async close() {
      await server.close();
      await fake.close();
    },
  };
}

export type ZaloHarness = Awaited<ReturnType<typeof startZaloHarness>>;
