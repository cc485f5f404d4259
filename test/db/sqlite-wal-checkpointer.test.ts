/**
 * The WAL checkpointer (src/db/sqlite/wal-checkpointer.ts) on real SQLite files: who checkpoints
 * when (SQLite on the bot's connection while quiet, the thread while busy), that the WAL still
 * restarts under constant writes, and that a failing thread gives checkpoints back to SQLite.
 */
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite from "better-sqlite3";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteDatabase, WAL_SIZE_LIMIT_BYTES } from "../../src/db/sqlite/sqlite-database.ts";
import { type CheckpointOutcome, createWalCheckpointer, type WalCheckpointer, type WalCheckpointerOptions } from "../../src/db/sqlite/wal-checkpointer.ts";

const opened: { sqlite: BetterSqlite.Database; checkpointer: WalCheckpointer }[] = [];
afterEach(async () => {
  for (const { sqlite, checkpointer } of opened.splice(0)) {
    await checkpointer.stop();
    sqlite.close();
  }
});

/** A WAL database file and its checkpointer; `threadPath`: the file the thread opens (the same by default). */
function walDatabase(options: WalCheckpointerOptions = {}, threadPath?: string) {
  const sqlite = new BetterSqlite(join(mkdtempSync(join(tmpdir(), "wal-")), "bot.sqlite"));
  sqlite.pragma("journal_mode = WAL");
  sqlite.exec("CREATE TABLE t (v TEXT)");
  // The thread's checkpoints, in order; nextCheckpoint() waits for the next one not yet taken.
  const outcomes: CheckpointOutcome[] = [];
  let arrived: () => void = () => {};
  const onCheckpoint = (outcome: CheckpointOutcome) => (outcomes.push(outcome), arrived());
  const nextCheckpoint = async () => {
    while (outcomes.length === 0) await new Promise<void>((resolve) => (arrived = resolve));
    return outcomes.shift()!;
  };
  const checkpointer = createWalCheckpointer(sqlite, threadPath ?? sqlite.name, { onCheckpoint, ...options });
  opened.push({ sqlite, checkpointer });
  const insert = sqlite.prepare("INSERT INTO t (v) VALUES (?)");
  /** `n` commits of one row each, as the bot's group commit would report them. */
  const commit = (n: number) => {
    for (let i = 0; i < n; i++) {
      insert.run("x".repeat(2_000));
      checkpointer.committed();
    }
  };
  /**
   * `n` commits as the bot makes them under load: its next transaction begins right after each
   * COMMIT, so a checkpoint made meanwhile by the thread finds the connection inside one.
   */
  const commitBackToBack = (n: number) => {
    for (let i = 0; i < n; i++) {
      if (!sqlite.inTransaction) sqlite.exec("BEGIN IMMEDIATE");
      insert.run("x".repeat(2_000));
      sqlite.exec("COMMIT");
      checkpointer.committed();
      sqlite.exec("BEGIN IMMEDIATE");
    }
  };
  const autocheckpoint = () => sqlite.pragma("wal_autocheckpoint", { simple: true });
  return { sqlite, checkpointer, commit, commitBackToBack, autocheckpoint, nextCheckpoint };
}

async function until(condition: () => boolean, timeoutMs = 5_000) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("the WAL checkpointer", () => {
  it("leaves a quiet connection to SQLite's own checkpoints", () => {
    const { commit, autocheckpoint } = walDatabase({ busyCommitsPerSecond: 5 });
    commit(3);
    expect(autocheckpoint()).toBe(1_000);
  });

  it("takes over when commits come fast: the bot's connection stops checkpointing, the thread copies every frame", async () => {
    const { commit, autocheckpoint, nextCheckpoint } = walDatabase({ busyCommitsPerSecond: 5 });
    const next = nextCheckpoint();
    commit(10);
    expect(autocheckpoint()).toBe(0);
    const outcome = await next;
    expect(outcome.frames).toBeGreaterThanOrEqual(10);
    expect(outcome.copied).toBe(outcome.frames);
  });

  it("cannot restart the WAL by itself under back-to-back transactions: it copies every frame, and the WAL still grows", async () => {
    const { commitBackToBack, nextCheckpoint } = walDatabase({ busyCommitsPerSecond: 5 });
    const first = nextCheckpoint();
    commitBackToBack(20);
    const copied = await first;
    expect(copied.copied).toBe(copied.frames);
    const second = nextCheckpoint();
    commitBackToBack(20);
    expect((await second).frames).toBeGreaterThanOrEqual(copied.frames + 20);
  });

  it("restarts the WAL past the limit: the bot's connection checkpoints once between two transactions, and the next write starts it over", async () => {
    const { commitBackToBack, nextCheckpoint } = walDatabase({ busyCommitsPerSecond: 5, walLimitFrames: 1 });
    const first = nextCheckpoint();
    commitBackToBack(20);
    const before = (await first).frames;
    const restarted = nextCheckpoint();
    commitBackToBack(2);
    expect((await restarted).frames).toBeLessThan(before);
  });

  it("hands checkpoints back to the bot's connection when commits slow down", async () => {
    const { commit, autocheckpoint } = walDatabase({ busyCommitsPerSecond: 5, idleMs: 50 });
    commit(10);
    expect(autocheckpoint()).toBe(0);
    await until(() => autocheckpoint() === 1_000);
  });

  it("gives checkpoints back to SQLite when the thread cannot open the database", async () => {
    let failure: Error | undefined;
    const { commit, autocheckpoint } = walDatabase({ busyCommitsPerSecond: 5, onFailure: (error) => (failure = error) }, "/nonexistent-folder/bot.sqlite");
    commit(10);
    await until(() => failure !== undefined);
    expect(autocheckpoint()).toBe(1_000);
  });

  it("loses no commit: after back-to-back commits, the thread's checkpoints and the WAL's restarts, a new connection reads every row", async () => {
    const { sqlite, commitBackToBack, nextCheckpoint } = walDatabase({ busyCommitsPerSecond: 5, walLimitFrames: 30 });
    for (let round = 0; round < 5; round++) {
      const checkpointed = nextCheckpoint();
      commitBackToBack(25);
      await checkpointed;
    }
    sqlite.exec("COMMIT");
    // A new connection while the bot's is still open (as after a crash, nothing checkpointed at close).
    const reopened = new BetterSqlite(sqlite.name);
    try {
      expect(reopened.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 125 });
      expect(reopened.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      reopened.close();
    }
  });

  it("is what the bot's SQLite database uses: under a run of transactions its connection stops checkpointing", async () => {
    const database = openSqliteDatabase(join(mkdtempSync(join(tmpdir(), "wal-")), "bot.sqlite"));
    try {
      const insert = database.statement("INSERT INTO settings (key, value) VALUES (?, ?)");
      expect(database.sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(1_000);
      // One after the other: each its own commit (transactions queued together share one).
      for (let i = 0; i < 40; i++) await database.transaction(() => insert.run(`k${i}`, "v"));
      expect(database.sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    } finally {
      await database.close();
    }
  });

  it("cuts the bot's WAL file back to 64 MB when it starts over after growing past that", async () => {
    const database = openSqliteDatabase(join(mkdtempSync(join(tmpdir(), "wal-")), "bot.sqlite"));
    try {
      database.sqlite.exec("CREATE TABLE scratch (v TEXT)");
      const insert = database.statement("INSERT INTO scratch (v) VALUES (?)");
      // One transaction of 80 MB: the WAL must hold all of it until it commits.
      await database.transaction(async () => {
        for (let i = 0; i < 80; i++) await insert.run(String(i).padEnd(1024 * 1024, "x"));
      });
      const walSize = () => statSync(`${database.location}-wal`).size;
      expect(walSize()).toBeGreaterThan(80 * 1024 * 1024);
      await database.transaction(() => database.run(sql`DELETE FROM scratch`));
      await database.transaction(() => insert.run("small"));
      expect(walSize()).toBeLessThanOrEqual(WAL_SIZE_LIMIT_BYTES);
    } finally {
      await database.close();
    }
  });
});
