/**
 * The real bot process (src/main.ts on a SQLite file) killed with SIGKILL in the middle of sending,
 * then started again: every queued message reaches its chat, in the order it was queued; only a
 * message caught mid-send may arrive twice (README: at-least-once), and never after a later one.
 */
import type { ChildProcess } from "node:child_process";
import { afterEach, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram } from "../fake-telegram/fake-telegram-server.ts";
import { allDelivered, CHATS, chatId, PER_CHAT, seedQueue, sends, startBot, TOKEN, waitFor } from "./queued-bot.ts";

let fake: FakeTelegram | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  child?.kill("SIGKILL");
  await fake?.close();
});

it("delivers every message in order per chat across a kill -9 mid-drain", async () => {
  fake = await startFakeTelegram({ token: TOKEN, enforceLimits: true, sendDelayMs: 30 });
  // Queued round-robin: order matters within a chat only.
  const databasePath = await seedQueue(fake);

  child = await startBot(databasePath, fake.apiRoot);
  await waitFor(() => sends(fake!).length >= 70, 60_000);
  child.kill("SIGKILL");
  await new Promise((r) => child!.once("exit", r));
  const beforeRestart = sends(fake).length;
  expect(beforeRestart).toBeLessThan(CHATS * PER_CHAT);

  child = await startBot(databasePath, fake.apiRoot);
  await waitFor(() => allDelivered(fake!), 90_000);
  await new Promise((r) => setTimeout(r, 500));
  child.kill("SIGKILL");

  for (let c = 0; c < CHATS; c++) {
    const received = sends(fake).filter((call) => String(call.params.chat_id) === chatId(c)).map((call) => Number(String(call.params.text).split(":")[1]));
    // In order, each message at least once; a repeat only of the message just before (caught mid-send).
    expect(received.filter((n, i) => i === 0 || n !== received[i - 1])).toEqual(Array.from({ length: PER_CHAT }, (_, i) => i + 1));
  }
  const repeats = sends(fake).length - CHATS * PER_CHAT;
  expect(repeats).toBeLessThanOrEqual(CHATS);
  expect(fake.rateLimited).toEqual([]);
}, 180_000);
