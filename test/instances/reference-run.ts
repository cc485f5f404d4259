/**
 * The reference: the same updates, one at a time, through one in-process application on a fresh
 * database, with a simulated clock and its own fake Bot API. What each chat received there, and
 * what the database holds after, is what the two real instances must produce.
 */
import { startFakeTelegram } from "../fake-telegram/fake-telegram-server.ts";
import { buildTestApp } from "../helpers/build-test-app.ts";
import { testDatabaseSettings } from "../helpers/test-database.ts";
import { CHATS, CLOCK_START, chatIdOf, PER_CHAT, SECRET, seedUnits, signature, TOKEN, telegramUpdate } from "./report-chats.ts";
import { type Snapshot, snapshot } from "./database-snapshot.ts";

export interface Reference {
  /** Per chat id, the signatures of what it received, in order. */
  received: Map<number, string[]>;
  database: Snapshot;
  campaignId: number;
}

export async function referenceRun(databasePath: string): Promise<Reference> {
  let now = CLOCK_START;
  const fake = await startFakeTelegram({ token: TOKEN, clock: () => now, enforceLimits: true });
  const app = await buildTestApp({ databasePath, now: () => new Date(now), env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.apiRoot } });
  try {
    const campaignId = await seedUnits(app, now);
    for (let c = 0; c < CHATS; c++) {
      for (let i = 0; i < PER_CHAT; i++) {
        // Far enough apart that no rate limit holds a reply back: each update's replies go before the next.
        now += 5_000;
        const response = await app.app.inject({ method: "POST", url: "/webhooks/telegram", payload: telegramUpdate(c, i, now), headers: { "x-telegram-bot-api-secret-token": SECRET } });
        if (response.statusCode !== 200) throw new Error(`reference: update ${c}/${i} answered ${response.statusCode}`);
        await app.dispatcher.settled();
        while ((await app.outboxWorker.deliver()) > 0);
      }
    }
    const received = new Map<number, string[]>();
    for (let c = 0; c < CHATS; c++) received.set(chatIdOf(c), fake.sentTo(chatIdOf(c)).map(signature));
    if (fake.rateLimited.length > 0 || fake.violations.length > 0) throw new Error(`reference run broke the fake's rules: ${fake.violations.join("; ")}`);
    const { databaseUrl } = await testDatabaseSettings(databasePath);
    return { received, database: await snapshot(databaseUrl!), campaignId };
  } finally {
    await app.close();
    await fake.close();
  }
}
