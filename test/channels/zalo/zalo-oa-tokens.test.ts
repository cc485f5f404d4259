/**
 * The Zalo OA token pair over time, on a simulated clock: refreshed by the timer before it expires
 * (so a quiet OA keeps its refresh token), and a refresh token Zalo declares dead: no more retries,
 * logged once, the officers' chats on the other channels told once, also across a restart.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createZaloOaClient } from "../../../src/channels/zalo-oa/zalo-oa-client.ts";
import type { TokenPair } from "../../../src/channels/zalo-oa/zalo-oa-tokens.ts";
import { REFRESH_AHEAD_MS } from "../../../src/channels/zalo-oa/zalo-oa-token-keeper.ts";
import { DEMO_OFFICERS_CHAT } from "../../../src/demo/seed-demo.ts";
import { vi as texts } from "../../../src/sentences/vi.ts";
import { OA_APP_ID, OA_APP_SECRET } from "../../fake-zalo/fake-zalo-server.ts";
import { OA_GROUP, startZaloHarness, type ZaloHarness } from "../../helpers/zalo-harness.ts";

const HOUR = 3600_000;
const OFFICERS_BOT_CHAT = "0fficers0bot0chat000";
const OFFICERS_TELEGRAM_CHAT = "-1001234567890";
const OFFICERS_OA_CHAT = "group:0fficers0oa0group0";

let harnesses: ZaloHarness[] = [];
afterEach(async () => {
  for (const h of harnesses) await h.close().catch(() => {});
  harnesses = [];
});
const start = async (options: Parameters<typeof startZaloHarness>[0] = {}) => {
  const h = await startZaloHarness(options);
  harnesses.push(h);
  return h;
};

/** A client with no Zalo behind it but `fetch`, on a clock at 0: for its own handling of answers. */
const offlineClient = (deps: Pick<Parameters<typeof createZaloOaClient>[0], "tokens" | "fetch">) =>
  createZaloOaClient({ appId: OA_APP_ID, appSecret: OA_APP_SECRET, apiRoot: "http://127.0.0.1:9", oauthRoot: "http://127.0.0.1:9", now: () => 0, logger: { warn: () => {}, error: () => {} }, ...deps });

/** The pair as stored now, expiring `ms` from the simulated clock. */
const expireIn = async (z: ZaloHarness, ms: number) => {
  const pair = (await z.server.repos.settings.loadTokens("zalo-oa"))!;
  await z.server.repos.settings.saveTokens("zalo-oa", { ...pair, expiresAt: z.clock() + ms }, z.clock());
};
const oauthCalls = (z: ZaloHarness) => z.fake.calls.filter((c) => c.api === "oauth").length;
const deadLogs = (z: ZaloHarness) => z.logs.filter((l) => l.level === "error" && l.msg.includes("refresh token is dead"));
/** The dead-token note as queued in the outbox, per chat. */
const notesQueued = (z: ZaloHarness) =>
  z.server.database.rows<{ channel: string; chatId: string }>(
    sql`select channel, chat_external_id as "chatId" from outbox where payload like ${`%${texts.zaloOa.refreshTokenDead.slice(0, 40)}%`} order by id`,
  );

describe("the token timer", () => {
  it("refreshes the pair an hour before it expires, not earlier", async () => {
    const z = await start();
    await expireIn(z, 25 * HOUR);
    expect(await z.server.zaloOaTokenKeeper!.tick()).toBe("fresh");
    await z.advance(25 * HOUR - REFRESH_AHEAD_MS - 1);
    expect(await z.server.zaloOaTokenKeeper!.tick()).toBe("fresh");
    expect(z.fake.refreshes).toEqual([]);
    await z.advance(1);
    expect(await z.server.zaloOaTokenKeeper!.tick()).toBe("refreshed");
    expect(z.fake.refreshes).toEqual(["rt-1"]);
    expect(await z.server.repos.settings.loadTokens("zalo-oa")).toEqual({ accessToken: "at-2", refreshToken: "rt-2", expiresAt: z.clock() + 90_000_000 });
  });

  it("keeps a quiet OA's pair alive for 100 days (refresh tokens last 90), each refresh using the newest refresh token", async () => {
    const z = await start();
    const expiredAtHours: number[] = [];
    for (let hour = 0; hour < 100 * 24; hour++) {
      await z.server.zaloOaTokenKeeper!.tick();
      if ((await z.server.repos.settings.loadTokens("zalo-oa"))!.expiresAt <= z.clock()) expiredAtHours.push(hour);
      await z.advance(HOUR);
    }
    expect(expiredAtHours).toEqual([]);
    // The seeded pair at once, then once a day (every 25 h less the hour ahead): no more than that.
    expect(z.fake.refreshes.length).toBeGreaterThanOrEqual(100);
    expect(z.fake.refreshes.length).toBeLessThanOrEqual(102);
    expect(z.fake.refreshes).toEqual(z.fake.refreshes.map((_, i) => `rt-${i + 1}`));
    expect(z.fake.calls.filter((c) => c.api === "oauth" && c.failed)).toEqual([]);
  });

  it("retries a failing refresh with a growing pause of at most 15 minutes", async () => {
    const z = await start({ env: { ZALO_OAUTH_ROOT: "http://127.0.0.1:9" } });
    await expireIn(z, 30 * 60_000);
    const outcomes: string[] = [];
    for (let minute = 0; minute < 60; minute++) {
      outcomes.push(await z.server.zaloOaTokenKeeper!.tick());
      await z.advance(60_000);
    }
    const attemptMinutes = outcomes.flatMap((o, minute) => (o === "failed" ? [minute] : []));
    expect(attemptMinutes).toEqual([0, 1, 3, 7, 15, 30, 45]);
    expect(outcomes.filter((o) => o !== "failed" && o !== "waiting")).toEqual([]);
  });
});

describe("a refresh token Zalo declares dead", () => {
  it("stops the retries, is logged once, and told once to the officers' chats on the other channels, also after a restart", async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), "zalo-tokens-")), "bot.sqlite");
    const z = await start({ databasePath });
    const { directory } = z.server.repos;
    await directory.insertChat({ channel: "zalo-bot", externalId: OFFICERS_BOT_CHAT, title: "Cán bộ (Zalo Bot)", kind: "officers" });
    await directory.insertChat({ channel: "telegram", externalId: OFFICERS_TELEGRAM_CHAT, title: "Cán bộ (Telegram)", kind: "officers" });
    await directory.insertChat({ channel: "zalo-oa", externalId: OFFICERS_OA_CHAT, title: "Cán bộ (Zalo OA)", kind: "officers" });

    z.fake.killRefreshToken();
    await expireIn(z, 2 * HOUR);
    expect(await z.server.zaloOaTokenKeeper!.tick()).toBe("fresh");
    await z.advance(HOUR);
    expect(await z.server.zaloOaTokenKeeper!.tick()).toBe("dead");
    expect(oauthCalls(z)).toBe(1);
    expect(await z.server.repos.settings.tokensDeadReason("zalo-oa")).toBe("Zalo error -14014");
    expect(deadLogs(z)).toHaveLength(1);
    expect(deadLogs(z)[0]!.msg).toMatch(/npm run zalo-tokens -- ACCESS REFRESH/);
    // The demo's officers' chat is on the local channel.
    expect(await notesQueued(z)).toEqual([
      { channel: "local", chatId: DEMO_OFFICERS_CHAT },
      { channel: "zalo-bot", chatId: OFFICERS_BOT_CHAT },
      { channel: "telegram", chatId: OFFICERS_TELEGRAM_CHAT },
    ]);
    await z.advance(1_000);
    expect(z.fake.botSentTo(OFFICERS_BOT_CHAT).map((c) => c.body.text)).toEqual([texts.zaloOa.refreshTokenDead]);

    // A day of timer ticks and, once the access token has expired, a message to send: no refresh is tried.
    for (let i = 0; i < 24 * 6; i++) {
      expect(await z.server.zaloOaTokenKeeper!.tick()).toBe("dead");
      await z.advance(10 * 60_000);
    }
    await z.server.repos.outbox.enqueue("zalo-oa", `group:${OA_GROUP}`, { kind: "text", text: "Nhắc nhở" }, z.clock());
    await z.advance(1_000);
    expect(oauthCalls(z)).toBe(1);
    expect(z.fake.oaSentTo(OA_GROUP)).toEqual([]);
    expect(deadLogs(z)).toHaveLength(1);
    expect(await notesQueued(z)).toHaveLength(3);
    expect(z.fake.oaSentTo("0fficers0oa0group0")).toEqual([]);
    await z.close();

    // After a restart on the same database: still nothing tried, logged or told again.
    const again = await start({ databasePath, startAt: z.clock() + HOUR });
    expect(await again.server.zaloOaTokenKeeper!.tick()).toBe("dead");
    await again.advance(10 * 60_000);
    expect(await again.server.zaloOaTokenKeeper!.tick()).toBe("dead");
    expect(oauthCalls(again)).toBe(0);
    expect(deadLogs(again)).toEqual([]);
    expect(await notesQueued(again)).toHaveLength(3);
    expect(again.fake.botSentTo(OFFICERS_BOT_CHAT)).toEqual([]);

    // A new pair ends the dead state: the timer refreshes with it at once (it is stored as expiring within the hour).
    await again.server.repos.settings.saveTokens("zalo-oa", { ...again.fake.tokens(), expiresAt: again.clock() + HOUR }, again.clock());
    expect(await again.server.repos.settings.tokensDeadReason("zalo-oa")).toBeUndefined();
    expect(await again.server.zaloOaTokenKeeper!.tick()).toBe("refreshed");
    expect(again.fake.refreshes).toEqual(["rt-1"]);
    // The message queued while the token was dead waited for it (failed at once, it was lost).
    await again.advance(5 * 60_000);
    expect(again.fake.oaSentTo(OA_GROUP).map((c) => (c.body.message as { text: string }).text)).toEqual(["Nhắc nhở"]);
  });
});

describe("Zalo's OAuth server failing", () => {
  it("keeps the messages waiting on a refresh that got a 502 page, and sends them once it answers (they were given up at once)", async () => {
    const z = await start();
    z.fake.failNextRefreshes(502, 502, 503);
    await expireIn(z, -1);
    await z.server.repos.outbox.enqueue("zalo-oa", `group:${OA_GROUP}`, { kind: "text", text: "Câu hỏi" }, z.clock());
    await z.advance(1_000);
    const [row] = await z.server.database.rows<{ status: string }>(sql`select status from outbox where payload like ${"%Câu hỏi%"}`);
    expect(row?.status).toBe("pending");
    for (let i = 0; i < 30 && z.fake.oaSentTo(OA_GROUP).length === 0; i++) await z.advance(10_000);
    expect(z.fake.oaSentTo(OA_GROUP).map((c) => (c.body.message as { text: string }).text)).toEqual(["Câu hỏi"]);
    expect(z.fake.calls.filter((c) => c.api === "oauth" && c.failed)).toHaveLength(3);
    // Not said to need an admin's new grant: Zalo refused nothing.
    expect(z.logs.filter((l) => l.msg.includes("grant access again"))).toEqual([]);
  });

  it("reads an HTTP 403 or 502 page from the OA API as an outage worth another try, not as the chat gone (a 403 stopped every send to it)", async () => {
    for (const status of [403, 502]) {
      const client = offlineClient({
        tokens: { load: async () => ({ accessToken: "at", refreshToken: "rt", expiresAt: Number.MAX_SAFE_INTEGER }), save: async () => {} },
        fetch: async () => new Response("<html>Forbidden</html>", { status, headers: { "content-type": "text/html" } }),
      });
      await expect(client.request("v3.0/oa/group/message", {})).rejects.toMatchObject({ status: 503 });
    }
    // A 413 from a proxy's size limit stays what it is: waiting will not pass it.
    const tooBig = offlineClient({
      tokens: { load: async () => ({ accessToken: "at", refreshToken: "rt", expiresAt: Number.MAX_SAFE_INTEGER }), save: async () => {} },
      fetch: async () => new Response("<html>Too large</html>", { status: 413 }),
    });
    await expect(tooBig.request("v2.0/oa/upload/file", {})).rejects.toMatchObject({ status: 413 });
  });
});

describe("a refreshed pair the database cannot store", () => {
  it("is used from memory and stored at its next use: the refresh token it replaced, spent at Zalo, is never sent again", async () => {
    const z = await start();
    const { settings } = z.server.repos;
    let failingSaves = 1;
    const errors: string[] = [];
    const client = createZaloOaClient({
      appId: OA_APP_ID,
      appSecret: OA_APP_SECRET,
      apiRoot: z.fake.url,
      oauthRoot: z.fake.url,
      tokens: {
        load: () => settings.loadTokens("zalo-oa"),
        save: async (pair) => {
          if (failingSaves-- > 0) throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
          await settings.saveTokens("zalo-oa", pair, z.clock());
        },
      },
      now: z.clock,
      logger: { warn: () => {}, error: (_obj, msg) => void errors.push(msg) },
    });
    expect((await client.refresh()).refreshToken).toBe("rt-2");
    expect((await settings.loadTokens("zalo-oa"))!.refreshToken).toBe("rt-1");
    expect(errors).toEqual([expect.stringMatching(/could not be stored; it is used from memory/)]);

    // The next refresh stores the pair first, then spends rt-2 (not the stored rt-1, dead at Zalo).
    expect((await client.refresh()).refreshToken).toBe("rt-3");
    expect(z.fake.refreshes).toEqual(["rt-1", "rt-2"]);
    expect(await settings.loadTokens("zalo-oa")).toMatchObject({ accessToken: "at-3", refreshToken: "rt-3" });
  });
});

describe("a pair stored while the database was down", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is stored on its own as soon as the database answers again, not only at the next use", async () => {
    vi.useFakeTimers();
    let stored: TokenPair = { accessToken: "at-1", refreshToken: "rt-1", expiresAt: 0 };
    let down = true;
    const client = offlineClient({
      tokens: {
        load: async () => stored,
        save: async (pair) => {
          if (down) throw Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" });
          stored = pair;
        },
      },
      fetch: (async () => Response.json({ access_token: "at-2", refresh_token: "rt-2", expires_in: "90000" })) as unknown as typeof fetch,
    });
    expect((await client.refresh()).refreshToken).toBe("rt-2");
    expect(stored.refreshToken).toBe("rt-1");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stored.refreshToken).toBe("rt-1");
    down = false;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(stored).toMatchObject({ accessToken: "at-2", refreshToken: "rt-2" });
  });
});
