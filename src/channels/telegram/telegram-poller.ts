/**
 * Long polling of Telegram's getUpdates, for a server without a public URL. Our own loop rather
 * than grammY's `bot.start()`: grammY moves past an update whose handler failed, and confirms it
 * when it stops, so an update the database could not store would be lost. Here the offset moves
 * past an update only once it is stored (tried again with a pause until it is), and stop() waits
 * for the update in hand before the database closes.
 */
import type { Api } from "grammy";
import type { Update } from "grammy/types";
import { abortableSleep, pauseAfterFailedPoll, type PollSleep, storeUntilStored } from "../long-polling.ts";

export interface TelegramPollerDeps {
  api: Pick<Api, "getUpdates" | "deleteWebhook">;
  /** Stores one update; throws only when it was not stored. */
  handleUpdate: (update: Update) => Promise<void>;
  logger: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
  allowedUpdates: readonly string[];
  /** Waits after a failure, ending early on abort; tests pass one that records the delays. */
  sleep?: PollSleep;
}

/** Seconds Telegram holds a getUpdates call open when nothing comes. */
const POLL_TIMEOUT_SEC = 30;

export function createTelegramPoller(deps: TelegramPollerDeps) {
  const sleep = deps.sleep ?? abortableSleep;
  let controller: AbortController | undefined;
  let loop: Promise<void> | undefined;
  /** The first update not stored yet; Telegram forgets those before it at the next getUpdates. */
  let offset: number | undefined;

  const poll = async (signal: AbortSignal) => {
    const allowed_updates = deps.allowedUpdates as never;
    for (let failures = 0; !signal.aborted; ) {
      let updates: Update[];
      try {
        // grammY types its signal with an AbortController shim's; Node's own is what it uses.
        updates = await deps.api.getUpdates({ offset, timeout: POLL_TIMEOUT_SEC, allowed_updates }, signal as Parameters<Api["getUpdates"]>[1]);
        failures = 0;
      } catch (error) {
        if (signal.aborted) return;
        await pauseAfterFailedPoll(error, ++failures, { signal, sleep, logger: deps.logger, what: "Telegram" });
        continue;
      }
      for (const update of updates) {
        const stored = await storeUntilStored(() => deps.handleUpdate(update), { signal, sleep, logger: deps.logger, what: "Telegram update" });
        // Stopped before it was stored: not confirmed, so Telegram gives it again to the next run.
        if (!stored) return;
        offset = update.update_id + 1;
      }
    }
  };

  return {
    /** Removes any webhook (getUpdates is refused while one is set), then polls. */
    async start(): Promise<void> {
      if (loop) return;
      await deps.api.deleteWebhook();
      controller = new AbortController();
      loop = poll(controller.signal);
    },
    /**
     * Ends polling once the update in hand is stored (or given up), then confirms what was stored,
     * so that the next run does not receive it again (it would be answered "duplicate" anyway).
     */
    async stop(): Promise<void> {
      if (!loop) return;
      controller?.abort();
      await loop;
      loop = undefined;
      // Bounded: it only spares the next run some duplicates, and must not hold a shutdown.
      if (offset !== undefined) await deps.api.getUpdates({ offset, limit: 1, timeout: 0 }, AbortSignal.timeout(2_000) as Parameters<Api["getUpdates"]>[1]).catch(() => {});
    },
  };
}

export type TelegramPoller = ReturnType<typeof createTelegramPoller>;
