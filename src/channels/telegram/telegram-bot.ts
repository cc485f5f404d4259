/**
 * The grammY bot: receives updates (webhooks through our route, long polling through our poller,
 * both calling `handleUpdate`) and hands each to our dispatcher behind an error boundary, so a
 * handler bug is logged and the webhook still answers 200 (a 500 would make Telegram redeliver
 * forever). Also sets the webhook and the Vietnamese command menu.
 */
import { Bot } from "grammy";
import type { TelegramBotIdentity } from "./parse-telegram-update.ts";
import { createTelegramPoller, type TelegramPoller } from "./telegram-poller.ts";

/** The command menu, with Vietnamese descriptions (the Vietnamese aliases are the menu's commands). */
export const TELEGRAM_COMMANDS = [
  { command: "baocao", description: "Bắt đầu hoặc tiếp tục báo cáo của đơn vị" },
  { command: "xem", description: "Xem lại các câu trả lời" },
  { command: "sua", description: "Sửa câu số N, ví dụ /sua 3" },
  { command: "them", description: "Thêm mục vào danh sách hoặc dòng vào bảng của câu số N, ví dụ /them 7" },
  { command: "boqua", description: "Bỏ qua câu không bắt buộc" },
  { command: "quaylai", description: "Quay lại câu trước" },
  { command: "nop", description: "Nộp báo cáo" },
  { command: "huy", description: "Hủy báo cáo đang làm" },
  { command: "vanban", description: "Gửi lại văn bản báo cáo đã nộp" },
  { command: "trogiup", description: "Xem hướng dẫn và các lệnh" },
];

export interface TelegramBotDeps {
  token: string;
  apiRoot: string;
  /** Parses and stores one update; must not throw for ordinary input. `me` names the bot (getMe). */
  onUpdate: (update: unknown, me: TelegramBotIdentity) => Promise<void> | void;
  logger: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
  /** Whether an error means the update was not stored (it must then not be acknowledged). */
  isUnstored?: (error: unknown) => boolean;
}

export interface TelegramBot {
  bot: Bot;
  /**
   * One update, as the webhook route or the poller received it. Throws only when it was not stored
   * (the route then answers 500 and Telegram sends it again; the poller tries it again). Both call
   * this directly: grammY's adapters and middleware would only make a Context we never read, at a
   * cost per update.
   */
  handleUpdate: (update: { update_id: number }) => Promise<void>;
}

export function createTelegramBot(deps: TelegramBotDeps): TelegramBot {
  // grammY waits 500 s for an answer by default: far past the outbox's lease. 45 s stays above a
  // long poll's 30 s and below the lease, so a hung call fails and is retried, never sent twice.
  const bot = new Bot(deps.token, { client: { apiRoot: deps.apiRoot, timeoutSeconds: 45 } });
  const handleUpdate = async (update: { update_id: number }) => {
    // Who the bot is comes from getMe (telegram-connection.ts). Until Telegram answered it, an update
    // is not taken: 503, and Telegram sends it again later. (Waiting for grammY's init, which asks
    // getMe until it answers, held every webhook open for as long as Telegram was out of reach.)
    if (!bot.isInited()) throw Object.assign(new Error("Telegram has not answered getMe yet: the update is left for Telegram to send again"), { statusCode: 503 });
    const me = bot.botInfo;
    try {
      await deps.onUpdate(update, { id: me.id, username: me.username, firstName: me.first_name });
    } catch (error) {
      deps.logger.error({ err: error, updateId: update.update_id }, "telegram update handler failed");
      // Not stored (the database failed): the webhook answers 500 and Telegram sends it again.
      if (deps.isUnstored?.(error)) throw error;
    }
  };
  return { bot, handleUpdate };
}

const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

/**
 * Sets the command menu, then the webhook (with our secret) or, without a public URL, starts
 * polling: the poller is returned, to be stopped before the database closes. The bot knows who it
 * is already (telegram-connection.ts asked getMe).
 */
export async function connectTelegram(
  telegram: TelegramBot,
  options: { webhookUrl?: string; secret: string; logger: TelegramBotDeps["logger"] },
): Promise<TelegramPoller | undefined> {
  const { bot } = telegram;
  await bot.api.setMyCommands(TELEGRAM_COMMANDS);
  if (options.webhookUrl) {
    await bot.api.setWebhook(options.webhookUrl, { secret_token: options.secret, allowed_updates: [...ALLOWED_UPDATES] });
    return undefined;
  }
  const poller = createTelegramPoller({ api: bot.api, handleUpdate: telegram.handleUpdate, logger: options.logger, allowedUpdates: ALLOWED_UPDATES });
  await poller.start();
  return poller;
}
