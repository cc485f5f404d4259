/**
 * `npm run bench:load`: the webhook under load, beside its baselines, in one run (issue #12, "The
 * bench"; the baselines are described in shared/docs/performance.md). Loopback only; bounded to a
 * few minutes. In order: a fake Bot API; the "libraries ready" idle-memory baseline; the raw
 * better-sqlite3 transaction and the minimal grammY bot under load; then the bot on a SQLite file
 * and on PostgreSQL (a server started here), each seeded with 1,000 chats answering their reports,
 * measured, checked (every acknowledged update stored), put through a burst of 100 submissions,
 * and drained. Every server runs compiled, as `npm start` runs the bot. Prints the figures and the
 * ratios to the goals; asserts only the stored check (exit 1).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDatabase, type PostgresServer, startPostgres } from "../../helpers/postgres-server.ts";
import { type BotFigures, runBotUnderLoad, type Timing } from "./bot-under-load.ts";
import { BOT_NODE_OPTIONS, freePort, killAll, sleep, startNode, waitForOutput } from "./children.ts";
import { buildBot, compileBaselines } from "./compiled.ts";
import { rssWithReportsInProgress } from "./memory-at-scale.ts";
import { newConnectionLatencies, startLoad, until, windowOf } from "./load.ts";
import { cpuMeter, processTree, rssMb } from "./proc-stats.ts";
import { type BaselineFigures, burstLines, goalsTable, serversTable } from "./report.ts";
import { tempFolders, tempSqlitePath } from "./seed-chats.ts";
import { LOAD_CHATS, SECRET, TOKEN, UpdateSource } from "./updates.ts";

/**
 * For work on the bot, not for the figures: BENCH_ONLY=sqlite or postgres runs that bot alone,
 * without the baselines and their tables; BENCH_PROFILE=DIR writes the bot's CPU profile there;
 * BENCH_NODE_FLAGS adds node flags to the bot (e.g. "--trace-gc", into its log).
 */
const only = process.env.BENCH_ONLY;
const TIMING: Timing = { warmupS: 3, measureS: 10, burstWindowS: 10, burstAtS: 2, drainBoundS: 20 };
const HERE = "test/bench/load";
const logDir = mkdtempSync(join(tmpdir(), "bench-load-logs-"));
const started = performance.now();
const say = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

let postgres: PostgresServer | undefined;
const cleanUp = async () => {
  await killAll();
  await postgres?.stop().catch(() => {});
  for (const folder of tempFolders) rmSync(folder, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

/** One baseline server under the same load as the bot: one run, warm-up then the measured window. */
async function baseline(label: string, script: string, args: (port: number) => string[]): Promise<BaselineFigures> {
  const port = await freePort();
  const child = startNode(label, baselineAt(script), { args: args(port), logFile: join(logDir, `${script}.log`) });
  try {
    await waitForOutput(child, "listening");
    const source = new UpdateSource(Array.from({ length: LOAD_CHATS }, (_, c) => c), 50, { wrap: true });
    const load = startLoad(source, { port, maxSeconds: 120 });
    await until(load.startedAt + TIMING.warmupS * 1000);
    await Promise.race([load.allAnswered, sleep(60_000)]);
    const newConnectionMs = await newConnectionLatencies(port);
    const cpu = cpuMeter(() => [child.pid]);
    const from = performance.now() - load.startedAt;
    await until(load.startedAt + from + TIMING.measureS * 1000);
    const micros = cpu();
    const to = performance.now() - load.startedAt;
    load.stop();
    const result = await load.done;
    const measured = windowOf(result, from, to);
    const figures = { label, load: result, measured, cpuUsPerUpdate: micros / measured.acknowledged.length, newConnectionMs };
    say(`${label}: ${measured.reqPerSec.toFixed(0)} req/s, p99 ${measured.p99.toFixed(1)} ms, ${figures.cpuUsPerUpdate.toFixed(0)} µs/update, mean body ${result.meanBodyBytes.toFixed(0)} bytes`);
    return figures;
  } finally {
    await child.stop();
  }
}

/** The PostgreSQL server's processes (postmaster and backends), for its share of the CPU. */
async function postgresPids(url: string): Promise<() => number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const dataDirectory = (await client.query("SHOW data_directory")).rows[0].data_directory as string;
  await client.end();
  const postmaster = Number(readFileSync(join(dataDirectory, "postmaster.pid"), "utf8").split("\n")[0]);
  return () => processTree(postmaster);
}

/** The same database through the server's Unix socket. */
async function socketUrl(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const directory = ((await client.query("SHOW unix_socket_directories")).rows[0].unix_socket_directories as string).split(",")[0]!.trim();
  await client.end();
  const { pathname, port, username } = new URL(url);
  return `postgres://${username}@/${pathname.slice(1)}?host=${encodeURIComponent(directory)}&port=${port}`;
}

// Every server runs compiled, the bot as `npm start` builds it (compiled.ts).
buildBot();
const baselineAt = compileBaselines();

let failed = false;
try {
  say(`machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  say(`logs in ${logDir}; timing: warm-up ≥ ${TIMING.warmupS} s (until every connection had an answer), measured ${TIMING.measureS} s, then ${TIMING.burstWindowS} s with the burst ${TIMING.burstAtS} s in, drain wait ≤ ${TIMING.drainBoundS} s`);
  const apiPort = await freePort();
  const fake = startNode("fake Bot API", join(HERE, "fake-bot-api.mjs"), { args: [String(apiPort)], logFile: join(logDir, "fake-bot-api.log") });
  await waitForOutput(fake, "listening");
  const apiRoot = `http://127.0.0.1:${apiPort}`;

  const readyPort = await freePort();
  const ready = startNode("libraries ready", baselineAt("ready-baseline.ts"), { nodeOptions: BOT_NODE_OPTIONS, args: [String(readyPort), tempSqlitePath("ready.sqlite")], logFile: join(logDir, "ready.log") });
  await waitForOutput(ready, "ready", 60_000);
  await sleep(3000); // idle, as the bot is when its RSS is read
  const readyRssMb = rssMb(ready.pid);
  await ready.stop();
  say(`libraries loaded and ready, idle: ${readyRssMb.toFixed(0)} MB RSS`);

  const raw = only ? undefined : await baseline("raw transaction (SQLite)", "raw-baseline.ts", (port) => [String(port), tempSqlitePath("raw.sqlite")]);
  const grammy = only ? undefined : await baseline("minimal grammY bot", "grammy-baseline.ts", (port) => [String(port), apiRoot, TOKEN, SECRET]);

  const bots: BotFigures[] = [];
  const report = (b: BotFigures) => {
    bots.push(b);
    say(`bot, ${b.label}: ${b.measured.reqPerSec.toFixed(0)} req/s, p50 ${b.measured.p50.toFixed(1)} ms, p99 ${b.measured.p99.toFixed(1)} ms, ${b.cpuUsPerUpdate.toFixed(0)} µs/update${b.dbCpuUsPerUpdate === undefined ? "" : ` (+${b.dbCpuUsPerUpdate.toFixed(0)} in postgres)`}, idle RSS ${b.idleRssMb.toFixed(0)} MB`);
    for (const line of burstLines(b)) say(line);
    if (b.exhausted > 0) say(`${b.label}: NOTE ${b.exhausted} updates went to chats that had answered all 21 questions (plain messages, not answers): the load outran the seeded questions`);
  };
  if (only !== "postgres") report(await runBotUnderLoad({ label: "SQLite", database: { databasePath: tempSqlitePath("bot.sqlite") }, apiRoot, timing: TIMING, logDir, say }));
  const atScale = only ? undefined : await rssWithReportsInProgress({ apiRoot, logDir, say });
  if (atScale) say(`memory at scale: ${atScale.rssMb.toFixed(0)} MB RSS with ${atScale.reports.toLocaleString("en-US")} reports in progress (goal: under 200 MB)`);

  if (only !== "sqlite") {
    say("PostgreSQL: starting a server for the run");
    postgres = await startPostgres();
    const tcpUrl = await createDatabase(postgres.url);
    const databaseUrl = process.env.BENCH_PG_SOCKET ? await socketUrl(tcpUrl) : tcpUrl;
    report(
      await runBotUnderLoad({ label: "PostgreSQL", database: { databasePath: tempSqlitePath("unused.sqlite"), databaseUrl }, apiRoot, timing: TIMING, logDir, databasePids: await postgresPids(databaseUrl), say }),
    );
  }
  failed = bots.some((b) => b.checks.some((c) => !c.ok));
  if (raw && grammy) {
    console.log(`\nThe servers, ${TIMING.measureS} s measured after the warm-up (CPU: the server process's utime+stime over the window / 2xx answers in it; new conn.: the slowest of 10 GET /healthz on new connections under the load):\n`);
    console.log(serversTable([raw, grammy], bots));
    console.log("\nThe goals of issue #12, as ratios to the baselines of this run:\n");
    console.log(goalsTable(raw, grammy, readyRssMb, bots, atScale));
  }
  console.log(failed ? "\n!!! FAILED: the bot acknowledged updates it did not store (see above)." : "\nstored == acknowledged on every run.");
} catch (error) {
  failed = true;
  console.error("bench:load failed:", error);
} finally {
  await cleanUp();
  say(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
process.exit(failed ? 1 : 0);
