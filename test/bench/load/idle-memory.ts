/**
 * `tsx test/bench/load/idle-memory.ts [rounds]`: only the idle-memory line of issue #12, without
 * the load (so it can run beside CPU benchmarks). The "libraries ready" baseline and the bot on a
 * seeded database, started, read and stopped exactly as run-load.ts and bot-under-load.ts do, in
 * alternating rounds (one reading varies by several MB with the garbage collector's timing);
 * prints each reading and the median ratio. IDLE_DATABASE=postgres runs the bot on a PostgreSQL
 * server started here; IDLE_EXTRA_NODE_OPTIONS (space-separated) is added to the bot's flags only.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, type PostgresServer, startPostgres } from "../../helpers/postgres-server.ts";
import { BOT_NODE_OPTIONS, freePort, killAll, sleep, startNode, waitForHttp, waitForOutput } from "./children.ts";
import { BOT_MAIN, buildBot, compileBaselines } from "./compiled.ts";
import { rssMb } from "./proc-stats.ts";
import { seedChats, tempFolders, tempSqlitePath } from "./seed-chats.ts";
import { SECRET, TOKEN } from "./updates.ts";

const HERE = "test/bench/load";
/** What bot-under-load.ts waits before reading: the webhook set, startup garbage given a moment. */
const IDLE_MS = 3000;
const rounds = Number(process.argv[2] ?? 3);
const extra = (process.env.IDLE_EXTRA_NODE_OPTIONS ?? "").split(" ").filter(Boolean);
const logDir = mkdtempSync(join(tmpdir(), "idle-memory-logs-"));
buildBot();
const baselineAt = compileBaselines();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function readyRss(): Promise<number> {
  const port = await freePort();
  const child = startNode("libraries ready", baselineAt("ready-baseline.ts"), { nodeOptions: BOT_NODE_OPTIONS, args: [String(port), tempSqlitePath("ready.sqlite")], logFile: join(logDir, "ready.log") });
  try {
    await waitForOutput(child, "ready", 60_000);
    await sleep(IDLE_MS);
    return rssMb(child.pid);
  } finally {
    await child.stop();
  }
}

async function botRss(database: { databasePath: string; databaseUrl?: string }, apiRoot: string): Promise<number> {
  const port = await freePort();
  const child = startNode("bot", BOT_MAIN, {
    nodeOptions: [...BOT_NODE_OPTIONS, ...extra],
    logFile: join(logDir, "bot.log"),
    env: { PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: database.databasePath, DATABASE_URL: database.databaseUrl ?? "", TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: apiRoot, PUBLIC_URL: "https://bench.example", LOG_LEVEL: "warn" },
  });
  try {
    await waitForHttp(child, `http://127.0.0.1:${port}/healthz`);
    await sleep(IDLE_MS);
    return rssMb(child.pid);
  } finally {
    await child.stop(10_000);
  }
}

let postgres: PostgresServer | undefined;
try {
  const database: { databasePath: string; databaseUrl?: string } = { databasePath: tempSqlitePath("bot.sqlite") };
  if (process.env.IDLE_DATABASE === "postgres") {
    postgres = await startPostgres();
    database.databaseUrl = await createDatabase(postgres.url);
  }
  await seedChats(database);
  const apiPort = await freePort();
  const fake = startNode("fake Bot API", join(HERE, "fake-bot-api.mjs"), { args: [String(apiPort)], logFile: join(logDir, "fake-bot-api.log") });
  await waitForOutput(fake, "listening");
  const ready: number[] = [];
  const bot: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ready.push(await readyRss());
    bot.push(await botRss(database, `http://127.0.0.1:${apiPort}`));
    console.log(`round ${r + 1}: libraries ready ${ready.at(-1)!.toFixed(1)} MB, bot idle ${bot.at(-1)!.toFixed(1)} MB, ${(bot.at(-1)! / ready.at(-1)!).toFixed(3)}x`);
  }
  console.log(`median: libraries ready ${median(ready).toFixed(1)} MB, bot idle ${median(bot).toFixed(1)} MB, ${(median(bot) / median(ready)).toFixed(3)}x (goal ≤ 1.2x)`);
} finally {
  await killAll();
  await postgres?.stop().catch(() => {});
  for (const folder of [...tempFolders, logDir]) rmSync(folder, { recursive: true, force: true });
}
