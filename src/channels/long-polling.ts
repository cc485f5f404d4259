/**
 * What the platforms' long-polling loops share (Telegram's and the Zalo Bot's getUpdates): the
 * pause after a failed poll, and storing an update before the loop moves past it. A polled update is
 * not sent again once the next poll confirms it, so a failure to store it (the database's: the
 * handlers answer their own bugs) is retried here until it is stored or polling stops.
 */

/** Backoff after failures: 1 s, doubling, at most a minute, so an outage is not hammered. */
export const POLL_BACKOFF_MIN_MS = 1_000;
export const POLL_BACKOFF_MAX_MS = 60_000;

export type PollSleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const backoffMs = (failures: number) => Math.min(POLL_BACKOFF_MAX_MS, POLL_BACKOFF_MIN_MS * 2 ** (failures - 1));

/** Waits `ms`, ending early (without an error) when `signal` aborts. */
export const abortableSleep: PollSleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    // Aborted already (stop() came while the update was being stored): no event will come.
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Runs `store` until it succeeds, pausing after each failure; true once stored, false when polling
 * stopped first (the update must then not be confirmed: the platform gives it again).
 */
export async function storeUntilStored(
  store: () => void | Promise<void>,
  options: { signal: AbortSignal; sleep: PollSleep; logger: { error: (obj: object, msg: string) => void }; what: string },
): Promise<boolean> {
  for (let failures = 1; !options.signal.aborted; failures++) {
    try {
      await store();
      return true;
    } catch (error) {
      const delayMs = backoffMs(failures);
      options.logger.error({ err: error, failures, delayMs }, `${options.what} could not be stored; trying it again`);
      await options.sleep(delayMs, options.signal);
    }
  }
  return false;
}

/** After the `failures`-th failed poll in a row: says so, and pauses (ending early when polling stops). */
export async function pauseAfterFailedPoll(
  error: unknown,
  failures: number,
  options: { signal: AbortSignal; sleep: PollSleep; logger: { warn: (obj: object, msg: string) => void }; what: string },
): Promise<void> {
  const delayMs = backoffMs(failures);
  options.logger.warn({ err: (error as Error).message, failures, delayMs }, `${options.what} getUpdates failed; polling again after a pause`);
  await options.sleep(delayMs, options.signal);
}
