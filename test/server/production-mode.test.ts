/**
 * A server with a platform token is production: the local web chat and its API are gone (404), no
 * route serves a document by its id, the demo's data and production's never share a database.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { HEADERS_TIMEOUT_MS, MAX_CONNECTIONS, REQUEST_TIMEOUT_MS } from "../../src/server/build-server.ts";
import { MAX_CONNECTIONS_PER_ADDRESS } from "../../src/server/connections-per-address.ts";
import { Socket } from "node:net";

/** A socket as the server sees it when a client connects: only its address is read first. */
const fakeSocket = (remoteAddress: string) => {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: remoteAddress });
  return socket;
};
import { createConfig } from "../../src/config.ts";
import { StartupRefusal } from "../../src/startup-refusal.ts";
import { buildTestApp, useTestApps } from "../helpers/build-test-app.ts";
import { TEST_DIALECT } from "../helpers/test-database.ts";

const TOKENS = { TELEGRAM_BOT_TOKEN: "123456:TEST-token_abc", TELEGRAM_WEBHOOK_SECRET: "secret_1", TELEGRAM_API_ROOT: "http://127.0.0.1:9" };
const apps = useTestApps();
const start = apps.start;

const LOCAL_ROUTES = [
  ["GET", "/local/chats"],
  ["GET", "/local/chats/th-lien-chau/messages"],
  ["POST", "/local/chats/th-lien-chau/messages"],
  ["POST", "/local/chats/th-lien-chau/files"],
  ["GET", "/local/documents/1"],
] as const;

describe("the HTTP server on a public address", () => {
  it("bounds how long a request may take to arrive and how many sockets are open, from one address too, and writes no log line per request", async () => {
    const lines: string[] = [];
    const { app } = await start({ env: TOKENS, httpLogger: pino({ level: "info" }, { write: (line: string) => void lines.push(line) }) });
    // Node's own limit is off unless set: a client trickling a body held its socket for ever.
    expect(app.server.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
    expect(REQUEST_TIMEOUT_MS).toBeGreaterThan(0);
    expect(app.server.maxConnections).toBe(MAX_CONNECTIONS);
    expect(app.server.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
    expect(HEADERS_TIMEOUT_MS).toBeLessThan(REQUEST_TIMEOUT_MS);
    // One address cannot take every slot: its sockets over the limit are closed as they open.
    const sockets = Array.from({ length: MAX_CONNECTIONS_PER_ADDRESS + 2 }, () => fakeSocket("203.0.113.7"));
    for (const socket of sockets) app.server.emit("connection", socket);
    expect(sockets.filter((s) => s.destroyed).length).toBe(2);
    // Another address, and loopback (a reverse proxy on the machine), still get in; a closed socket frees its slot.
    const other = fakeSocket("198.51.100.1");
    const proxied = fakeSocket("127.0.0.1");
    sockets[0]!.emit("close");
    const again = fakeSocket("203.0.113.7");
    for (const socket of [other, proxied, again]) app.server.emit("connection", socket);
    expect([other, proxied, again].map((s) => s.destroyed)).toEqual([false, false, false]);
    // An IPv6 client counts by its /64, however it writes its addresses: a new address per socket gained nothing.
    const v6 = Array.from({ length: MAX_CONNECTIONS_PER_ADDRESS + 1 }, (_, i) => fakeSocket(i % 2 ? `2001:db8:0:7::${(i + 1).toString(16)}` : `2001:0db8:0000:0007:${i}:0:0:1`));
    for (const socket of v6) app.server.emit("connection", socket);
    expect(v6.filter((s) => s.destroyed).length).toBe(1);
    const neighbour = fakeSocket("2001:db8:0:8::1");
    app.server.emit("connection", neighbour);
    expect(neighbour.destroyed).toBe(false);
    for (const socket of [...sockets, other, proxied, again, ...v6, neighbour]) socket.destroy();
    for (let i = 0; i < 20; i++) await app.inject("/healthz");
    await app.inject({ method: "POST", url: "/webhooks/telegram", payload: {} });
    await app.inject("/khong-co");
    expect(lines).toEqual([]);
  });

  it("reads no body that nothing may use: an unknown path, the web page's unknown paths and its forms without a session (malformed JSON would be 400 once read)", async () => {
    const { app } = await start({ env: TOKENS });
    const malformed = { headers: { "content-type": "application/json" }, payload: "[[[[" };
    for (const url of ["/khong-co", "/files/abc", "/web/khong-co", "/web/dot/1/nhac", "/web/thoat"]) {
      const response = await app.inject({ method: "POST", url, ...malformed });
      expect(response.statusCode, url).toBe(url.startsWith("/web/dot") || url === "/web/thoat" ? 401 : 404);
    }
    // The sign-in form is one button: a body of more is refused before its token is looked at.
    const form = { "content-type": "application/x-www-form-urlencoded" };
    expect((await app.inject({ method: "POST", url: `/web/login/${"a".repeat(43)}`, headers: form, payload: "x=".padEnd(5000, "y") })).statusCode).toBe(413);
    // The webhook still reads a body once its secret is right (a bad one is 400, as before).
    expect((await app.inject({ method: "POST", url: "/webhooks/telegram", payload: malformed.payload, headers: { ...malformed.headers, "x-telegram-bot-api-secret-token": TOKENS.TELEGRAM_WEBHOOK_SECRET } })).statusCode).toBe(400);
  });
});

describe("with a platform token", () => {
  it("answers 404 on every local chat route, shows a plain page without data at /, and keeps /healthz", async () => {
    const { app } = await start({ env: TOKENS });
    for (const [method, url] of LOCAL_ROUTES) {
      const response = await app.inject({ method, url, payload: method === "POST" ? { userId: "u1", userName: "Kẻ lạ", text: "/thongbao tatca xin chào" } : undefined });
      expect([method, url, response.statusCode]).toEqual([method, url, 404]);
    }
    const home = await app.inject("/");
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain("Bot báo cáo");
    expect(home.body).not.toMatch(/\/local\/|Liên Châu|<script/);
    expect((await app.inject("/healthz")).statusCode).toBe(200);
    expect((await app.inject({ method: "POST", url: "/webhooks/telegram", payload: {} })).statusCode).toBe(401);
  });

  it("serves the officers' web page, which without a session tells how to sign in and shows nothing else", async () => {
    const { app } = await start({ env: TOKENS });
    const web = await app.inject("/web");
    expect(web.statusCode).toBe(200);
    expect(web.body).toMatch(/gõ \/web \(hoặc \/trangweb\) trong nhóm cán bộ/);
    expect((await app.inject("/web/dot/1")).statusCode).toBe(401);
    expect((await app.inject({ method: "POST", url: "/web/login/" + "A".repeat(43) })).statusCode).toBe(410);
  });

  it("refuses to start on a database that holds the demo, with one clear line", async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), "prod-")), "bot.sqlite");
    await apps.stop(await start({ databasePath }));
    const attempt = () => buildTestApp({ databasePath, env: TOKENS });
    await expect(attempt()).rejects.toThrow(StartupRefusal);
    // The line names the database: the file, or PostgreSQL's address (without a password).
    const location = TEST_DIALECT === "postgres" ? "postgres://127\\.0\\.0\\.1:\\d+/t_\\w+" : ".*bot\\.sqlite";
    await expect(attempt()).rejects.toThrow(new RegExp(`^The database ${location} holds the local demo's data: .*DATABASE_PATH[^\\n]*$`));
  });

  it("starts on a database of its own and seeds no demo there", async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), "prod-")), "bot.sqlite");
    const { repos } = await start({ databasePath, env: TOKENS });
    expect(await repos.directory.countUnits()).toBe(0);
    expect(await repos.directory.listChats("local")).toEqual([]);
  });
});

describe("the demo", () => {
  it("serves the chat page and its API, but no document by its id", async () => {
    const { app } = await start({});
    expect((await app.inject("/")).body).toContain("<script");
    expect((await app.inject("/local/chats")).statusCode).toBe(200);
    expect((await app.inject("/local/documents/1")).statusCode).toBe(404);
  });
});

describe("the database file", () => {
  it("is ./data/demo.sqlite for the demo and ./data/bot.sqlite with a token, unless DATABASE_PATH says", () => {
    const path = (env: Record<string, string>) => {
      const result = createConfig(env);
      return result.ok ? result.config.databasePath : result.errors;
    };
    expect(path({})).toBe("./data/demo.sqlite");
    expect(path(TOKENS)).toBe("./data/bot.sqlite");
    expect(path({ ...TOKENS, DATABASE_PATH: "/srv/bot.db" })).toBe("/srv/bot.db");
  });
});
