/**
 * Runs render jobs in one worker thread, so packing a 3,000-school report or a burst of documents
 * never holds the event loop that answers webhooks (a render there took 0.7-1.3 s). The worker
 * starts on the first job, is replaced if it dies and is ended after a minute without jobs; if it
 * cannot start at all, jobs run here, slower for the webhooks but never lost.
 */
import { type ResourceLimits, Worker } from "node:worker_threads";
import type { RenderJob } from "./render-jobs.ts";

/**
 * On this thread only when the worker cannot start: imported then, so the bot does not carry
 * docx (and, until a first /xuat, exceljs: about 20 MB resident, issue #12) for a fallback it
 * almost never takes.
 */
async function runHere(job: RenderJob): Promise<Buffer> {
  const { runRenderJob } = await import("./render-jobs.ts");
  return runRenderJob(job);
}

type Pending = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void };

/**
 * A started worker holds 50-70 MB resident (its own V8 heap, tsx, docx) for as long as it lives:
 * kept after a burst of documents, the bot would idle at 1.5 times its usual memory (issue #12).
 * Ended once it has had nothing to do this long; the next job starts another (about half a second).
 */
const IDLE_WORKER_MS = 60_000;

export interface RenderPoolOptions {
  logger: { warn: (obj: object, msg: string) => void };
  idleWorkerMs?: number;
  /** For untrusted input (a user's .docx): the worker's heap is capped, so a zip bomb ends it, not the bot. */
  resourceLimits?: ResourceLimits;
  /** A job running longer ends its worker (and fails the jobs queued behind it). */
  timeoutMs?: number;
  /** false: never run a job on this thread (untrusted input must not reach the bot's own heap). */
  mainThreadFallback?: boolean;
  /**
   * The worker's thread runs at a low scheduling priority (render-worker.mjs): when the cores are
   * busy, the webhooks' thread goes first and documents take the time left over.
   */
  background?: boolean;
}

export function createRenderPool(deps: RenderPoolOptions) {
  let worker: Worker | undefined;
  let workerFailed = false;
  const fallback = (job: RenderJob) => (deps.mainThreadFallback === false ? Promise.reject(new Error("no render worker")) : runHere(job));
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let idleTimer: NodeJS.Timeout | undefined;

  /** Called when the last job is answered: the worker ends if no other comes in time. */
  const endWhenIdle = (idle: Worker) => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (worker !== idle || pending.size > 0) return;
      worker = undefined;
      void idle.terminate();
    }, deps.idleWorkerMs ?? IDLE_WORKER_MS);
    idleTimer.unref();
  };

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const started = new Worker(new URL("./render-worker.mjs", import.meta.url), { resourceLimits: deps.resourceLimits, workerData: { background: deps.background === true } });
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
      // Ended by its heap limit or a timeout: the jobs it held will not be answered.
      failAll(new Error("render worker ended"));
    });
    // Idle, it must not keep the process alive (tests, shutdown).
    started.unref();
    return started;
  };

  return {
    render(job: RenderJob): Promise<Buffer> {
      if (workerFailed) return fallback(job);
      try {
        worker ??= start();
      } catch (error) {
        workerFailed = true;
        deps.logger.warn({ err: error }, "render worker could not start; rendering on the main thread");
        return fallback(job);
      }
      const id = nextId++;
      const active = worker;
      clearTimeout(idleTimer);
      active.ref();
      let timer: NodeJS.Timeout | undefined;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        active.postMessage({ id, job });
        if (deps.timeoutMs !== undefined) {
          timer = setTimeout(() => {
            if (worker === active) worker = undefined;
            failAll(new Error("render job timed out"));
            void active.terminate();
          }, deps.timeoutMs);
        }
      }).finally(() => {
        clearTimeout(timer);
        if (pending.size > 0) return;
        active.unref();
        endWhenIdle(active);
      });
    },
    async close(): Promise<void> {
      clearTimeout(idleTimer);
      const closing = worker;
      worker = undefined;
      failAll(new Error("render pool closed"));
      await closing?.terminate();
    },
  };
}

export type RenderPool = ReturnType<typeof createRenderPool>;
