/**
 * The bot itself under load, on one database: seed, start it as `npm start` does (dist/main.js, built
 * by run-load.ts) as its own process (the
 * webhook mode, PUBLIC_URL set, against the fake Bot API), read its idle memory, then one load run
 * on the same connections: warm-up, the measured window, then a window in which 100 reports are
 * submitted at once (the document burst). Then the stored check and how fast the outbox drains.
 * Every figure goes back to run-load.ts, which prints the tables.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { BOT_NODE_OPTIONS, type Child, freePort, sleep, startNode, waitForHttp } from "./children.ts";
import { BOT_MAIN } from "./compiled.ts";
import { openProbe } from "./db-probe.ts";
import { type LoadResult, newConnectionLatencies, percentile, startLoad, until, type Window, windowOf } from "./load.ts";
import { cpuMeter, rssMb } from "./proc-stats.ts";
import { seedChats } from "./seed-chats.ts";
import { checkStored, describeCheck, type StoredCheck } from "./stored-check.ts";
import { BURST_CHATS, LOAD_CHATS, SECRET, TOKEN, UpdateSource } from "./updates.ts";

export interface Timing {
  warmupS: number;
  measureS: number;
  /** The window after the measured one, with the burst in it (as long as the measured one). */
  burstWindowS: number;
  /** When, into that window, the 100 submissions are posted. */
  burstAtS: number;
  drainBoundS: number;
}

export interface BotFigures {
  label: string;
  idleRssMb: number;
  load: LoadResult;
  measured: Window;
  cpuUsPerUpdate: number;
  /** PostgreSQL's own processes, per update (the work the bot hands to the server). */
  dbCpuUsPerUpdate?: number;
  exhausted: number;
  checks: StoredCheck[];
  sentDuringLoadPerS: number;
  drain: { seconds: number; drained: boolean; left: number; perS: number };
  burst: { window: Window; acknowledged: number; requestP50: number; requestMax: number; renderedS?: number; rendered: number; documentsDelivered: number };
  /** GET /healthz on new connections, under full load (just before the measured window). */
  newConnectionMs: number[];
  /** How long the warm-up lasted: until every connection had its first answer, at least warmupS. */
  warmupS: number;
}

export async function runBotUnderLoad(options: {
  label: string;
  database: { databasePath: string; databaseUrl?: string };
  apiRoot: string;
  timing: Timing;
  logDir: string;
  /** Extra processes whose CPU counts as the database's (PostgreSQL's server processes). */
  databasePids?: () => number[];
  say: (line: string) => void;
}): Promise<BotFigures> {
  const { label, database, timing: t, say } = options;
  const t0 = performance.now();
  await seedChats(database);
  say(`${label}: seeded ${LOAD_CHATS} chats with a report at question 1 and ${BURST_CHATS} at "submit?" in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const port = await freePort();
  const profileDir = process.env.BENCH_PROFILE;
  const bot: Child = startNode(`bot (${label})`, BOT_MAIN, {
    nodeOptions: [...BOT_NODE_OPTIONS, ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [])],
    logFile: join(options.logDir, `bot-${label.toLowerCase()}.log`),
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: database.databasePath,
      DATABASE_URL: database.databaseUrl ?? "",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: options.apiRoot,
      PUBLIC_URL: "https://bench.example",
      LOG_LEVEL: "warn",
    },
  });
  const probe = openProbe(database);
  try {
    await waitForHttp(bot, `http://127.0.0.1:${port}/healthz`);
    // Idle: the webhook set, workers started and nothing to do; give startup garbage a moment to go.
    await sleep(3000);
    const idleRssMb = rssMb(bot.pid);

    const source = new UpdateSource(Array.from({ length: LOAD_CHATS }, (_, c) => c), 50);
    const load = startLoad(source, { port, maxSeconds: 180 });
    const sinceStart = () => performance.now() - load.startedAt;
    const after = (fromMs: number, seconds: number) => until(load.startedAt + fromMs + seconds * 1000);

    // Warm-up: at least warmupS, and until every connection has had an answer (a saturated bot
    // takes a new connection's first request late, see newConnectionLatencies).
    await until(load.startedAt + t.warmupS * 1000);
    await Promise.race([load.allAnswered, sleep(60_000)]);
    const newConnectionMs = await newConnectionLatencies(port);

    // The measured window: CPU and sent replies read at its edges, which are where it is cut.
    const sentBefore = await probe.sentMessages();
    const botCpu = cpuMeter(() => [bot.pid]);
    const dbCpu = options.databasePids ? cpuMeter(options.databasePids) : undefined;
    const from = sinceStart();
    await after(from, t.measureS);
    const botMicros = botCpu();
    const dbMicros = dbCpu?.();
    const to = sinceStart();
    const sentDuringLoadPerS = ((await probe.sentMessages()) - sentBefore) / ((to - from) / 1000);

    // The burst: 100 reports confirmed at once, sent first by whichever of the load's connections
    // asks next (Telegram delivers them over the connections it holds).
    await after(to, t.burstAtS);
    const burstAt = performance.now();
    const burstUpdates = Array.from({ length: BURST_CHATS }, (_, i) => source.single(LOAD_CHATS + i, "Có"));
    source.inject(burstUpdates);
    let renderedAt: number | undefined;
    const pollRendered = async (deadline: number) => {
      while (renderedAt === undefined && performance.now() < deadline) {
        if ((await probe.readyDocuments()) >= BURST_CHATS) renderedAt = performance.now();
        else await sleep(200);
      }
    };
    await pollRendered(load.startedAt + to + t.burstWindowS * 1000);
    await after(to, t.burstWindowS);
    const end = sinceStart();
    load.stop();
    const result = await load.done;
    const measured = windowOf(result, from, to);
    const burstWindow = windowOf(result, to, end);
    const burstIds = new Set(burstUpdates.map((u) => u.updateId));
    const burstMs = result.acknowledged.flatMap((u, i) => (burstIds.has(u.updateId) ? [result.samples[2 * i + 1]!] : [])).sort((a, b) => a - b);

    const checks: StoredCheck[] = [];
    for (const [what, acknowledged] of [
      ["measured window", measured.acknowledged],
      ["whole run (warm-up, measured, burst window with the 100 submissions)", result.acknowledged],
    ] as const) {
      const check = await checkStored(probe, acknowledged);
      checks.push(check);
      say(describeCheck(`${label}, ${what}`, check));
    }
    say(
      `${label}: ${result.inFlightAtEnd.length} updates in flight when the load stopped (never acknowledged: Telegram would send them again), ` +
        `${result.non2xx} answers not 2xx, ${result.errors} connection errors, ${result.redelivered} updates sent again`,
    );

    // Drain: the load is over; how long until nothing is left to send (bounded).
    const drainStart = performance.now();
    const sentAtStart = (await probe.outbox()).sent;
    let box = await probe.outbox();
    while (box.unfinished > 0 && performance.now() - drainStart < t.drainBoundS * 1000) {
      await pollRendered(performance.now() + 500);
      await sleep(500);
      box = await probe.outbox();
    }
    const drainSeconds = (performance.now() - drainStart) / 1000;
    const documents = await probe.documents();
    // Every response's time and latency, for a look at how they spread over the run.
    writeFileSync(join(options.logDir, `latency-${label.toLowerCase()}.csv`), toCsv(result));
    return {
      label,
      idleRssMb,
      load: result,
      measured,
      cpuUsPerUpdate: botMicros / measured.acknowledged.length,
      dbCpuUsPerUpdate: dbMicros === undefined ? undefined : dbMicros / measured.acknowledged.length,
      exhausted: source.exhausted,
      checks,
      sentDuringLoadPerS,
      drain: { seconds: drainSeconds, drained: box.unfinished === 0, left: box.unfinished, perS: (box.sent - sentAtStart) / drainSeconds },
      burst: {
        window: burstWindow,
        acknowledged: burstMs.length,
        requestP50: percentile(burstMs, 0.5),
        requestMax: burstMs.at(-1)!,
        renderedS: renderedAt === undefined ? undefined : (renderedAt - burstAt) / 1000,
        rendered: documents.ready,
        documentsDelivered: documents.documentMessagesSent,
      },
      newConnectionMs,
      warmupS: from / 1000,
    };
  } finally {
    await probe.close();
    await bot.stop(10_000);
  }
}

const toCsv = (result: LoadResult) => {
  const lines = ["ms_since_start,latency_ms,update_id"];
  for (let i = 0; i < result.acknowledged.length; i++) lines.push(`${result.samples[2 * i]!.toFixed(1)},${result.samples[2 * i + 1]!.toFixed(2)},${result.acknowledged[i]!.updateId}`);
  return `${lines.join("\n")}\n`;
};
