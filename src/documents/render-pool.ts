/**
 * Runs render jobs in one worker thread, so packing a 3,000-school report or a burst of documents
 * never holds the event loop that answers webhooks (a render there took 0.7-1.3 s). The worker
 * starts on the first job, is replaced if it dies and is ended after a minute without jobs; if it
 * cannot start at all, jobs run here, slower for the webhooks but never lost.
 *
 * Jobs go to the worker one at a time, queued here: a job that ends its worker (its time is up, or
 * a hostile .docx filled its heap) fails alone, and the jobs behind it go to the next worker; and
 * a job's time counts from when it starts, not from when it was queued behind others.
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

type Queued = { id: number; job: RenderJob; resolve: (bytes: Buffer) => void; reject: (error: Error) => void };

/**
 * A started worker holds about 27 MB resident (its own V8 heap, docx; about 39 MB run from src/,
 * with tsx) for as long as it lives: kept after a burst of documents, the bot would idle at 1.25
 * times its usual memory (issue #12). Ended once it has had nothing to do this long; the next job
 * starts another (its first job then takes about 0.2 s).
 */
const IDLE_WORKER_MS = 60_000;

export interface RenderPoolOptions {
  logger: { warn: (obj: object, msg: string) => void };
  idleWorkerMs?: number;
  /** For untrusted input (a user's .docx): the worker's heap is capped, so a zip bomb ends it, not the bot. */
  resourceLimits?: ResourceLimits;
  /** A job running longer ends its worker (and fails; the jobs behind it go to the next worker). */
  timeoutMs?: number;
  /** false: never run a job on this thread (untrusted input must not reach the bot's own heap). */
  mainThreadFallback?: boolean;
  /**
   * The worker's thread runs at a low scheduling priority (render-worker.mjs): when the cores are
   * busy, the webhooks' thread goes first and documents take the time left over.
   */
  background?: boolean;
  /** The worker's script: render-worker.mjs (a test gives one whose jobs can hang or crash). */
  workerUrl?: URL;
  /**
   * Jobs that may wait at once; one more is refused at once with a `RenderPoolBusy` error. For
   * untrusted input: a flood of hostile files (each up to `timeoutMs`) must not hold every later
   * one, nor the webhooks that wait for them, for minutes.
   */
  maxQueued?: number;
}

/** A job refused because too many wait already: the caller says "try again later", not "unreadable". */
export class RenderPoolBusy extends Error {
  constructor() {
    super("render pool busy");
  }
}

export function createRenderPool(deps: RenderPoolOptions) {
  const queue: Queued[] = [];
  let worker: Worker | undefined;
  /** The job the worker is running. */
  let current: Queued | undefined;
  let workerFailed = false;
  let closed = false;
  let nextId = 1;
  let jobTimer: NodeJS.Timeout | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  const fallback = (job: RenderJob) => (deps.mainThreadFallback === false ? Promise.reject(new Error("no render worker")) : runHere(job));

  /** The worker is gone (ended, crashed, timed out): the job in hand fails, the queue goes on with a new one. */
  const lose = (thread: Worker, error: Error) => {
    if (thread !== worker) return;
    worker = undefined;
    clearTimeout(jobTimer);
    const lost = current;
    current = undefined;
    lost?.reject(error);
    next();
  };

  const start = (): Worker => {
    const thread = new Worker(deps.workerUrl ?? new URL("./render-worker.mjs", import.meta.url), { resourceLimits: deps.resourceLimits, workerData: { background: deps.background === true } });
    thread.on("message", ({ id, bytes, error }: { id: number; bytes?: Uint8Array; error?: string }) => {
      if (thread !== worker || current?.id !== id) return;
      clearTimeout(jobTimer);
      const done = current;
      current = undefined;
      if (bytes) done.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      else done.reject(new Error(error ?? "render failed"));
      next();
    });
    thread.on("error", (error) => {
      deps.logger.warn({ err: error }, "render worker failed; the next job starts a new one");
      lose(thread, error);
    });
    // Ended by its heap limit: the job it held will not be answered.
    thread.on("exit", () => lose(thread, new Error("render worker ended")));
    // Idle, it must not keep the process alive (tests, shutdown).
    thread.unref();
    return thread;
  };

  /** Called when the queue is empty: the worker ends if no job comes in time. */
  const endWhenIdle = (idle: Worker) => {
    idle.unref();
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (worker !== idle || current) return;
      worker = undefined;
      void idle.terminate();
    }, deps.idleWorkerMs ?? IDLE_WORKER_MS);
    idleTimer.unref();
  };

  /** Hands the next queued job to the worker, starting one if needed. */
  const next = (): void => {
    if (current || closed) return;
    const item = queue.shift();
    if (!item) {
      if (worker) endWhenIdle(worker);
      return;
    }
    if (!worker && !workerFailed) {
      try {
        worker = start();
      } catch (error) {
        workerFailed = true;
        deps.logger.warn({ err: error }, "render worker could not start; rendering on the main thread");
      }
    }
    if (!worker) {
      fallback(item.job).then(item.resolve, item.reject);
      return next();
    }
    const thread = worker;
    current = item;
    clearTimeout(idleTimer);
    thread.ref();
    try {
      thread.postMessage({ id: item.id, job: item.job });
    } catch (error) {
      // A job that cannot be sent (not cloneable) fails alone; the queue must not stop behind it.
      current = undefined;
      item.reject(error as Error);
      return next();
    }
    if (deps.timeoutMs !== undefined) {
      jobTimer = setTimeout(() => {
        deps.logger.warn({ timeoutMs: deps.timeoutMs }, "render job timed out; its worker is ended");
        lose(thread, new Error("render job timed out"));
        void thread.terminate();
      }, deps.timeoutMs);
    }
  };

  return {
    render(job: RenderJob): Promise<Buffer> {
      // Shutting down: no new worker is started behind close().
      if (closed) return Promise.reject(new Error("render pool closed"));
      if (workerFailed) return fallback(job);
      if (queue.length >= (deps.maxQueued ?? Infinity)) return Promise.reject(new RenderPoolBusy());
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        next();
      });
    },
    async close(): Promise<void> {
      closed = true;
      clearTimeout(idleTimer);
      clearTimeout(jobTimer);
      const closing = worker;
      worker = undefined;
      const error = new Error("render pool closed");
      for (const item of [...(current ? [current] : []), ...queue.splice(0)]) item.reject(error);
      current = undefined;
      await closing?.terminate();
    },
  };
}

export type RenderPool = ReturnType<typeof createRenderPool>;
