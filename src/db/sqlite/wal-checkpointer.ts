/**
 * Moves SQLite's WAL checkpoints off the main thread while the bot is busy. By default the commit
 * that makes the WAL reach 1,000 pages copies them into the database file, with an fsync of each:
 * under load that commit held the event loop about 14 ms, twice a second, with every webhook waiting
 * behind it (most of the time spent in COMMIT, and much of the p99).
 *
 * Once commits come fast, the bot's connection stops checkpointing, and a worker thread with a
 * connection of its own does it a little after commits, PASSIVE: it blocks no writer and waits for
 * no reader. Such a checkpoint copies the frames but cannot let the WAL start over (the bot's next
 * transaction has begun on it by then), so past `walLimitFrames` the bot's connection checkpoints
 * once itself, between two transactions: what is left to copy is then small, and the WAL restarts.
 * When commits slow down again, the thread ends (an idle bot keeps no thread's memory) and SQLite
 * checkpoints as it does by default. So does it if the thread fails.
 */
import { Worker } from "node:worker_threads";
import type BetterSqlite from "better-sqlite3";

export interface WalCheckpointerOptions {
  /** Commits within a second from which the thread takes over (default 20). */
  busyCommitsPerSecond?: number;
  /** The bot's connection restarts the WAL past this many frames (default 8,000, about 32 MB). */
  walLimitFrames?: number;
  /** Without a busy second for this long, the thread ends (default 10 s). */
  idleMs?: number;
  onFailure?: (error: Error) => void;
}

export interface WalCheckpointer {
  /** Called after each COMMIT of the bot's connection. */
  committed(): void;
  /** Ends the thread (the connection's close then checkpoints what is left). */
  stop(): Promise<void>;
  /** For tests: the next checkpoint the thread makes (frames in the WAL, frames copied). */
  nextCheckpoint(): Promise<{ frames: number; copied: number }>;
}

/** At most one of the thread's checkpoints this often. */
const CHECKPOINT_EVERY_MS = 250;
/** SQLite's own default, restored when the thread is not working. */
const DEFAULT_AUTOCHECKPOINT = 1_000;

export function createWalCheckpointer(sqlite: BetterSqlite.Database, path: string, options: WalCheckpointerOptions = {}): WalCheckpointer {
  const busyCommits = options.busyCommitsPerSecond ?? 20;
  const walLimit = options.walLimitFrames ?? 8_000;
  const idleMs = options.idleMs ?? 10_000;
  let worker: Worker | undefined;
  let stopped = false;
  let inFlight = false;
  let lastCheckpointAt = 0;
  let walFrames = 0;
  let second = { startedAt: 0, commits: 0 };
  let timer: NodeJS.Timeout | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let waiters: ((outcome: { frames: number; copied: number }) => void)[] = [];

  /** Back to SQLite's own checkpoints, on the bot's connection. */
  const release = () => {
    clearTimeout(timer);
    clearTimeout(idleTimer);
    timer = idleTimer = undefined;
    const ending = worker;
    worker = undefined;
    inFlight = false;
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
    return ending?.terminate();
  };

  const fail = (error: Error) => {
    if (stopped) return;
    stopped = true;
    void release();
    options.onFailure?.(error);
  };

  const start = (): Worker => {
    // Plain JavaScript: without the bot's loader (tsx), and with a small heap, it costs a few MB.
    const started = new Worker(new URL("./wal-checkpoint-worker.mjs", import.meta.url), {
      workerData: { path },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    started.on("message", (outcome: { frames: number; copied: number } | { error: string }) => {
      inFlight = false;
      if ("error" in outcome) return fail(new Error(outcome.error));
      walFrames = outcome.frames;
      const waiting = waiters;
      waiters = [];
      for (const resolve of waiting) resolve(outcome);
    });
    started.on("error", fail);
    // It must not keep the process alive (tests, shutdown).
    started.unref();
    return started;
  };

  const checkpoint = () => {
    timer = undefined;
    if (stopped || inFlight || !worker) return;
    inFlight = true;
    lastCheckpointAt = Date.now();
    worker.postMessage("checkpoint");
  };

  /** Whether commits come fast enough for the thread (counted per second). */
  const busy = () => {
    const now = Date.now();
    if (now - second.startedAt >= 1_000) second = { startedAt: now, commits: 0 };
    return ++second.commits >= busyCommits;
  };

  return {
    committed() {
      if (stopped) return;
      if (busy()) {
        if (!worker) {
          try {
            worker = start();
          } catch (error) {
            return fail(error as Error);
          }
          sqlite.pragma("wal_autocheckpoint = 0");
        }
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => void release(), idleMs);
        idleTimer.unref();
      }
      if (!worker) return;
      if (walFrames >= walLimit && !inFlight) {
        // Between two transactions: the copy is short (the thread did most of it), the WAL restarts.
        walFrames = 0;
        sqlite.pragma("wal_checkpoint(PASSIVE)");
      }
      if (timer) return;
      timer = setTimeout(checkpoint, Math.max(0, lastCheckpointAt + CHECKPOINT_EVERY_MS - Date.now()));
      timer.unref();
    },
    async stop() {
      stopped = true;
      await release();
    },
    nextCheckpoint() {
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
