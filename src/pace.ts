/**
 * Long work on the main thread (the /xuat export, the consolidated draft's reading), cut into
 * slices: between two, the event loop runs what is waiting (webhooks, timers, a commit).
 */

/** One turn of the event loop: what was waiting runs before the work goes on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The longest long work holds the event loop at a time, unless told otherwise. */
const SLICE_MS = 3;

/**
 * Awaited after each step of long work, it gives the event loop a turn once `sliceMs` have passed
 * since the last one, so nothing waiting is held back longer than about that. A webhook's answer
 * takes a few turns (its transaction, its commit), each of which may wait for one slice.
 */
export function createPacer(sliceMs = SLICE_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
}
