/**
 * The bot's memory with many reports in progress (issue #12: under 200 MB with 10,000). A SQLite
 * file is seeded with 10,000 Telegram supergroups, each bound to its unit and with its report at
 * question 1 (the state `/baocao` leaves), one open campaign over all of them; the bot starts on
 * it, every chat answers its first question once through the webhook (20 at a time), and a few
 * seconds after the last answer its RSS is read.
 *
 * So every report has been read, advanced and saved once by this process: whatever the bot keeps
 * per chat or per report (caches, queues, locks) is in the figure. Bounded: about a minute.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BOT_NODE_OPTIONS, freePort, sleep, startNode, waitForHttp } from "./children.ts";
import { BOT_MAIN } from "./compiled.ts";
import { openProbe } from "./db-probe.ts";
import { rssMb } from "./proc-stats.ts";
import { seedChats } from "./seed-chats.ts";
import { answerText, SECRET, TOKEN, updateBody } from "./updates.ts";

const REPORTS = 10_000;
/** Webhook requests in flight at once (Telegram's own default is 40 connections). */
const CONCURRENCY = 20;
/** Update ids apart from the load's (1,000,000 up), should both ever run on one database. */
const FIRST_UPDATE_ID = 50_000_000;

/** Posts each chat's first answer to the webhook, `CONCURRENCY` at a time; how many got a 2xx. */
async function answerEach(port: number): Promise<{ acknowledged: number; failed: number }> {
  let next = 0;
  let acknowledged = 0;
  let failed = 0;
  const worker = async () => {
    for (let c = next++; c < REPORTS; c = next++) {
      const updateId = FIRST_UPDATE_ID + c;
      const ok = await fetch(`http://127.0.0.1:${port}/webhooks/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: updateBody(c, updateId, answerText(0, c, `#${updateId}`)).toString(),
        signal: AbortSignal.timeout(30_000),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          return response.ok;
        },
        () => false,
      );
      if (ok) acknowledged++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { acknowledged, failed };
}

/** The bot's RSS with 10,000 reports in progress, each answered once; `apiRoot` is the fake Bot API. */
export async function rssWithReportsInProgress(options: { apiRoot: string; logDir: string; say: (line: string) => void }): Promise<{ reports: number; rssMb: number }> {
  const { say } = options;
  const folder = mkdtempSync(join(tmpdir(), "bench-memory-"));
  const databasePath = join(folder, "bot.sqlite");
  try {
    const t0 = performance.now();
    await seedChats({ databasePath }, { load: REPORTS, burst: 0 });
    say(`memory at scale: seeded ${REPORTS} chats with a report at question 1 in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const port = await freePort();
    const bot = startNode("bot (memory at scale)", BOT_MAIN, {
      nodeOptions: BOT_NODE_OPTIONS,
      logFile: join(options.logDir, "bot-memory-at-scale.log"),
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_PATH: databasePath,
        DATABASE_URL: "",
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_API_ROOT: options.apiRoot,
        PUBLIC_URL: "https://bench.example",
        LOG_LEVEL: "warn",
      },
    });
    const probe = openProbe({ databasePath });
    try {
      await waitForHttp(bot, `http://127.0.0.1:${port}/healthz`);
      const idleRss = rssMb(bot.pid);
      const t1 = performance.now();
      const { acknowledged, failed } = await answerEach(port);
      say(`memory at scale: ${acknowledged} answers acknowledged, ${failed} not, in ${((performance.now() - t1) / 1000).toFixed(1)} s (RSS ${idleRss.toFixed(0)} MB when they began)`);

      // Settled, as the idle figure is read: a few seconds for the last garbage to go. The replies
      // (each report's next question) are not waited for: Telegram's 30 messages a second make
      // 10,000 of them take over five minutes; those not yet sent are in the figure as rows on
      // disk, not in memory.
      await sleep(3000);
      const figure = rssMb(bot.pid);
      const box = await probe.outbox();
      // The file's size bounds what SQLite's page cache (in the RSS) can hold of it.
      const wal = statSync(`${databasePath}-wal`, { throwIfNoEntry: false });
      const fileMb = (statSync(databasePath).size + (wal?.size ?? 0)) / 1048576;
      say(`memory at scale: RSS ${figure.toFixed(1)} MB with ${REPORTS} reports in progress (${box.sent} replies sent, ${box.unfinished} waiting; database ${fileMb.toFixed(0)} MB)`);
      return { reports: REPORTS, rssMb: figure };
    } finally {
      await probe.close();
      await bot.stop(10_000);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
