/**
 * Runs render jobs in one worker thread, so packing a 3,000-school report or writing an export
 * never holds the event loop that answers webhooks (a render there took 0.7-1.3 s). The worker
 * starts on the first job and is replaced if it dies; if it cannot start at all, jobs run here,
 * slower for the webhooks but never lost.
 */
import { Worker } from "node:worker_threads";
import { type RenderJob, runRenderJob } from "./render-jobs.ts";

type Pending = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void };

export function createRenderPool(deps: { logger: { warn: (obj: object, msg: string) => void } }) {
  let worker: Worker | undefined;
  let workerFailed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const started = new Worker(new URL("./render-worker.mjs", import.meta.url));
    started.on("message", ({ id, bytes, error }: { id: number; bytes?: Uint8Array; error?: string }) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (!waiting) return;
      if (bytes) waiting.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      else waiting.reject(new Error(error ?? "render failed"));
    });
    started.on("error", (error) => {
      deps.logger.warn({ err: error }, "render worker failed; the next job starts a new one");
      failAll(error);
      worker = undefined;
    });
    started.on("exit", () => {
      if (worker === started) worker = undefined;
    });
    // Idle, it must not keep the process alive (tests, shutdown).
    started.unref();
    return started;
  };

  return {
    render(job: RenderJob): Promise<Buffer> {
      if (workerFailed) return runRenderJob(job);
      try {
        worker ??= start();
      } catch (error) {
        workerFailed = true;
        deps.logger.warn({ err: error }, "render worker could not start; rendering on the main thread");
        return runRenderJob(job);
      }
      const id = nextId++;
      const active = worker;
      active.ref();
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        active.postMessage({ id, job });
      }).finally(() => {
        if (pending.size === 0) active.unref();
      });
    },
    async close(): Promise<void> {
      const closing = worker;
      worker = undefined;
      failAll(new Error("render pool closed"));
      await closing?.terminate();
    },
  };
}

export type RenderPool = ReturnType<typeof createRenderPool>;
