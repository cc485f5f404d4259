/**
 * Long polling of the Zalo Bot API (`getUpdates`), for a server without a public https URL. Zalo
 * answers one update per call, or 408 when none came within the timeout (then we simply ask again).
 * Other failures are logged and retried after a bounded backoff; stop() ends the poll in flight.
 */
import { ChannelApiError } from "../channel.ts";
import type { ZaloBotClient } from "./zalo-bot-client.ts";

export interface ZaloBotPollerDeps {
  client: Pick<ZaloBotClient, "call">;
  /** Parses and stores one update; must not throw for ordinary input. */
  onUpdate: (update: unknown) => void | Promise<void>;
  logger: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };
  /** Waits between failed polls, ending early on abort; tests pass one that records the delays. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Seconds Zalo holds a getUpdates call open (sent as a string, as OpenClaw does). */
export const POLL_TIMEOUT_SEC = 30;
/** Backoff after failed polls: 1 s, doubling, at most a minute, so an outage is not hammered. */
export const POLL_BACKOFF_MIN_MS = 1_000;
export const POLL_BACKOFF_MAX_MS = 60_000;

const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

export function createZaloBotPoller(deps: ZaloBotPollerDeps) {
  const sleep = deps.sleep ?? abortableSleep;
  let controller: AbortController | undefined;
  let loop: Promise<void> | undefined;

  /**
   * Stored before the next poll, since Zalo will not give this update again: a failure here is the
   * database's (the handler answers its own bugs), so the same update is tried again, with a pause.
   */
  const deliver = async (update: unknown, signal: AbortSignal) => {
    for (let failures = 1; !signal.aborted; failures++) {
      try {
        await deps.onUpdate(update);
        return;
      } catch (error) {
        const delayMs = Math.min(POLL_BACKOFF_MAX_MS, POLL_BACKOFF_MIN_MS * 2 ** (failures - 1));
        deps.logger.error({ err: error, failures, delayMs }, "Zalo Bot update could not be stored; trying it again");
        await sleep(delayMs, signal);
      }
    }
  };

  const run = async (signal: AbortSignal) => {
    let failures = 0;
    while (!signal.aborted) {
      try {
        const result = await deps.client.call<unknown>("getUpdates", { timeout: String(POLL_TIMEOUT_SEC) }, { signal, timeoutMs: (POLL_TIMEOUT_SEC + 10) * 1000 });
        failures = 0;
        // The docs give one update object; an array is accepted in case that changes.
        for (const update of Array.isArray(result) ? result : [result]) if (update) await deliver(update, signal);
      } catch (error) {
        if (signal.aborted) break;
        if (error instanceof ChannelApiError && error.status === 408) continue;
        failures++;
        const delayMs = Math.min(POLL_BACKOFF_MAX_MS, POLL_BACKOFF_MIN_MS * 2 ** (failures - 1));
        deps.logger.warn({ err: (error as Error).message, failures, delayMs }, "Zalo Bot getUpdates failed; polling again after a pause");
        await sleep(delayMs, signal);
      }
    }
  };

  return {
    start(): void {
      if (loop) return;
      controller = new AbortController();
      loop = run(controller.signal);
    },
    /** Ends polling; resolves once the loop has finished (the poll in flight is aborted). */
    async stop(): Promise<void> {
      controller?.abort();
      await loop;
      loop = undefined;
    },
  };
}

export type ZaloBotPoller = ReturnType<typeof createZaloBotPoller>;
