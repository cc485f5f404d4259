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

/** A started worker and the jobs it holds: a worker that ends fails its own jobs, never the next one's. */
type Running = { thread: Worker; jobs: Map<number, Pending> };

export function createRenderPool(deps: RenderPoolOptions) {
  let worker: Running | undefined;
  let workerFailed = false;
  let closed = false;
  const fallback = (job: RenderJob) => (deps.mainThreadFallback === false ? Promise.reject(new Error("no render worker")) : runHere(job));
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | undefined;

  /** Called when the last job is answered: the worker ends if no other comes in time. */
  const endWhenIdle = (idle: Running) => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (worker !== idle || idle.jobs.size > 0) return;
      worker = undefined;
      void idle.thread.terminate();
    }, deps.idleWorkerMs ?? IDLE_WORKER_MS);
    idleTimer.unref();
  };

  const failAll = ({ jobs }: Running, error: Error) => {
    for (const p of jobs.values()) p.reject(error);
    jobs.clear();
  };

  const start = (): Running => {
    const thread = new Worker(new URL("./render-worker.mjs", import.meta.url), { resourceLimits: deps.resourceLimits, workerData: { background: deps.background === true } });
    const started: Running = { thread, jobs: new Map() };
    thread.on("message", ({ id, bytes, error }: { id: number; bytes?: Uint8Array; error?: string }) => {
      const waiting = started.jobs.get(id);
      started.jobs.delete(id);
      if (!waiting) return;
      if (bytes) waiting.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      else waiting.reject(new Error(error ?? "render failed"));
    });
    thread.on("error", (error) => {
      deps.logger.warn({ err: error }, "render worker failed; the next job starts a new one");
      failAll(started, error);
      if (worker === started) worker = undefined;
    });
    thread.on("exit", () => {
      if (worker === started) worker = undefined;
      // Ended by its heap limit or a timeout: the jobs it held will not be answered.
      failAll(started, new Error("render worker ended"));
    });
    // Idle, it must not keep the process alive (tests, shutdown).
    thread.unref();
    return started;
  };

  return {
    render(job: RenderJob): Promise<Buffer> {
      // Shutting down: no new worker is started behind close().
      if (closed) return Promise.reject(new Error("render pool closed"));
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
      active.thread.ref();
      let timer: NodeJS.Timeout | undefined;
      return new Promise<Buffer>((resolve, reject) => {
        active.jobs.set(id, { resolve, reject });
        active.thread.postMessage({ id, job });
        if (deps.timeoutMs !== undefined) {
          timer = setTimeout(() => {
            if (worker === active) worker = undefined;
            failAll(active, new Error("render job timed out"));
            void active.thread.terminate();
          }, deps.timeoutMs);
        }
      }).finally(() => {
        clearTimeout(timer);
        if (active.jobs.size > 0) return;
        active.thread.unref();
        endWhenIdle(active);
      });
    },
    async close(): Promise<void> {
      closed = true;
      clearTimeout(idleTimer);
      const closing = worker;
      worker = undefined;
      if (!closing) return;
      failAll(closing, new Error("render pool closed"));
      await closing.thread.terminate();
    },
  };
}

export type RenderPool = ReturnType<typeof createRenderPool>;
