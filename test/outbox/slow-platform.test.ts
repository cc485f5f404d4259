/**
 * Telegram counts a message when it arrives: a send that reaches it late (a busy network, a
 * starved process) may land in the next window, among the sends made once the bot's own count of
 * it had left its window. The real bot process drains a queue into Telegram's fake, which receives
 * two blocks of ten sends (the 41st to 50th and the 121st to 130th) 1.3 s late, past the 1-second
 * window: the bot keeps within the fake's limits.
 */
import type { ChildProcess } from "node:child_process";
import { afterEach, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram } from "../fake-telegram/fake-telegram-server.ts";
import { allDelivered, CHATS, PER_CHAT, seedQueue, sends, startBot, TOKEN, waitFor } from "./queued-bot.ts";

let fake: FakeTelegram | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  child?.kill("SIGKILL");
  await fake?.close();
});

it("sends nothing over Telegram's limits when some sends reach it later than its window", async () => {
  fake = await startFakeTelegram({ token: TOKEN, enforceLimits: true, sendDelayMs: 30, receiveDelayMs: (n) => (n % 80 > 40 && n % 80 <= 50 ? 1_300 : 5) });
  child = await startBot(await seedQueue(fake), fake.apiRoot);
  await waitFor(() => allDelivered(fake!), 90_000);
  expect(sends(fake)).toHaveLength(CHATS * PER_CHAT);
  expect(fake.rateLimited).toEqual([]);
}, 180_000);
