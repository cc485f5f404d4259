/**
 * Connecting to Telegram at start-up. grammY's own `bot.init()` retries a failed getMe for ever,
 * saying nothing: a wrong token or an unreachable Telegram left the bot silent, healthy to
 * /healthz, never connected. Here getMe is asked once before the bot is said to be started:
 *  - a token Telegram refuses (401, or 404 for a token of the wrong shape) stops the start with one
 *    line for the operator;
 *  - Telegram out of reach (a firewall, a wrong TELEGRAM_API_ROOT) is logged as an error, and asked
 *    again every `retryMs` in the background, the rest of the bot starting meanwhile (a webhook
 *    update Telegram sends is answered 503 until then, and sent again: telegram-bot.ts).
 */
import { type Api, GrammyError } from "grammy";
import { StartupRefusal } from "../../startup-refusal.ts";
import { connectTelegram, type TelegramBot, type TelegramBotDeps } from "./telegram-bot.ts";
import type { TelegramPoller } from "./telegram-poller.ts";

export interface TelegramConnection {
  stop(): Promise<void>;
}

type Options = { webhookUrl?: string; secret: string; apiRoot: string; logger: TelegramBotDeps["logger"]; retryMs?: number };

export async function startTelegram(telegram: TelegramBot, options: Options): Promise<TelegramConnection> {
  const retryMs = options.retryMs ?? 30_000;
  const stopping = new AbortController();
  let poller: TelegramPoller | undefined;
  /**
   * Whether the bot is connected; throws for a refused token only. Anything else (Telegram out of
   * reach, a 5xx to the command menu or the webhook) is logged, to be tried again.
   */
  const attempt = async (): Promise<boolean> => {
    try {
      // Aborted by stop(): a getMe hanging on a firewall would hold the shutdown its 45 s.
      // (grammY types its signal as the abort-controller package's; it only listens to it.)
      telegram.bot.botInfo = await telegram.bot.api.getMe(stopping.signal as unknown as Parameters<Api["getMe"]>[0]);
      poller = await connectTelegram(telegram, options);
      return true;
    } catch (error) {
      if (error instanceof GrammyError && error.method === "getMe" && (error.error_code === 401 || error.error_code === 404)) {
        throw new StartupRefusal(`Telegram refused TELEGRAM_BOT_TOKEN (${error.error_code} ${error.description}): copy the token again from @BotFather.`);
      }
      if (!stopping.signal.aborted) options.logger.error({ err: (error as Error).message }, `Telegram is out of reach at ${options.apiRoot}: trying again in ${retryMs / 1000} s (check the network, the firewall, TELEGRAM_API_ROOT)`);
      return false;
    }
  };
  let retrying: Promise<void> = Promise.resolve();
  if (!(await attempt())) {
    retrying = (async () => {
      while (!stopping.signal.aborted) {
        await sleep(retryMs, stopping.signal);
        if (stopping.signal.aborted || (await attempt().catch(refusedLater(options.logger)))) return;
      }
    })();
  }
  return {
    async stop() {
      stopping.abort();
      await retrying;
      await poller?.stop();
    },
  };
}

/** A token refused once the bot runs: logged (the operator sees it), the bot left serving the rest. */
const refusedLater = (logger: TelegramBotDeps["logger"]) => (error: Error) => {
  logger.error({}, error.message);
  return true;
};

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), done()), { once: true });
  });
}
