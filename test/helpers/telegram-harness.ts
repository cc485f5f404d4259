/**
 * A Telegram test bed: the fake Bot API on 127.0.0.1, the real application configured with a token
 * pointing at it, a Telegram group bound to the demo's Liên Châu school and a Telegram officers'
 * group, and builders for the updates Telegram would send (each checked against api.json).
 */
import { afterEach, expect } from "vitest";
import { BOT_USER, type FakeTelegram, startFakeTelegram } from "../fake-telegram/fake-telegram-server.ts";
import { validateUpdate } from "../fake-telegram/spec-validator.ts";
import { buildTestApp } from "./build-test-app.ts";

export const TOKEN = "123456:TEST-token_abc";
export const SECRET = "webhook-secret_123";
export const GROUP = -1001234567890;
export const OFFICERS_GROUP = -1009876543210;
export interface TelegramUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
}
export const ANH: TelegramUser = { id: 501, is_bot: false, first_name: "Lan", last_name: "Anh" };
export const BINH: TelegramUser = { id: 502, is_bot: false, first_name: "Bình" };

/**
 * `stepMs`: how far the simulated clock moves before each update, so Telegram's per-group limit
 * (20 a minute) paces the replies as it would in a real group, without real waiting.
 */
export async function startTelegramHarness(options: { databasePath?: string; stepMs?: number; startAt?: number } = {}) {
  let now = options.startAt ?? Date.parse("2026-10-08T03:15:00Z");
  const clock = () => now;
  const stepMs = options.stepMs ?? 10_000;
  // The fake answers 429 past Telegram's limits, as Telegram does: every test shows we stay under them.
  const fake = await startFakeTelegram({ token: TOKEN, clock, enforceLimits: true });
  const server = await buildTestApp({
    databasePath: options.databasePath,
    now: () => new Date(clock()),
    demo: true,
    env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.apiRoot },
  });
  const { directory } = server.repos;
  if (!(await directory.findChat("telegram", String(GROUP)))) {
    await directory.insertChat({ channel: "telegram", externalId: String(GROUP), title: "Tổ báo cáo TH Liên Châu", kind: "unit", unitId: 1 });
    await directory.insertChat({ channel: "telegram", externalId: String(OFFICERS_GROUP), title: "Cán bộ phường", kind: "officers" });
  }
  let updateId = 10_000;
  let messageId = 1;

  /** Posts an update to the webhook as Telegram would, then waits for what it queued to be sent. */
  const deliver = async (update: Record<string, unknown>, headers: Record<string, string> = { "x-telegram-bot-api-secret-token": SECRET }) => {
    expect(validateUpdate(update), "test update must match api.json").toEqual([]);
    now += stepMs;
    const response = await server.app.inject({ method: "POST", url: "/webhooks/telegram", payload: update, headers });
    await server.dispatcher.settled();
    await flush();
    return response;
  };

  /** Sends whatever is due now (rows the rate limit held back earlier). */
  const flush = async () => {
    while ((await server.outboxWorker.deliver()) > 0);
  };

  /** Moves the simulated clock and sends what has become due. */
  const advance = async (ms: number) => {
    now += ms;
    await flush();
  };

  const chat = (id: number) => (id < 0 ? { id, type: "supergroup", title: "Nhóm" } : { id, type: "private", first_name: "Lan" });

  const updates = {
    text(from: TelegramUser, text: string, options: { chatId?: number; replyTo?: number; messageId?: number } = {}) {
      const id = options.messageId ?? messageId++;
      const message: Record<string, unknown> = { message_id: id, date: Math.floor(clock() / 1000), chat: chat(options.chatId ?? GROUP), from, text };
      if (text.startsWith("/")) message.entities = [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }];
      if (options.replyTo !== undefined) {
        // A reply to one of the bot's messages (its questions), as Telegram shows it: with its author.
        message.reply_to_message = { message_id: options.replyTo, date: Math.floor(clock() / 1000), chat: chat(options.chatId ?? GROUP), from: BOT_USER, text: "…" };
      }
      return { update_id: updateId++, message };
    },
    edited(from: TelegramUser, text: string, editedMessageId: number, chatId = GROUP) {
      return {
        update_id: updateId++,
        edited_message: { message_id: editedMessageId, date: Math.floor(clock() / 1000) - 5, edit_date: Math.floor(clock() / 1000), chat: chat(chatId), from, text },
      };
    },
    /** A press on button `index` of the bot message `sent` (a recorded sendMessage). */
    callback(from: TelegramUser, sent: { messageId?: number; params: Record<string, unknown> }, index: number) {
      const markup = typeof sent.params.reply_markup === "string" ? JSON.parse(sent.params.reply_markup) : sent.params.reply_markup;
      return {
        update_id: updateId++,
        callback_query: {
          id: `cb-${updateId}`,
          from,
          chat_instance: "ci-1",
          data: `c:${index}`,
          message: { message_id: sent.messageId, date: Math.floor(clock() / 1000), chat: chat(Number(sent.params.chat_id)), text: sent.params.text, reply_markup: markup },
        },
      };
    },
    membership(chatId: number, oldStatus: string, newStatus: string) {
      const bot = { id: 7000000001, is_bot: true, first_name: "Bot báo cáo", username: "bao_cao_test_bot" };
      const member = (status: string) => (status === "kicked" ? { status, user: bot, until_date: 0 } : { status, user: bot });
      return {
        update_id: updateId++,
        my_chat_member: { chat: chat(chatId), from: ANH, date: Math.floor(clock() / 1000), old_chat_member: member(oldStatus), new_chat_member: member(newStatus) },
      };
    },
    migrated(fromChatId: number, toChatId: number) {
      return {
        update_id: updateId++,
        message: { message_id: messageId++, date: Math.floor(clock() / 1000), chat: { id: fromChatId, type: "group", title: "Nhóm" }, from: ANH, migrate_to_chat_id: toChatId },
      };
    },
  };

  return {
    fake,
    server,
    deliver,
    advance,
    clock,
    updates,
    /** The last successful sendMessage to a chat. */
    lastMessage(chatId: number = GROUP) {
      const sent = fake.sentTo(chatId).filter((c) => c.method === "sendMessage");
      return sent.at(-1)!;
    },
    async close() {
      await server.close();
      await fake.close();
    },
  };
}

export type TelegramHarness = Awaited<ReturnType<typeof startTelegramHarness>>;
export type { FakeTelegram };

/** For tests that start harnesses (restarts included): all are closed after each test. */
export function useTelegramHarnesses() {
  let harnesses: TelegramHarness[] = [];
  afterEach(async () => {
    for (const t of harnesses) await t.close();
    harnesses = [];
  });
  return {
    async start(options?: Parameters<typeof startTelegramHarness>[0]): Promise<TelegramHarness> {
      const t = await startTelegramHarness(options);
      harnesses.push(t);
      return t;
    },
    /** Closes one harness now (the process "dies" mid-test). */
    async stop(t: TelegramHarness): Promise<void> {
      harnesses = harnesses.filter((h) => h !== t);
      await t.close();
    },
  };
}
