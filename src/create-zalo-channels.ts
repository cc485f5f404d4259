/**
 * The Zalo platforms' part of the wiring (the Official Account and the Zalo Bot: clients, token
 * keeper, channels, the bot's runtime). create-channels.ts imports it only when one of them is
 * configured, so a bot on Telegram alone does not load their code (issue #12, idle memory).
 */
import type { Channel, ChannelEvent } from "./channels/channel.ts";
import { parseZaloBotUpdate } from "./channels/zalo-bot/parse-zalo-bot-update.ts";
import { createZaloBotChannel } from "./channels/zalo-bot/zalo-bot-channel.ts";
import { createZaloBotClient } from "./channels/zalo-bot/zalo-bot-client.ts";
import { createZaloBotRuntime } from "./channels/zalo-bot/zalo-bot-runtime.ts";
import { createZaloOaChannel } from "./channels/zalo-oa/zalo-oa-channel.ts";
import { createZaloOaClient } from "./channels/zalo-oa/zalo-oa-client.ts";
import { createZaloOaDeadTokenHandler } from "./channels/zalo-oa/zalo-oa-dead-token.ts";
import { createZaloOaTokenKeeper, type ZaloOaTokenKeeper } from "./channels/zalo-oa/zalo-oa-token-keeper.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./create-application.ts";
import { createOAuthTokenStore } from "./db/oauth-token-store.ts";
import type { Repositories } from "./db/repositories.ts";
import type { RenderedDocument } from "./documents/document-service.ts";
import type { ZaloBotWebhookOptions } from "./server/routes/zalo-bot-webhook.ts";

export interface ZaloChannelsDeps {
  config: Config;
  repos: Repositories;
  logger: Logger;
  now: () => number;
  /** A stored document's bytes, for the OA's file upload. */
  loadDocument: (documentId: number) => Promise<RenderedDocument | undefined>;
  /** A document's signed link, for the Zalo Bot (it cannot upload files). */
  documentUrl: (documentId: number) => string;
  /** Where a Zalo Bot update goes once parsed: the inbound dispatcher, made after the channels. */
  dispatch: (event: ChannelEvent) => Promise<unknown>;
}

export async function createZaloChannels(deps: ZaloChannelsDeps) {
  const { config, repos, logger, now } = deps;
  const channels: Partial<Record<"zalo-oa" | "zalo-bot", Channel>> = {};
  let oaTokenKeeper: ZaloOaTokenKeeper | undefined;
  if (config.zaloOa) {
    const oa = config.zaloOa;
    // The environment's pair only seeds the database: later pairs (rotated by refreshes) live there.
    if (!(await repos.settings.loadTokens("zalo-oa"))) {
      await repos.settings.saveTokens("zalo-oa", { accessToken: oa.accessToken, refreshToken: oa.refreshToken, expiresAt: now() + 60 * 60 * 1000 }, now());
    }
    const tokens = createOAuthTokenStore(repos, "zalo-oa", now);
    const onRefreshTokenDead = createZaloOaDeadTokenHandler({ repos, now, logger });
    const client = createZaloOaClient({ ...oa, tokens, now, logger, onRefreshTokenDead });
    // Refreshed on a timer too, so a quiet OA keeps its refresh token alive.
    oaTokenKeeper = createZaloOaTokenKeeper({ refresh: client.refresh, tokens, now, logger });
    channels["zalo-oa"] = createZaloOaChannel({ client, loadDocument: deps.loadDocument, documentUrl: deps.documentUrl });
  }
  const botClient = config.zaloBot ? createZaloBotClient({ token: config.zaloBot.token, apiRoot: config.zaloBot.apiRoot }) : undefined;
  if (botClient) channels["zalo-bot"] = createZaloBotChannel({ client: botClient, documentUrl: deps.documentUrl });
  const bot =
    botClient && config.zaloBot
      ? createZaloBotRuntime({
          client: botClient,
          configuredName: config.zaloBot.name,
          publicUrl: config.hasPublicUrl ? config.publicUrl : undefined,
          secret: config.zaloBot.webhookSecret,
          logger,
          onUpdate: async (update, names) => void (await deps.dispatch(parseZaloBotUpdate(update, names))),
        })
      : undefined;
  const botRoute: Omit<ZaloBotWebhookOptions, "dispatcher"> | undefined = config.zaloBot ? { secret: config.zaloBot.webhookSecret, botNames: () => bot?.names() ?? [] } : undefined;
  return { channels, oaTokenKeeper, bot, botRoute };
}
