/**
 * The fake Zalo Bot API's getUpdates queue: updates wait for the next poll, and a poll with nothing
 * queued waits for the next pushed update or its timeout (then Zalo answers 408). release() ends
 * every waiting poll, so closing the fake never waits for one.
 */
export function createUpdateQueue() {
  const queued: unknown[] = [];
  /** Pending polls, each answered once: by a pushed update, or undefined on timeout or release. */
  const waiting = new Set<(update: unknown) => void>();

  return {
    /** The next update, or undefined when none came within `waitMs`. */
    next(waitMs: number): Promise<unknown> {
      if (queued.length > 0) return Promise.resolve(queued.shift());
      return new Promise((resolve) => {
        const answer = (update: unknown) => {
          clearTimeout(timer);
          waiting.delete(answer);
          resolve(update);
        };
        const timer = setTimeout(() => answer(undefined), waitMs);
        waiting.add(answer);
      });
    },
    /** Hands an update to a waiting poll, or queues it for the next one. */
    push(update: unknown): void {
      const poll = waiting.values().next().value;
      if (poll) poll(update);
      else queued.push(update);
    },
    release(): void {
      for (const poll of [...waiting]) poll(undefined);
    },
  };
}
