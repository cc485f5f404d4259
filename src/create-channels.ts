/**
 * The platforms' part of the wiring: the local web chat (demo only), Telegram's bot, channel and
 * file fetcher, and the Zalo platforms (create-zalo-channels.ts, imported only when configured),
 * with the hint that names each group's bot. create-application.ts makes the rest around them.
 */
import type { Bot } from "grammy";
import type { Channel, ChannelName } from "./channels/channel.ts";
import { createLocalChannel } from "./channels/local/local-channel.ts";
import { parseTelegramUpdate } from "./channels/telegram/parse-telegram-update.ts";
import { createTelegramBot, type TelegramBot } from "./channels/telegram/telegram-bot.ts";
import { createTelegramChannel } from "./channels/telegram/telegram-channel.ts";
import { createTelegramFileFetcher } from "./channels/telegram/telegram-file-fetcher.ts";
import type { ZaloChannelsDeps } from "./create-zalo-channels.ts";
import { isStorageFailure } from "./db/storage-failure.ts";
import { fetchByUrl, type FileFetcher } from "./files/fetch-inbound-file.ts";
import { vi } from "./sentences/vi.ts";

/** What the channels need, Telegram's as the Zalo platforms': documents, their links, and where updates go. */
export type ChannelsDeps = ZaloChannelsDeps;

export async function createChannels(deps: ChannelsDeps) {
  const { config, repos, logger } = deps;
  // The local web chat exists only in the demo; in production nothing can post as a user id it names.
  const channels: Partial<Record<string, Channel>> = config.isDemo
    ? { local: createLocalChannel({ localMessages: repos.localMessages, documentUrl: deps.documentUrl }) }
    : {};
  // How each platform's files are fetched: Zalo's come as URLs, Telegram's as file ids.
  const fileFetchers: Partial<Record<ChannelName, FileFetcher>> = { "zalo-bot": fetchByUrl, "zalo-oa": fetchByUrl };
  let telegram: TelegramBot | undefined;
  if (config.telegram) {
    telegram = createTelegramBot({
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      logger,
      onUpdate: async (update, me) => void (await deps.dispatch(parseTelegramUpdate(update, me))),
      isUnstored: isStorageFailure,
    });
    channels.telegram = createTelegramChannel({ api: telegram.bot.api, loadDocument: deps.loadDocument, documentUrl: deps.documentUrl });
    fileFetchers.telegram = createTelegramFileFetcher({ api: telegram.bot.api, token: config.telegram.token, apiRoot: config.telegram.apiRoot });
  }
  const bot: Bot | undefined = telegram?.bot;
  // Imported only when a Zalo platform is configured: a bot on Telegram alone does not carry its code.
  const zalo = config.zaloOa || config.zaloBot ? await (await import("./create-zalo-channels.ts")).createZaloChannels(deps) : undefined;
  Object.assign(channels, zalo?.channels);
  const zaloBot = zalo?.bot;
  const groupAnswerHint = (channel: string): string | undefined => {
    if (channel === "telegram" && bot?.isInited()) return vi.chat.telegramGroupHowToAnswer(bot.botInfo.username);
    const zaloBotName = channel === "zalo-bot" ? zaloBot?.names()[0] : undefined;
    return zaloBotName ? vi.chat.zaloGroupHowToAnswer(zaloBotName) : undefined;
  };
  return { channels, fileFetchers, telegram, bot, zaloOaTokenKeeper: zalo?.oaTokenKeeper, zaloBot, zaloBotRoute: zalo?.botRoute, groupAnswerHint };
}
