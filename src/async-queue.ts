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

/** Promises in flight per key (a chat's sends): `settled(key)` waits until that key has none left. */
export function createKeyedInFlight() {
  const running = new Map<string, Set<Promise<unknown>>>();
  return {
    track<T>(key: string, promise: Promise<T>): Promise<T> {
      const set = running.get(key) ?? running.set(key, new Set()).get(key)!;
      set.add(promise);
      void promise
        .finally(() => {
          set.delete(promise);
          if (set.size === 0 && running.get(key) === set) running.delete(key);
        })
        .catch(() => undefined);
      return promise;
    },
    busy(key: string): boolean {
      return running.has(key);
    },
    async settled(key: string): Promise<void> {
      for (let set = running.get(key); set; set = running.get(key)) await Promise.allSettled([...set]);
    },
  };
}
