/** `npm run zalo-tokens -- ACCESS REFRESH`, run as a real process on a real database file. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createRepositories, type Repositories } from "../../../src/db/repositories.ts";
import { openSqliteDatabase } from "../../../src/db/sqlite/sqlite-database.ts";
import { vi as texts } from "../../../src/sentences/vi.ts";

const TSX = resolve("node_modules/.bin/tsx");
const CLI = resolve("src/cli/zalo-tokens.ts");

/** Runs the command in `cwd` with nothing of this process's environment but PATH (no DATABASE_PATH). */
const run = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(TSX, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8" });

/** The SQLite file the command wrote (it is given no DATABASE_URL), opened and migrated as the bot does. */
const withSettings = async <T>(path: string, work: (settings: Repositories["settings"]) => T | Promise<T>): Promise<T> => {
  const database = openSqliteDatabase(path);
  try {
    return await work(createRepositories(database).settings);
  } finally {
    await database.close();
  }
};

describe("the zalo-tokens command", () => {
  it("stores the pair in ./data/bot.sqlite by default, expiring within the hour, and ends a dead state", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zalo-cli-"));
    const file = join(dir, "data", "bot.sqlite");
    await withSettings(file, async (settings) => {
      await settings.saveTokens("zalo-oa", { accessToken: "at-old", refreshToken: "rt-old", expiresAt: 1 }, 1);
      expect(await settings.markTokensDead("zalo-oa", "Zalo error -14014")).toBe(true);
    });
    const before = Date.now();
    const result = run(dir, ["at-new", "rt-new"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    // No Zalo OA channel in the settings: the pair is stored, and said not to be used yet.
    expect(result.stdout.trim()).toBe(texts.zaloOa.tokensStored("./data/bot.sqlite", false));
    expect(result.stdout).toContain("kênh Zalo OA chưa được bật");
    await withSettings(file, async (settings) => {
      const pair = (await settings.loadTokens("zalo-oa"))!;
      expect(pair).toMatchObject({ accessToken: "at-new", refreshToken: "rt-new" });
      expect(pair.expiresAt).toBeGreaterThanOrEqual(before + 3600_000);
      expect(pair.expiresAt).toBeLessThanOrEqual(Date.now() + 3600_000);
      expect(await settings.tokensDeadReason("zalo-oa")).toBeUndefined();
    });
  });

  it("uses DATABASE_PATH when it is set, and says the running bot takes the pair when its settings enable Zalo OA", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zalo-cli-"));
    const file = join(dir, "elsewhere.sqlite");
    await withSettings(file, () => undefined);
    const zaloOa = { ZALO_OA_APP_ID: "123", ZALO_APP_SECRET: "s", ZALO_OA_ACCESS_TOKEN: "a", ZALO_OA_REFRESH_TOKEN: "r" };
    const out = execFileSync(TSX, [CLI, "at-x", "rt-x"], { cwd: dir, env: { PATH: process.env.PATH ?? "", DATABASE_PATH: file, ...zaloOa }, encoding: "utf8" });
    // The channel on: the running bot takes the pair at its next call.
    expect(out.trim()).toBe(texts.zaloOa.tokensStored(file, true));
    expect(await withSettings(file, (settings) => settings.loadTokens("zalo-oa"))).toMatchObject({ accessToken: "at-x", refreshToken: "rt-x" });
  });

  it("refuses a database file that does not exist (a mistyped path), creating nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "zalo-cli-"));
    const file = join(dir, "typo", "bot.sqlite");
    const result = run(dir, ["at-x", "rt-x"], { DATABASE_PATH: file });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(texts.zaloOa.noDatabase(file));
    expect(existsSync(join(dir, "typo"))).toBe(false);
  });

  it("prints its usage and stores nothing without both tokens", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zalo-cli-"));
    const result = run(dir, ["only-one"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(texts.zaloOa.tokensUsage);
    expect(await withSettings(join(dir, "data", "bot.sqlite"), (settings) => settings.loadTokens("zalo-oa"))).toBeUndefined();
  });
});
