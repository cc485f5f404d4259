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
 * checkpoints as it did before. So does it if the thread fails. Checkpoints never decide whether a
 * transaction is stored: the WAL holds every commit either way.
 */
import { Worker } from "node:worker_threads";
import type BetterSqlite from "better-sqlite3";

export interface CheckpointOutcome {
  /** Frames in the WAL, and how many of them are now in the database file. */
  frames: number;
  copied: number;
}

export interface WalCheckpointerOptions {
  /** Commits within a second from which the thread takes over (default 20). */
  busyCommitsPerSecond?: number;
  /** The bot's connection restarts the WAL past this many frames (default 8,000, about 32 MB). */
  walLimitFrames?: number;
  /** Without a busy second for this long, the thread ends (default 10 s). */
  idleMs?: number;
  onFailure?: (error: Error) => void;
  /** Each of the thread's checkpoints (tests). */
  onCheckpoint?: (outcome: CheckpointOutcome) => void;
}

/** At most one of the thread's checkpoints this often. */
const CHECKPOINT_EVERY_MS = 250;

export function createWalCheckpointer(sqlite: BetterSqlite.Database, path: string, options: WalCheckpointerOptions = {}) {
  const busyCommits = options.busyCommitsPerSecond ?? 20;
  const walLimit = options.walLimitFrames ?? 8_000;
  const idleMs = options.idleMs ?? 10_000;
  /** The connection's own setting, given back when the thread is not working. */
  const ownAutocheckpoint = sqlite.pragma("wal_autocheckpoint", { simple: true }) as number;
  let worker: Worker | undefined;
  let stopped = false;
  /** A checkpoint is being made; `again`: commits came meanwhile, make another when it is done. */
  let inFlight = false;
  let again = false;
  let lastCheckpointAt = 0;
  let walFrames = 0;
  let second = { startedAt: 0, commits: 0 };
  let timer: NodeJS.Timeout | undefined;
  let idleTimer: NodeJS.Timeout | undefined;

  /** Back to SQLite's own checkpoints, on the bot's connection. */
  const release = () => {
    clearTimeout(timer);
    clearTimeout(idleTimer);
    timer = idleTimer = undefined;
    const ending = worker;
    worker = undefined;
    inFlight = again = false;
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${ownAutocheckpoint}`);
    return ending?.terminate();
  };

  const fail = (error: Error) => {
    if (stopped) return;
    stopped = true;
    void release();
    options.onFailure?.(error);
  };

  const schedule = () => {
    if (timer) return;
    timer = setTimeout(checkpoint, Math.max(0, lastCheckpointAt + CHECKPOINT_EVERY_MS - Date.now()));
    timer.unref();
  };

  const checkpoint = () => {
    timer = undefined;
    if (stopped || !worker) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    lastCheckpointAt = Date.now();
    worker.postMessage("checkpoint");
  };

  const start = (): Worker => {
    // Plain JavaScript: without the bot's loader (tsx), and with a small heap, it costs a few MB.
    const started = new Worker(new URL("./wal-checkpoint-worker.mjs", import.meta.url), {
      workerData: { path },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    started.on("message", (outcome: CheckpointOutcome | { error: string }) => {
      // A thread ended for idleness may still answer: it is not this one's business.
      if (started !== worker) return;
      inFlight = false;
      if ("error" in outcome) return fail(new Error(outcome.error));
      walFrames = outcome.frames;
      options.onCheckpoint?.(outcome);
      if (again) {
        again = false;
        schedule();
      }
    });
    started.on("error", (error) => {
      if (started === worker) fail(error);
    });
    // It must not keep the process alive (tests, shutdown).
    started.unref();
    return started;
  };

  /** Whether commits come fast enough for the thread (counted per second). */
  const busy = () => {
    const now = Date.now();
    if (now - second.startedAt >= 1_000) second = { startedAt: now, commits: 0 };
    return ++second.commits >= busyCommits;
  };

  const committed = () => {
    if (stopped) return;
    if (busy()) {
      if (!worker) {
        worker = start();
        sqlite.pragma("wal_autocheckpoint = 0");
        idleTimer = setTimeout(() => void release(), idleMs);
        idleTimer.unref();
      } else idleTimer?.refresh();
    }
    if (!worker) return;
    if (walFrames >= walLimit && !inFlight) {
      // Between two transactions: the copy is short (the thread did most of it), the WAL restarts.
      walFrames = 0;
      sqlite.pragma("wal_checkpoint(PASSIVE)");
    }
    schedule();
  };

  return {
    /** Called after each COMMIT of the bot's connection; never throws (a failure hands checkpoints back). */
    committed(): void {
      try {
        committed();
      } catch (error) {
        fail(error as Error);
      }
    },
    /** Ends the thread (the connection's close then checkpoints what is left). */
    async stop(): Promise<void> {
      stopped = true;
      await release();
    },
  };
}

export type WalCheckpointer = ReturnType<typeof createWalCheckpointer>;
