/**
 * SQLite commits the transactions that ran back to back together (sqlite-database.ts): each must
 * still be all or nothing on its own, and no caller may hear of its result before it is stored.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openSqliteDatabase } from "../../src/db/sqlite/sqlite-database.ts";

const tempFile = () => join(mkdtempSync(join(tmpdir(), "group-commit-")), "db.sqlite");

/** What another connection (another process) sees: only what was committed. */
const committedUpdateKeys = (path: string) => {
  const reader = new BetterSqlite(path, { readonly: true });
  try {
    return (reader.prepare("SELECT update_key FROM processed_updates ORDER BY update_key").all() as { update_key: string }[]).map((r) => r.update_key);
  } finally {
    reader.close();
  }
};

describe("SQLite group commit", () => {
  it("keeps each transaction whole: a failed one is undone alone, and the others are committed before their callers hear back", async () => {
    const path = tempFile();
    const database = openSqliteDatabase(path);
    const claim = database.statement("INSERT INTO processed_updates (channel, update_key, processed_at) VALUES ('t', ?, 0)");
    const seenAtAnswer: string[][] = [];
    const write = (key: string, fail = false) =>
      database
        .transaction(async () => {
          await claim.run(`${key}-1`);
          await claim.run(`${key}-2`);
          if (fail) throw new Error("handler bug");
        })
        .then(() => seenAtAnswer.push(committedUpdateKeys(path)));
    // Queued in one turn: they run back to back and share one commit.
    const results = await Promise.allSettled([write("a"), write("b", true), write("c")]);

    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(committedUpdateKeys(path)).toEqual(["a-1", "a-2", "c-1", "c-2"]);
    // Each caller was answered only once its own rows could be read by another connection.
    expect(seenAtAnswer).toHaveLength(2);
    for (const seen of seenAtAnswer) expect(seen).toEqual(["a-1", "a-2", "c-1", "c-2"]);
    await database.close();
  });

  it("fails every caller of a batch whose commit fails, and stores none of it", async () => {
    const path = tempFile();
    const database = openSqliteDatabase(path);
    const claim = database.statement("INSERT INTO processed_updates (channel, update_key, processed_at) VALUES ('t', ?, 0)");
    // A COMMIT that fails (as a full disk would make it): a deferred foreign key broken by the batch.
    database.sqlite.pragma("defer_foreign_keys = ON");
    const broken = database.statement("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (999, 999)");
    const results = await Promise.allSettled([
      database.transaction(async () => void (await claim.run("x"))),
      database.transaction(async () => void (await broken.run())),
    ]);

    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(committedUpdateKeys(path)).toEqual([]);
    // The connection is usable again.
    await database.transaction(async () => void (await claim.run("y")));
    expect(committedUpdateKeys(path)).toEqual(["y"]);
    await database.close();
  });

  it("ends the file's transaction after a lone failed one, so another process may write", async () => {
    const path = tempFile();
    const database = openSqliteDatabase(path);
    const claim = database.statement("INSERT INTO processed_updates (channel, update_key, processed_at) VALUES ('t', ?, 0)");
    await expect(
      database.transaction(async () => {
        await claim.run("lost");
        throw new Error("handler bug");
      }),
    ).rejects.toThrow("handler bug");
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));

    expect(database.sqlite.inTransaction).toBe(false);
    const other = new BetterSqlite(path, { timeout: 0 });
    try {
      other.prepare("INSERT INTO processed_updates (channel, update_key, processed_at) VALUES ('t', 'other', 0)").run();
    } finally {
      other.close();
    }
    expect(committedUpdateKeys(path)).toEqual(["other"]);
    await database.close();
  });
});
