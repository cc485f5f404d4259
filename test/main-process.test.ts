/**
 * `npm start` as an operator meets it: the real src/main.ts in its own process, in a temporary
 * working directory with a temporary database, with only the environment each test gives it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const MAIN = join(ROOT, "src", "main.ts");

/** Runs main.ts until it exits (or kills it after `timeoutMs`); only PATH leaks from our environment. */
function runMain(cwd: string, env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [MAIN], { cwd, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
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
  it("answers a port already in use with one line on stderr and exit code 1", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "main-"));
    const held = await occupyPort();
    blocker = held.server;
    const result = await runMain(cwd, { PORT: String(held.port), HOST: "127.0.0.1", DATABASE_PATH: join(cwd, "bot.sqlite") });
    expect(result.stderr).toBe(`Port ${held.port} is already in use: stop the other server or set PORT.\n`);
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
});
