/** Runs async jobs one after another, in the order they were queued. */
export function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const result = tail.then(job);
    // The next job waits for this one to settle, whether it succeeds or fails.
    tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };
}

/** One queue per key (a name, a channel): jobs of one key go one after another, different keys side by side. */
export function createKeyedQueues() {
  const queues = new Map<string, ReturnType<typeof createQueue>>();
  return function enqueue<T>(key: string, job: () => Promise<T>): Promise<T> {
    let queue = queues.get(key);
    if (!queue) queues.set(key, (queue = createQueue()));
    return queue(job);
  };
}

/** Promises started and not awaited by their starter (a page's sends): `settled` waits for them all. */
export function createInFlight() {
  const running = new Set<Promise<unknown>>();
  return {
    track<T>(promise: Promise<T>): Promise<T> {
      running.add(promise);
      void promise.finally(() => running.delete(promise)).catch(() => undefined);
      return promise;
    },
    async settled(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
