/**
 * A module the bot needs only on some first use (an officer's command, a whole-campaign file),
 * imported then rather than at start-up: every module loaded at start-up stays resident for the
 * life of the process, used or not (issue #12, idle memory).
 */

/** `load` runs on the first call; later calls share its promise. A failed load is tried again next time. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
