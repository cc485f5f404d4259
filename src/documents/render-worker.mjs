/**
 * The render worker's entry: plain JavaScript so Node starts it as it is. Run from dist/ (`npm
 * start` builds there), it imports the compiled jobs beside it; run from src/ (the tests, the
 * command-line tools), their TypeScript through tsx. Each message is a render job; the answer is
 * its bytes (transferred, not copied) or the error's message.
 */
import { existsSync, readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";

/**
 * A background pool's thread runs at this nice value, its own only: Linux schedules threads one
 * by one, and /proc/thread-self names this one. On a busy core it then gets about a tenth of the
 * time beside the webhooks' thread: during a burst of submissions documents use what is left over,
 * and a draft someone waits for still moves (19, the lowest, would leave it about 1.5%).
 */
const BACKGROUND_NICE = 10;

if (workerData?.background) {
  try {
    setPriority(Number(readlinkSync("/proc/thread-self").split("/").pop()), BACKGROUND_NICE);
  } catch {
    // Not Linux, or not allowed: the documents simply compete as before.
  }
}

/** The TypeScript sources through tsx: loaded only then, since its loader has a thread of its own. */
async function importSources() {
  const { register } = await import("tsx/esm/api");
  register();
  return import("./render-jobs.ts");
}
const compiled = new URL("./render-jobs.js", import.meta.url);
const { runRenderJob } = existsSync(compiled) ? await import(compiled.href) : await importSources();

parentPort.on("message", async ({ id, job }) => {
  try {
    const bytes = await runRenderJob(job);
    const copy = new Uint8Array(bytes);
    parentPort.postMessage({ id, bytes: copy }, [copy.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
