/**
 * Every process the load bench starts goes through here, so that one call (on success, failure or
 * Ctrl-C) kills them all, by pid, and nothing outlives the run. Each is `node` itself (not npx or a
 * shell), so the pid we read /proc for is the server's own.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const running = new Set<Child>();

export interface Child {
  name: string;
  process: ChildProcess;
  pid: number;
  logFile: string;
  logTail: (lines?: number) => string;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * How `npm start` runs the bot (its V8 flags, read from package.json): the bench runs it, and the
 * memory baseline, the same way. BENCH_NODE_FLAGS adds flags for a look inside (e.g. "--trace-gc").
 */
const START_FLAGS = (JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")).scripts.start as string).split(/\s+/).filter((word) => word.startsWith("--max-"));
export const BOT_NODE_OPTIONS = [...(process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? []), ...START_FLAGS];

/**
 * Starts `node [--import tsx] script ...args`; its output goes to `logFile` (printed when it fails).
 * The servers measured run compiled (compiled.ts), as `npm start` runs the bot; `tsx` is for the
 * helpers around them.
 */
export function startNode(name: string, script: string, options: { args?: string[]; env?: Record<string, string>; tsx?: boolean; nodeOptions?: string[]; logFile: string }): Child {
  const log = openSync(options.logFile, "a");
  const argv = [...(options.nodeOptions ?? []), ...(options.tsx ? ["--import", "tsx"] : []), script, ...(options.args ?? [])];
  const proc = spawn(process.execPath, argv, { env: { ...process.env, ...options.env }, stdio: ["ignore", log, log] });
  closeSync(log);
  const logTail = (lines = 30) => {
    try {
      return readFileSync(options.logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
      return "(no output)";
    }
  };
  const child: Child = {
    name,
    process: proc,
    pid: proc.pid!,
    logFile: options.logFile,
    logTail,
    async stop(graceMs = 5000) {
      running.delete(child);
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGTERM");
      if (!(await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]))) {
        proc.kill("SIGKILL");
        await exited;
      }
    },
  };
  running.add(child);
  return child;
}

/** Waits until `url` answers 2xx (the child is up), failing early with its output if it died. */
export async function waitForHttp(child: Child, url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited with ${child.process.exitCode}:\n${child.logTail()}`);
    if (await fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false)) return;
    if (Date.now() > until) throw new Error(`${child.name} did not answer ${url} within ${timeoutMs} ms:\n${child.logTail()}`);
    await sleep(100);
  }
}

/** Waits until the child's output contains `text` (for servers that say so rather than serve /healthz). */
export async function waitForOutput(child: Child, text: string, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const out = child.logTail(200);
    if (out.includes(text)) return out;
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited with ${child.process.exitCode}:\n${out}`);
    if (Date.now() > until) throw new Error(`${child.name} did not print "${text}" within ${timeoutMs} ms:\n${out}`);
    await sleep(50);
  }
}

/** Kills every child still running: SIGKILL, by pid, and waits for each to be gone. */
export async function killAll(): Promise<void> {
  const all = [...running];
  running.clear();
  await Promise.all(
    all.map(async ({ process: proc }) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGKILL");
      await Promise.race([exited, sleep(5000)]);
    }),
  );
}
