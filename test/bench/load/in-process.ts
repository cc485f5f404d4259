/**
 * For work on the webhook's path, not for the README's figures: the bench's load (1,000 seeded
 * chats, unique updates, 50 in flight) sent through `inject()` into one application in this process,
 * so that what it measures is the bot's own CPU per update, without the sockets and without the
 * other processes that make bench:load's req/s swing by a third from run to run. Prints CPU µs per
 * update over the measured updates, their answer times (p50, p99, max) and the event loop's delay
 * (its stalls); with PROFILE=file.cpuprofile, the CPU profile of those updates only (not the
 * seeding, not the warm-up); with ALLOCATIONS=file.heapprofile, a sampling profile of
 * what they allocated (collected garbage included: what the collector's 10-15% comes from).
 *
 * With COUNT=1, how often each statement ran per update (statement-counts.ts); with BURST=1, the
 * bench's 100 submissions among the measured updates; DB=postgres runs the bot on a PostgreSQL
 * server started here.
 *
 * Usage: npx tsx test/bench/load/in-process.ts [measured updates, default 20000]
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import type BetterSqlite from "better-sqlite3";
import { CLAIM_AHEAD_MS } from "../../../src/outbox/claim-outbox-rows.ts";
import { buildTestApp } from "../../helpers/build-test-app.ts";
import { createDatabase, startPostgres } from "../../helpers/postgres-server.ts";
import { freePort, killAll, startNode, waitForOutput } from "./children.ts";
import { seedChats, tempFolders, tempSqlitePath } from "./seed-chats.ts";
import { countStatements } from "./statement-counts.ts";
import { BURST_CHATS, LOAD_CHATS, SECRET, TOKEN, UpdateSource } from "./updates.ts";

const MEASURED = Number(process.argv[2] ?? 20_000);
const WARMUP = 3_000;
const IN_FLIGHT = 50;

const apiPort = await freePort();
const api = startNode("fake Bot API", "test/bench/load/fake-bot-api.mjs", { args: [String(apiPort)], logFile: join(tmpdir(), "in-process-api.log") });
await waitForOutput(api, "listening");
const postgres = process.env.DB === "postgres" ? await startPostgres() : undefined;
const databaseUrl = postgres && (await createDatabase(postgres.url));
const databasePath = tempSqlitePath("in-process");
await seedChats({ databasePath, databaseUrl });
const app = await buildTestApp({
  databasePath,
  now: () => new Date(),
  // The real clock, so the outbox claims ahead as the bot does.
  outboxClaimAheadMs: CLAIM_AHEAD_MS,
  demo: false,
  env: { ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: `http://127.0.0.1:${apiPort}`, PUBLIC_URL: "https://bench.example" },
});
await app.start();

const source = new UpdateSource(Array.from({ length: LOAD_CHATS }, (_, c) => c), IN_FLIGHT);
let sent = 0;
/** Each measured request's time from sending to its answer, in ms (the warm-up's are dropped). */
const latencies: number[] = [];
/** Sends updates until `count` more have been answered, IN_FLIGHT at a time. */
async function run(count: number) {
  const last = sent + count;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async (_, connection) => {
      while (sent < last) {
        sent++;
        const { body } = source.next(connection);
        const t0 = performance.now();
        const response = await app.app.inject({ method: "POST", url: "/webhooks/telegram", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, payload: body });
        latencies.push(performance.now() - t0);
        if (response.statusCode !== 200) throw new Error(`answered ${response.statusCode}`);
      }
    }),
  );
}

try {
  await run(WARMUP);
  const statementLines = process.env.COUNT ? countStatements(app.database as { sqlite?: BetterSqlite.Database }, postgres !== undefined) : undefined;
  const profiler = process.env.PROFILE ? new Session() : undefined;
  profiler?.connect();
  await profiler?.post("Profiler.enable");
  await profiler?.post("Profiler.start");
  const allocations = process.env.ALLOCATIONS ? new Session() : undefined;
  allocations?.connect();
  await allocations?.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  latencies.length = 0;
  // The event loop's longest stalls: what a burst adds shows there before it shows in the p99.
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const cpu = process.cpuUsage();
  const threads0 = threadTicks();
  const started = performance.now();
  const elu = performance.eventLoopUtilization();
  // BURST=1: the bench's burst (100 reports confirmed at once) sent first, inside the measured updates.
  if (process.env.BURST) source.inject(Array.from({ length: BURST_CHATS }, (_, i) => source.single(LOAD_CHATS + i, "Có")));
  await run(MEASURED);
  // Before the profiles are written: their writing is no stall of the bot's.
  loopDelay.disable();
  const used = process.cpuUsage(cpu);
  const threads1 = threadTicks();
  const perThread = [...threads1].map(([tid, [name, t]]) => [name, ((t - (threads0.get(tid)?.[1] ?? 0)) * 10_000) / MEASURED] as const).filter(([, us]) => us >= 5).sort((a, b) => b[1] - a[1]);
  console.log("CPU µs per update by thread:", perThread.map(([name, us]) => `${name} ${us.toFixed(0)}`).join(", "));
  const seconds = (performance.now() - started) / 1000;
  const loop = performance.eventLoopUtilization(elu);
  if (profiler) writeFileSync(process.env.PROFILE!, JSON.stringify((await profiler.post("Profiler.stop")).profile));
  if (allocations) writeFileSync(process.env.ALLOCATIONS!, JSON.stringify((await allocations.post("HeapProfiler.stopSampling")).profile));
  console.log(
    `${MEASURED} updates in ${seconds.toFixed(2)} s: ${(MEASURED / seconds).toFixed(0)} per s, CPU ${((used.user + used.system) / MEASURED).toFixed(0)} µs per update (${(used.system / MEASURED).toFixed(0)} in the kernel), event loop ${(loop.utilization * 100).toFixed(0)}% busy (${((loop.active * 1000) / MEASURED).toFixed(0)} µs per update)`,
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))]!.toFixed(1);
  console.log(`answered in p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms; event loop delay p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms`);
  for (const line of statementLines?.(MEASURED) ?? []) console.log(line);
} finally {
  await app.close();
  await killAll();
  await postgres?.stop();
  for (const folder of tempFolders) rmSync(folder, { recursive: true, force: true });
}

/** Each thread's CPU so far (utime + stime, in clock ticks of 10 ms), by thread id, with its name. */
function threadTicks(): Map<string, [string, number]> {
  const ticks = new Map<string, [string, number]>();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks.set(tid, [`${name}#${tid}`, Number(fields[11]) + Number(fields[12])]);
    } catch {}
  }
  return ticks;
}
