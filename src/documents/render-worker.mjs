/**
 * The render worker's entry: plain JavaScript so Node starts it as it is, then TypeScript through
 * tsx (a dependency), the same way `npm start` runs. Each message is a render job; the answer is
 * its bytes (transferred, not copied) or the error's message.
 */
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { runRenderJob } = await import("./render-jobs.ts");

parentPort.on("message", async ({ id, job }) => {
  try {
    const bytes = await runRenderJob(job);
    const copy = new Uint8Array(bytes);
    parentPort.postMessage({ id, bytes: copy }, [copy.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
