/**
 * The outbox sending to Telegram under load and failure, on a simulated clock (no real waiting):
 * the platform's limits, retry_after, 5xx, 403, and a restart in the middle of sending.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { drainOutbox, maxInWindow } from "../../helpers/outbox-checks.ts";
import { type TelegramHarness, useTelegramHarnesses } from "../../helpers/telegram-harness.ts";

const harnesses = useTelegramHarnesses();
const start = harnesses.start;
const groupId = (i: number) => String(-1003000000000 - i);
async function enqueue(t: TelegramHarness, chatId: string, count: number, label: string) {
  for (let i = 0; i < count; i++) await t.server.repos.outbox.enqueue("telegram", chatId, { kind: "text", text: `${label} ${i + 1}` }, t.clock());
}
const drain = (t: TelegramHarness, maxSimulatedMs: number) => drainOutbox(t, maxSimulatedMs);

it("holds Telegram's limits under a burst of 500 messages to 50 groups, and keeps each group's order", async () => {
  const t = await start();
  for (let g = 0; g < 50; g++) await enqueue(t, groupId(g), 10, `Thông báo nhóm ${g}:`);
  const elapsed = await drain(t, 120_000);
  const sent = t.fake.callsOf("sendMessage");
  expect(sent).toHaveLength(500);
  expect(maxInWindow(sent, 1000)).toBeLessThanOrEqual(30);
  expect(elapsed).toBeGreaterThanOrEqual(16_000); // 500 messages at 30 a second take at least 16 s
  for (let g = 0; g < 50; g++) {
    const texts = t.fake.sentTo(groupId(g)).map((c) => c.params.text);
    expect(texts).toEqual(Array.from({ length: 10 }, (_, i) => `Thông báo nhóm ${g}: ${i + 1}`));
  }
  expect(t.fake.violations).toEqual([]);
});

it("sends at most 20 messages a minute to one group", async () => {
  const t = await start();
  await enqueue(t, groupId(1), 45, "Tin");
  const elapsed = await drain(t, 300_000);
  const sent = t.fake.sentTo(groupId(1));
  expect(sent).toHaveLength(45);
  expect(maxInWindow(sent, 60_000)).toBeLessThanOrEqual(20);
  expect(elapsed).toBeGreaterThanOrEqual(120_000);
});

it("waits retry_after on 429, retries 5xx with backoff, and sends each message once", async () => {
  const t = await start();
  t.fake.failNext({ code: 429, retryAfter: 7 }, { chatId: groupId(1) });
  t.fake.failNext({ code: 502 }, { chatId: groupId(2) });
  t.fake.failNext({ code: 500 }, { chatId: groupId(2) });
  await enqueue(t, groupId(1), 2, "A");
  await enqueue(t, groupId(2), 2, "B");
  const start429 = t.clock();
  await drain(t, 60_000);
  const first = t.fake.sentTo(groupId(1));
  expect(first.map((c) => c.params.text)).toEqual(["A 1", "A 2"]);
  expect(first[0]!.at - start429).toBeGreaterThanOrEqual(7_000);
  const failedCalls = t.fake.calls.filter((c) => c.failed && c.params.chat_id === groupId(2));
  expect(failedCalls).toHaveLength(2);
  const second = t.fake.sentTo(groupId(2));
  expect(second.map((c) => c.params.text)).toEqual(["B 1", "B 2"]);
  // Backoff: 2 s after the first failure, then 4 s after the second.
  expect(second[0]!.at - failedCalls[0]!.at).toBeGreaterThanOrEqual(6_000);
});

it("stops sending to a chat after a 403 and marks it unreachable", async () => {
  const t = await start();
  await t.server.repos.directory.insertChat({ channel: "telegram", externalId: groupId(9), title: "Nhóm cũ", kind: "unit", unitId: 2 });
  t.fake.failNext({ code: 403 }, { chatId: groupId(9) });
  await enqueue(t, groupId(9), 3, "C");
  await enqueue(t, groupId(8), 1, "D");
  await drain(t, 60_000);
  expect(t.fake.calls.filter((c) => c.params.chat_id === groupId(9))).toHaveLength(1);
  expect(t.fake.sentTo(groupId(8))).toHaveLength(1);
  expect((await t.server.repos.directory.findChat("telegram", groupId(9)))?.chat.isActive).toBe(false);
  expect(await t.server.repos.outbox.countByStatus()).toEqual(expect.arrayContaining([{ status: "failed", n: 3 }]));
});

it("after a restart sends first the message caught mid-send, then the rest, each once and in order", async () => {
  const databasePath = join(mkdtempSync(join(tmpdir(), "tg-")), "bot.sqlite");
  const first = await start({ databasePath });
  await enqueue(first, groupId(1), 6, "E");
  const { outbox } = first.server.repos;
  // A worker sent two, claimed the third, and the process died before it was sent.
  for (let i = 0; i < 2; i++) {
    const head = (await outbox.headOfChat("telegram", groupId(1), first.clock()))!;
    await outbox.claim(head.id, first.clock(), first.clock() + 60_000);
    await outbox.markSent(head, first.clock(), 1, "1");
  }
  await outbox.claim((await outbox.headOfChat("telegram", groupId(1), first.clock()))!.id, first.clock(), first.clock() + 60_000);
  await harnesses.stop(first);

  const second = await start({ databasePath });
  await drain(second, 120_000);
  expect(second.fake.sentTo(groupId(1)).map((c) => c.params.text)).toEqual(["E 3", "E 4", "E 5", "E 6"]);
});

it("waits through a flood wait however long, a 429 counting as no attempt, and through an outage of an hour: no message is given up", async () => {
  const t = await start();
  // Ten 429s in a row: eight attempts gave the message up before.
  for (let i = 0; i < 10; i++) t.fake.failNext({ code: 429, retryAfter: 1 }, { chatId: groupId(1) });
  // An hour of 502s: the backoff grows to 5 minutes (2 s, 4 s, … then every 5 minutes).
  for (let i = 0; i < 18; i++) t.fake.failNext({ code: 502 }, { chatId: groupId(2) });
  await enqueue(t, groupId(1), 2, "A");
  await enqueue(t, groupId(2), 2, "B");
  const elapsed = await drainOutbox(t, 6_000_000, 5_000);
  expect(t.fake.sentTo(groupId(1)).map((c) => c.params.text)).toEqual(["A 1", "A 2"]);
  expect(t.fake.sentTo(groupId(2)).map((c) => c.params.text)).toEqual(["B 1", "B 2"]);
  expect(await t.server.repos.outbox.countByStatus()).toEqual([{ status: "sent", n: 4 }]);
  // 8 failures take 254 s; the other 10 are 5 minutes apart at most.
  expect(elapsed).toBeLessThan(254_000 + 11 * 300_000);
  expect(elapsed).toBeGreaterThan(254_000 + 9 * 250_000);
});

it("claims nothing more once stopping: the row in hand is sent, the rest wait for the next run, in order", async () => {
  const databasePath = join(mkdtempSync(join(tmpdir(), "tg-")), "bot.sqlite");
  const first = await start({ databasePath });
  await enqueue(first, groupId(1), 5, "F");
  // A stop's first step (close) while a delivery is under way; the delivery settles before the
  // database closes, as the application's stop waits for its deliveries (this one is the test's own).
  const delivering = first.server.outboxWorker.deliver();
  first.server.outboxWorker.close();
  await delivering;
  await harnesses.stop(first);
  const sentBefore = first.fake.sentTo(groupId(1)).length;
  expect(sentBefore).toBeLessThanOrEqual(1);
  const second = await start({ databasePath });
  await drain(second, 120_000);
  expect([...first.fake.sentTo(groupId(1)), ...second.fake.sentTo(groupId(1))].map((c) => c.params.text)).toEqual(["F 1", "F 2", "F 3", "F 4", "F 5"]);
});
