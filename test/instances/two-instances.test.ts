/**
 * Two real bot processes on one PostgreSQL database, behind one webhook address: 20 private chats
 * each answer the whole report, submit it, correct it twelve times and submit again (1,000 updates,
 * alternating between the instances); the reminder due that morning races on both schedulers;
 * one instance is killed with SIGKILL half way and started again. Nothing may be lost, doubled or
 * reordered: answers and submitted versions equal an in-process reference run of the same updates,
 * every chat receives the reference's replies in order (a message caught mid-send by the kill may
 * come twice in a row: at-least-once, as the README says), and the reminder goes out once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram } from "../fake-telegram/fake-telegram-server.ts";
import { buildTestApp } from "../helpers/build-test-app.ts";
import { maxInWindow } from "../helpers/outbox-checks.ts";
import { testDatabaseSettings } from "../helpers/test-database.ts";
import { vi } from "../../src/sentences/vi.ts";
import { formatMoment } from "../../src/vietnamese/zoned-time.ts";
import { type ApiProxy, startApiProxy } from "./api-proxy.ts";
import { BotProcess, freePort, sleep, waitUntil } from "./bot-process.ts";
import { reminderClaimed, snapshot, unfinishedOutbox, unfinishedRows, withClient } from "./database-snapshot.ts";
import { referenceRun } from "./reference-run.ts";
import * as world from "./report-chats.ts";
import { CHATS, chatIdOf, FIRST_SUBMIT, isGated, isReminder, PER_CHAT, SECRET, TOKEN } from "./report-chats.ts";
import { compareStream, createWebhookDriver } from "./webhook-driver.ts";

/**
 * Think time between a chat's updates: brisk while answering, slow while correcting until the
 * reminder went out, then brisk again, faster than the replies can go (1 a second per chat).
 */
const ANSWERING_MS = 1_000;
const CORRECTING_MS = 5_000;
const AFTER_REMINDER_MS = 700;
/** How long the killed instance stays down. */
const DOWN_MS = 3_000;

let bots: BotProcess[] = [];
let fake: FakeTelegram | undefined;
let proxies: ApiProxy[] = [];
let dir: string | undefined;
afterEach(async ({ task }) => {
  // On failure, what each instance logged (LOG_LEVEL=warn) helps tell a bug from a slow machine.
  if (task.result?.state === "fail") for (const bot of bots) console.error(`--- last output of ${bot.name} (port ${bot.port}) ---\n${bot.logTail()}`);
  for (const bot of bots) await bot.kill();
  bots = [];
  for (const proxy of proxies) await proxy.close();
  proxies = [];
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

it("two instances share one PostgreSQL database through a kill -9: no update lost or doubled, every reply in order, the reminder once", async () => {
  const startedAt = Date.now();
  const work = (dir = mkdtempSync(join(tmpdir(), "instances-")));
  const databasePath = join(work, "shared.db");
  const { databaseUrl } = await testDatabaseSettings(databasePath);
  if (!databaseUrl) throw new Error("this test runs in the postgres project (TEST_DIALECT=postgres)");
  // The processes' clock (and the seeding's) reads Thursday 09:00 in Viet Nam now; see shifted-clock.mjs.
  const offset = world.CLOCK_START - Date.now();
  const clock = () => Date.now() + offset;

  fake = await startFakeTelegram({ token: TOKEN, enforceLimits: true, sendDelayMs: 250 });
  const telegramEnv = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.apiRoot };
  const seeding = await buildTestApp({ databasePath, now: () => new Date(clock()), env: telegramEnv });
  await world.seedUnits(seeding, clock());
  await seeding.close();
  // The reference runs in this process meanwhile, on its own database and fake.
  const reference = referenceRun(join(work, "reference.db"));
  reference.catch(() => {});

  // Each instance reaches the fake through its own proxy: who sent what, and what is in flight.
  proxies = [await startApiProxy(fake.apiRoot), await startApiProxy(fake.apiRoot)];
  const env = { ...telegramEnv, DATABASE_URL: databaseUrl, PUBLIC_URL: "https://bot.example.test", LOG_LEVEL: "warn", OUTBOX_LEASE_SECONDS: "5", SHIFTED_CLOCK_OFFSET_MS: String(offset) };
  const ports = [await freePort(), await freePort()];
  bots = ["A", "B"].map((name, k) => new BotProcess(`instance ${name}`, ports[k]!, { ...env, TELEGRAM_API_ROOT: proxies[k]!.apiRoot }, join(work, `${name}.log`)));
  await Promise.all(bots.map((bot) => bot.start()));
  const instancesUp = Date.now();

  await withClient(databaseUrl, async (db) => {
    const driver = createWebhookDriver(bots, clock);
    let ackedAtKill = 0;
    let killedAt = 0;
    let restartedAt = 0;
    let reminderOut = false;
    const watchReminder = waitUntil("the reminder step to be claimed", () => reminderClaimed(db), 100_000).then(() => void (reminderOut = true));

    const killAndRestart = async () => {
      // Half way, once both schedulers have ticked (a minute after start) with the step due.
      await watchReminder;
      await waitUntil("both schedulers' first tick", () => Date.now() > Math.max(...bots.map((b) => b.upSince)) + 62_000, 90_000);
      await waitUntil("500 acknowledged updates", () => driver.acks.length >= 500, 60_000);
      // While B has a message on its way to Telegram (its row 'sending', leased to B) and an update in hand.
      await waitUntil("a send and an update in flight at B", () => proxies[1]!.inFlight > 0 && driver.inFlight[1]! > 0, 30_000, 1);
      ackedAtKill = driver.acks.length;
      killedAt = Date.now();
      await bots[1]!.kill();
      await sleep(DOWN_MS);
      proxies[1]!.generation = 2;
      await bots[1]!.start();
      restartedAt = Date.now();
    };
    const restarted = killAndRestart();
    const runChat = async (c: number) => {
      for (let i = 0; i < PER_CHAT; i++) {
        // The even chats hold their submit until the reminder went out: they are the units it reminds.
        if (isGated(c) && i === FIRST_SUBMIT) await watchReminder;
        // Every chat submits its corrections once B is back, so the restarted B has updates of its own.
        if (i === PER_CHAT - 2) await restarted;
        await driver.deliver(c, i);
        await sleep(reminderOut ? AFTER_REMINDER_MS : i < FIRST_SUBMIT ? ANSWERING_MS : CORRECTING_MS);
      }
    };
    await Promise.all([restarted, ...Array.from({ length: CHATS }, (_, c) => runChat(c))]);
    const updatesDone = Date.now();
    await waitUntil("the outbox to drain", async () => (await unfinishedOutbox(db)) === 0, 90_000, 500).catch(async (error: Error) => {
      throw new Error(`${error.message}; unfinished rows: ${JSON.stringify(await unfinishedRows(db, clock()))}`);
    });
    const drained = Date.now();
    await Promise.all(bots.map((bot) => bot.stop()));

    const live = await snapshot(databaseUrl);
    const ref = await reference;
    const acks = driver.acks;

    // 1. No answer lost, none twice: the database holds what the reference's database holds.
    expect(acks).toHaveLength(CHATS * PER_CHAT);
    expect(live.processedUpdates.map((u) => Number(u.updateKey)).sort()).toEqual(acks.map((a) => world.updateIdOf(a.c, a.i)).sort());
    expect(live.answers).toEqual(ref.database.answers);
    expect(live.versions.map(({ submittedAt: _, ...v }) => v)).toEqual(ref.database.versions.map(({ submittedAt: _, ...v }) => v));
    expect(live.submissions).toEqual(ref.database.submissions);
    expect(live.conversations).toEqual(ref.database.conversations);
    for (let c = 0; c < CHATS; c++) {
      const code = world.unitCodeOf(c);
      const stored = Object.fromEntries(live.answers.filter((a) => a.code === code).map((a) => [a.fieldId, a.value]));
      const version2 = live.versions.find((v) => v.code === code && v.version === 2)?.answers as Record<string, unknown>;
      for (const [fieldId, value] of Object.entries(world.finalCorrections(c))) {
        expect(stored[fieldId], `${code} ${fieldId}`).toEqual(value);
        expect(version2?.[fieldId], `${code} version 2 ${fieldId}`).toEqual(value);
      }
    }

    // 2. Every reply, in order, per chat: the reference's, the reminder aside; a repeat only adjacent.
    let repeats = 0;
    for (let c = 0; c < CHATS; c++) {
      const received = fake!.sentTo(chatIdOf(c)).map(world.signature);
      const compared = compareStream(received.filter((s) => !isReminder(s)), ref.received.get(chatIdOf(c))!);
      expect(compared.problems, `chat ${c} (${chatIdOf(c)})`).toEqual([]);
      repeats += compared.repeats;
      // 3. The reminder reached the units that had not submitted, once (or twice in a row), and no one else.
      const reminders = received.flatMap((s, k) => (isReminder(s) ? [k] : []));
      if (!isGated(c)) expect(reminders, `chat ${c} had submitted`).toEqual([]);
      else expect(reminders.length === 1 || (reminders.length === 2 && reminders[1] === reminders[0]! + 1), `chat ${c} reminders at ${reminders}`).toBe(true);
      repeats += Math.max(0, reminders.length - 1);
    }
    expect(repeats).toBeLessThanOrEqual(CHATS);
    expect(fake!.rateLimited).toEqual([]);
    expect(fake!.violations).toEqual([]);

    // 3. The step was claimed once; one reminder row per chat of a unit that had not submitted.
    expect(live.reminderSteps).toEqual([{ stepKey: "before-0", sentAt: expect.any(Number), unitCount: CHATS / 2 }]);
    const reminderText = vi.officer.reminder(world.CAMPAIGN_TITLE, formatMoment(world.DEADLINE, world.TIME_ZONE), "21/21 câu", false, true);
    const reminderRows = live.outbox.filter((row) => row.text !== undefined && isReminder(row.text));
    const gatedChats = Array.from({ length: CHATS }, (_, c) => c).filter(isGated).map((c) => String(chatIdOf(c)));
    expect(reminderRows.map((row) => row.chat).sort()).toEqual(gatedChats.sort());
    expect(new Set(reminderRows.map((row) => row.text))).toEqual(new Set([reminderText]));
    const firedAt = live.reminderSteps[0]!.sentAt;
    for (const v of live.versions.filter((v) => v.version === 1)) {
      expect(v.submittedAt < firedAt, `${v.code} submitted before the reminder`).toBe(!isGated(Number(v.code.slice(1))));
    }
    expect(live.outbox.filter((row) => row.status !== "sent")).toEqual([]);
    expect(live.outbox).toHaveLength(ref.database.outbox.length + CHATS / 2);

    // 4. Both instances did the work: each acknowledged updates, the killed one before and after its restart.
    const ackedBy = (instance: number, generation: number) => acks.filter((a) => a.instance === instance && a.generation === generation).length;
    const summary = {
      seconds: Math.round((Date.now() - startedAt) / 1000),
      instancesUpAfter: Math.round((instancesUp - startedAt) / 1000),
      updatesDoneAfter: Math.round((updatesDone - startedAt) / 1000),
      drainedAfter: Math.round((drained - startedAt) / 1000),
      killedAfter: Math.round((killedAt - startedAt) / 1000),
      restartedAfter: Math.round((restartedAt - startedAt) / 1000),
      ackedAtKill,
      ackedByA: ackedBy(0, 1),
      ackedByBBeforeKill: ackedBy(1, 1),
      ackedByBAfterRestart: ackedBy(1, 2),
      refusedPosts: acks.reduce((n, a) => n + a.refused, 0),
      failedPosts: acks.reduce((n, a) => n + a.failed, 0),
      sentByA: proxies[0]!.sent.get(1),
      sentByBBeforeKill: proxies[1]!.sent.get(1),
      sentByBAfterRestart: proxies[1]!.sent.get(2),
      mostSendsInASecond: maxInWindow([...fake!.callsOf("sendMessage"), ...fake!.callsOf("sendDocument")].sort((a, b) => a.at - b.at), 1000),
      rowsTakenOverAfterLease: live.outbox.filter((row) => row.attempts > 1).length,
      repeats,
    };
    console.log(`two instances: ${JSON.stringify(summary)}`);
    expect(summary.ackedByA).toBeGreaterThan(200);
    expect(summary.ackedByBBeforeKill).toBeGreaterThan(200);
    expect(summary.ackedByBAfterRestart).toBeGreaterThanOrEqual(CHATS);
    expect(summary.sentByA).toBeGreaterThan(100);
    expect(summary.sentByBBeforeKill).toBeGreaterThan(100);
    expect(summary.sentByBAfterRestart).toBeGreaterThan(10);
    expect(summary.sentByA! + summary.sentByBBeforeKill! + summary.sentByBAfterRestart!).toBe(fake!.callsOf("sendMessage").length + fake!.callsOf("sendDocument").length);
  });
}, 240_000);
