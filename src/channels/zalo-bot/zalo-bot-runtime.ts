/**
 * Connects the Zalo Bot at start-up: learns the names people mention it by (ZALO_BOT_NAME, and what
 * getMe returns), then registers the webhook when PUBLIC_URL is https (Zalo takes only public https
 * URLs), else removes any webhook and long-polls getUpdates. stop() ends the polling.
 *
 * Zalo out of reach, or failing, at start-up is no reason to stop: the process took Telegram, Zalo
 * OA and the web page down with it, and a supervisor restarting it looped while Zalo was down. The
 * webhook is asked for again every `retryMs` in the background; updates Zalo sends meanwhile are
 * taken all the same, and replies wait in the outbox.
 */
import { abortableSleep } from "../long-polling.ts";
import type { ZaloBotClient } from "./zalo-bot-client.ts";
import { createZaloBotPoller, type ZaloBotPoller, type ZaloBotPollerDeps } from "./zalo-bot-poller.ts";

export interface ZaloBotRuntimeDeps {
  client: Pick<ZaloBotClient, "call">;
  /** The bot's name as Zalo shows it in groups (ZALO_BOT_NAME), e.g. "Bot Báo Cáo". */
  configuredName?: string;
  /** PUBLIC_URL when it was set; only an https one is registered as the webhook. */
  publicUrl?: string;
  secret: string;
  /** Hands one polled update on, with the bot's names for reading a leading mention. */
  onUpdate: (update: unknown, botNames: readonly string[]) => void | Promise<void>;
  logger: ZaloBotPollerDeps["logger"] & { info: (obj: object, msg: string) => void };
  sleep?: ZaloBotPollerDeps["sleep"];
  /** Between two attempts at registering the webhook (30 s). */
  retryMs?: number;
}

/** getMe documents `account_name`; a display name, if Zalo ever returns one, is taken as well. */
type GetMeResult = { account_name?: string; display_name?: string; name?: string };

export function createZaloBotRuntime(deps: ZaloBotRuntimeDeps) {
  const { client, logger } = deps;
  const retryMs = deps.retryMs ?? 30_000;
  let names: readonly string[] = deps.configuredName ? [deps.configuredName.normalize("NFC")] : [];
  let poller: ZaloBotPoller | undefined;
  const stopping = new AbortController();
  let retrying: Promise<void> = Promise.resolve();

  const learnNames = async () => {
    try {
      const me = await client.call<GetMeResult>("getMe");
      const found = [me.display_name, me.name, me.account_name].filter((n): n is string => typeof n === "string" && n.trim() !== "");
      names = [...new Set([...names, ...found.map((n) => n.normalize("NFC"))])];
    } catch (error) {
      // Not fatal: mentions are still read by ZALO_BOT_NAME, and polling copes with an outage itself.
      logger.warn({ err: (error as Error).message }, "Zalo Bot getMe failed; mentions are read by ZALO_BOT_NAME only");
    }
  };

  return {
    /** The names a leading "@name" may use; filled in by start(). */
    names: (): readonly string[] => names,
    async start(): Promise<void> {
      await learnNames();
      const webhookUrl = deps.publicUrl ? `${deps.publicUrl}/webhooks/zalo-bot` : undefined;
      if (webhookUrl?.startsWith("https://")) {
        const register = () =>
          client.call("setWebhook", { url: webhookUrl, secret_token: deps.secret }).then(
            () => true,
            (error: Error) => {
              if (!stopping.signal.aborted) logger.error({ err: error.message }, `Zalo Bot setWebhook failed: trying again in ${retryMs / 1000} s (check the network, ZALO_BOT_API_ROOT, ZALO_BOT_TOKEN)`);
              return false;
            },
          );
        if (!(await register())) {
          retrying = (async () => {
            while (!stopping.signal.aborted) {
              await (deps.sleep ?? abortableSleep)(retryMs, stopping.signal);
              if (stopping.signal.aborted || (await register())) return;
            }
          })();
        }
        return;
      }
      if (webhookUrl) logger.warn({ publicUrl: deps.publicUrl }, "PUBLIC_URL is not https, which Zalo refuses for webhooks: the Zalo Bot polls getUpdates instead");
      else logger.info({}, "no PUBLIC_URL: the Zalo Bot polls getUpdates (development)");
      // getUpdates fails while a webhook is set (e.g. by an earlier run with an https PUBLIC_URL).
      await client.call("deleteWebhook").catch((error) => logger.warn({ err: (error as Error).message }, "Zalo Bot deleteWebhook failed; polling anyway"));
      poller = createZaloBotPoller({ client, logger, sleep: deps.sleep, onUpdate: (update) => deps.onUpdate(update, names) });
      poller.start();
    },
    async stop(): Promise<void> {
      stopping.abort();
      await retrying;
      await poller?.stop();
      poller = undefined;
    },
  };
}

export type ZaloBotRuntime = ReturnType<typeof createZaloBotRuntime>;

