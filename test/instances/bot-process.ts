/**
 * One instance of the real bot: `src/main.ts` as its own process on a known port, its output kept
 * in a file (printed when the test fails), killed with SIGKILL and started again with the same
 * settings. The clock preload moves its wall clock by a fixed offset (see shifted-clock.mjs).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

export class BotProcess {
  private child: ChildProcess | undefined;
  /** When it last came up (answered /healthz): its scheduler's first tick is a minute after. */
  upSince = 0;
  /** Starts so far: 1 for the first run, 2 after the restart. */
  generation = 0;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const log = openSync(this.logFile, "a");
    this.child = spawn(process.execPath, ["--import", "tsx", "--import", "./test/instances/shifted-clock.mjs", "src/main.ts"], {
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: "127.0.0.1" },
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    this.generation++;
    const child = this.child;
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited with ${child.exitCode}:\n${this.logTail()}`);
      const ok = await fetch(`${this.url}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > until) throw new Error(`${this.name} did not answer /healthz:\n${this.logTail()}`);
      await sleep(100);
    }
    this.upSince = Date.now();
  }

  /** kill -9, and wait until the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
  }

  /** A graceful stop (SIGTERM), SIGKILL if it takes too long. */
  async stop(timeoutMs = 15_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    if ((await Promise.race([exited.then(() => true), sleep(timeoutMs).then(() => false)])) === false) await this.kill();
  }

  /**
   * POSTs one update to the webhook: "ok" only for a 200 (Telegram redelivers anything else),
   * "refused" when nothing listens on the port, "failed" for anything else (a connection reset
   * by the kill, an error status, no answer in time).
   */
  async post(update: unknown, secret: string): Promise<"ok" | "refused" | "failed"> {
    try {
      const response = await fetch(`${this.url}/webhooks/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      return response.status === 200 ? "ok" : "failed";
    } catch (error) {
      return (error as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED" ? "refused" : "failed";
    }
  }

  logTail(lines = 40): string {
    try {
      return readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n");
    } catch {
      return "(no output)";
    }
  }
}
