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
