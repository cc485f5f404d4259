/**
 * Long polling of the Zalo Bot API (`getUpdates`), for a server without a public https URL. Zalo
 * answers one update per call, or 408 when none came within the timeout (then we simply ask again).
 * Other failures are logged and retried after a bounded backoff; stop() ends the poll in flight.
 * An update Zalo has already given is its only copy: stop() lets its storing go on a few seconds
 * more, and one that still could not be stored is logged whole, so that it can be replayed by hand.
 */
import { ChannelApiError } from "../channel.ts";
import { abortableSleep, pauseAfterFailedPoll, type PollSleep, storeUntilStored } from "../long-polling.ts";
import type { ZaloBotClient } from "./zalo-bot-client.ts";

export interface ZaloBotPollerDeps {
  client: Pick<ZaloBotClient, "call">;
  /** Parses and stores one update; must not throw for ordinary input. */
  onUpdate: (update: unknown) => void | Promise<void>;
  logger: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
  /** Waits between failed polls, ending early on abort; tests pass one that records the delays. */
  sleep?: PollSleep;
  /** How long stop() lets an update already polled keep being stored; STORE_AFTER_STOP_MS unless a test says. */
  storeAfterStopMs?: number;
}

/** Time for two more tries after stop() (at 1 s and 3 s), leaving the rest of a container's usual 10 s to the shutdown. */
export const STORE_AFTER_STOP_MS = 5_000;

/** Seconds Zalo holds a getUpdates call open (sent as a string, as OpenClaw does). */
export const POLL_TIMEOUT_SEC = 30;
export function createZaloBotPoller(deps: ZaloBotPollerDeps) {
  const sleep = deps.sleep ?? abortableSleep;
  let controller: AbortController | undefined;
  /** Ends the storing of a polled update; aborted STORE_AFTER_STOP_MS after the polling's own signal. */
  let storing: AbortController | undefined;
  let loop: Promise<void> | undefined;

  /** Stored before the next poll, since Zalo will not give this update again. */
  const deliver = async (update: unknown, signal: AbortSignal) => {
    if (await storeUntilStored(() => deps.onUpdate(update), { signal, sleep, logger: deps.logger, what: "Zalo Bot update" })) return;
    deps.logger.error({ update }, "Zalo Bot update lost at shutdown: it could not be stored and Zalo will not give it again; replay it by POSTing it to /webhooks/zalo-bot with ZALO_BOT_WEBHOOK_SECRET");
  };

  const run = async (signal: AbortSignal, storeSignal: AbortSignal) => {
    let failures = 0;
    while (!signal.aborted) {
      try {
        const result = await deps.client.call<unknown>("getUpdates", { timeout: String(POLL_TIMEOUT_SEC) }, { signal, timeoutMs: (POLL_TIMEOUT_SEC + 10) * 1000 });
        failures = 0;
        // The docs give one update object; an array is accepted in case that changes.
        for (const update of Array.isArray(result) ? result : [result]) if (update) await deliver(update, storeSignal);
      } catch (error) {
        if (signal.aborted) break;
        if (error instanceof ChannelApiError && error.status === 408) continue;
        await pauseAfterFailedPoll(error, ++failures, { signal, sleep, logger: deps.logger, what: "Zalo Bot" });
      }
    }
  };

  return {
    start(): void {
      if (loop) return;
      controller = new AbortController();
      storing = new AbortController();
      loop = run(controller.signal, storing.signal);
    },
    /** Ends polling; resolves once the loop has finished (the poll in flight is aborted, an update being stored gets its grace). */
    async stop(): Promise<void> {
      controller?.abort();
      const stopStoring = storing;
      const timer = setTimeout(() => stopStoring?.abort(), deps.storeAfterStopMs ?? STORE_AFTER_STOP_MS);
      await loop;
      clearTimeout(timer);
      loop = undefined;
    },
  };
}

export type ZaloBotPoller = ReturnType<typeof createZaloBotPoller>;
