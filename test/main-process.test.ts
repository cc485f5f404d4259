/**
 * `npm start` as an operator meets it: the bot built as `npm start` builds it (`npm run build`,
 * into dist/), then dist/main.js in its own process, in a temporary working directory with a
 * temporary database, with only the environment each test gives it.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRenderPool } from "../src/documents/render-pool.ts";
import { createRepositories } from "../src/db/repositories.ts";
import { openSqliteDatabase } from "../src/db/sqlite/sqlite-database.ts";
import { docxFromParagraphs } from "./helpers/seed-docx.ts";
import { freePort, waitUntil } from "./instances/bot-process.ts";

const ROOT = resolve(import.meta.dirname, "..");
const MAIN = join(ROOT, "dist", "main.js");

// What `npm start` runs first: the TypeScript compiled, with the files beside it.
beforeAll(() => {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "pipe" });
}, 120_000);

type Exit = { code: number | null; stdout: string; stderr: string };
/** A started main.js: its exit, and a way to stop it (SIGTERM, as an operator's Ctrl-C or systemd would). */
type Running = Promise<Exit> & { stop: () => void };

/** Runs main.js until it exits (or kills it after `timeoutMs`); only PATH leaks from our environment. */
function runMain(cwd: string, env: Record<string, string>, timeoutMs = 30_000): Running {
  const child = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const exit = new Promise<Exit>((done, fail) => {
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
  return Object.assign(exit, { stop: () => void child.kill("SIGTERM") });
}

/** Polls /healthz until the process answers; fails with its output if it exits first. */
async function waitForHealth(base: string, running: Running): Promise<void> {
  let exited: { stderr: string } | undefined;
  void running.then((result) => (exited = result));
  await waitUntil("the bot's /healthz", async () => {
    if (exited) throw new Error(`the bot exited before it answered /healthz: ${exited.stderr}`);
    return fetch(`${base}/healthz`).then((r) => r.ok, () => false);
  }, 30_000, 100);
}

async function stopMain(running: Running): Promise<void> {
  running.stop();
  await running;
}

/** Holds a port on 127.0.0.1 as "the other server" would. */
async function occupyPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { server, port: address.port };
}

let blocker: Server | undefined;
afterEach(async () => {
  await new Promise((closed) => (blocker ? blocker.close(closed) : closed(undefined)));
  blocker = undefined;
});

describe("starting the server", () => {
  it("answers a port already in use with one line on stderr and exit code 1, before it touches the messages the running bot is sending", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "main-"));
    const held = await occupyPort();
    blocker = held.server;
    // The running bot's database, a message in the middle of its send.
    const path = join(cwd, "bot.sqlite");
    const database = openSqliteDatabase(path);
    const { outbox } = createRepositories(database);
    await outbox.enqueue("local", "th-lien-chau", { kind: "text", text: "Câu 1" }, Date.now());
    const head = (await outbox.headOfChat("local", "th-lien-chau", Date.now()))!;
    await outbox.claim(head.id, Date.now(), Date.now() + 60_000);
    await database.close();
    const result = await runMain(cwd, { PORT: String(held.port), HOST: "127.0.0.1", DATABASE_PATH: path });
    expect(result.stderr).toBe(`Port ${held.port} is already in use: stop the other server or set PORT.\n`);
    expect(result.code).toBe(1);
    // Refused at its port, it took back none of the running bot's sends (each went twice).
    const after = openSqliteDatabase(path);
    expect(await createRepositories(after).outbox.countByStatus()).toEqual([{ status: "sending", n: 1 }]);
    await after.close();
  }, 60_000);

  it("answers a HOST that is no name this machine resolves with one line and exit code 1", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "main-"));
    // With a token: the demo refuses any HOST but this machine's before it gets there.
    const telegram = { TELEGRAM_BOT_TOKEN: "1:x", TELEGRAM_WEBHOOK_SECRET: "s".repeat(32), TELEGRAM_API_ROOT: "http://127.0.0.1:9" };
    const result = await runMain(cwd, { ...telegram, PORT: String(await freePort()), HOST: "khong-co.invalid", DATABASE_PATH: join(cwd, "bot.sqlite") });
    expect(result.stderr).toMatch(/^HOST khong-co\.invalid (?:is no name this machine can resolve|could not be resolved now): set HOST to an address, e\.g\. 127\.0\.0\.1 or 0\.0\.0\.0\.\n$/);
    expect(result.code).toBe(1);
  }, 60_000);

  it("reads .env from the working directory, the real environment winning over it", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "main-"));
    // Both values are bad: only the one the real environment does not set may be reported.
    writeFileSync(join(cwd, ".env"), "TZ_REPORTS=Mars/Olympus\nLOG_LEVEL=loud\n");
    // Should .env be ignored, the held port makes the process stop rather than serve.
    const held = await occupyPort();
    blocker = held.server;
    const result = await runMain(cwd, { LOG_LEVEL: "info", PORT: String(held.port), HOST: "127.0.0.1", DATABASE_PATH: join(cwd, "bot.sqlite") });
    expect(result.stderr).toBe("Invalid settings:\n  TZ_REPORTS: must be an IANA time zone such as Asia/Ho_Chi_Minh\n");
    expect(result.code).toBe(1);
  }, 60_000);

  it("refuses PUBLIC_URL with a scheme other than http(s) before starting", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "main-"));
    const held = await occupyPort();
    blocker = held.server;
    const result = await runMain(cwd, { PUBLIC_URL: "ftp://bot.example.vn", PORT: String(held.port), DATABASE_PATH: join(cwd, "bot.sqlite") });
    expect(result.stderr).toBe("Invalid settings:\n  PUBLIC_URL: must be an absolute http(s) URL\n");
    expect(result.code).toBe(1);
  }, 60_000);

  it("refuses to serve the demo (no platform token) at a public URL, before opening its database", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "main-"));
    const held = await occupyPort();
    blocker = held.server;
    const result = await runMain(cwd, { PUBLIC_URL: "https://bot.example.vn", PORT: String(held.port), DATABASE_PATH: join(cwd, "demo.sqlite") });
    expect(result.stderr).toMatch(/^PUBLIC_URL is set, but no platform token \(TELEGRAM_BOT_TOKEN, ZALO_OA_ACCESS_TOKEN, ZALO_BOT_TOKEN\) is: .*unset PUBLIC_URL to run the demo on this machine only\.\n$/);
    expect(result.code).toBe(1);
    expect(existsSync(join(cwd, "demo.sqlite"))).toBe(false);
  }, 60_000);

  it("serves the demo from dist/: the local chat asks a report's first question, the officers' page has its stylesheet, and its files are its own (0600)", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "main-"));
    const port = await freePort();
    const running = runMain(cwd, { PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: join(cwd, "demo.sqlite") }, 60_000);
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitForHealth(base, running);
      const chat = await fetch(`${base}/local/chats/th-lien-chau/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userId: "u1", userName: "Nguyễn Thị Hoa", text: "/baocao" }),
      });
      const { messages } = (await chat.json()) as { messages: { text: string }[] };
      // The built-in template (a JSON file copied into dist/) and the migrations were found.
      expect(messages.map((m) => m.text).join("\n")).toMatch(/Câu 1\/\d+ — /);
      const css = await fetch(`${base}/web/static/web.css`);
      expect(css.status).toBe(200);
      expect((await css.text()).length).toBeGreaterThan(100);
      // The database (reports, secrets, tokens) and the templates' folder are the bot's alone.
      expect(statSync(join(cwd, "demo.sqlite")).mode & 0o777).toBe(0o600);
      expect(statSync(join(cwd, "templates")).mode & 0o777).toBe(0o700);
    } finally {
      await stopMain(running);
    }
  }, 90_000);

  it("stops the bot when `npm start` itself is sent SIGTERM (pm2, Docker, a pid file): the bot replaces npm's shell", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "main-"));
    const port = await freePort();
    const npm = spawn("npm", ["start", "--silent"], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: join(cwd, "demo.sqlite") }, stdio: "ignore", detached: true });
    const closed = new Promise<void>((done) => npm.on("close", () => done()));
    const base = `http://127.0.0.1:${port}`;
    const answers = () => fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    try {
      await waitUntil("the bot's /healthz", answers, 60_000, 100);
      npm.kill("SIGTERM");
      await closed;
      // Without exec, npm's shell died and left the bot running, holding the port.
      await waitUntil("the bot to stop answering", async () => !(await answers()), 15_000, 100);
    } finally {
      // The whole group, a bot left behind included (a process group of its own: detached).
      try {
        process.kill(-npm.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }, 120_000);

  it("reads a Word file in the compiled render worker, which has no TypeScript beside it to fall back on", async () => {
    expect(existsSync(join(ROOT, "dist", "documents", "render-jobs.ts"))).toBe(false);
    const pool = createRenderPool({ logger: { warn: () => {} }, mainThreadFallback: false, workerUrl: pathToFileURL(join(ROOT, "dist", "documents", "render-worker.mjs")) });
    try {
      const bytes = new Uint8Array(await docxFromParagraphs(["Kế hoạch số 192/KH-THLC", "Tuyên truyền"], "styled"));
      expect((await pool.render({ kind: "read-docx", bytes })).toString()).toContain("Kế hoạch số 192/KH-THLC");
    } finally {
      await pool.close();
    }
  });
});
