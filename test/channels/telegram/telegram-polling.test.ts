/**
 * Long polling (no PUBLIC_URL): Telegram forgets an update once a getUpdates asks past it. So the
 * poller asks past an update only once it is stored: while the database fails, the same update is
 * tried again (after a pause), and a bot stopped meanwhile leaves it unconfirmed for its next run.
 */
import { expect, it } from "vitest";
import { ANH, GROUP, useTelegramHarnesses } from "../../helpers/telegram-harness.ts";

const harnesses = useTelegramHarnesses();
/** What node-postgres throws when the server is shutting down under us. */
const adminShutdown = () => Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
const offsetsOf = (calls: { params: Record<string, unknown> }[]) => calls.map((c) => c.params.offset);

it("tries a polled update again while the database fails, answers it once stored, and only then asks past it", async () => {
  const t = await harnesses.start();
  const { conversations } = t.server.repos;
  const claimUpdate = conversations.claimUpdate;
  let attempts = 0;
  let pollsBeforeStored: unknown[] = [];
  conversations.claimUpdate = async (...args) => {
    if (++attempts === 1) throw adminShutdown();
    pollsBeforeStored = offsetsOf(t.fake.callsOf("getUpdates"));
    return claimUpdate.apply(conversations, args);
  };
  await t.server.start();
  const update = t.updates.text(ANH, "/baocao");
  t.fake.queueUpdate(update);

  await expect.poll(() => t.fake.sentTo(GROUP).some((c) => /Câu 1\//.test(String(c.params.text))), { timeout: 10_000 }).toBe(true);
  expect(attempts).toBe(2);
  // While the update was not stored, no poll asked past it (Telegram would have dropped it).
  expect(pollsBeforeStored.every((offset) => offset === undefined || Number(offset) <= update.update_id)).toBe(true);
  await expect.poll(() => t.fake.unconfirmedUpdates()).toEqual([]);
  expect(offsetsOf(t.fake.callsOf("getUpdates"))).toContain(update.update_id + 1);
  expect(t.fake.violations).toEqual([]);
});

it("stops while an update cannot be stored, leaving it unconfirmed (Telegram gives it to the next run)", async () => {
  const t = await harnesses.start();
  const { conversations } = t.server.repos;
  let attempts = 0;
  conversations.claimUpdate = async () => {
    attempts++;
    throw adminShutdown();
  };
  await t.server.start();
  const update = t.updates.text(ANH, "/baocao");
  t.fake.queueUpdate(update);
  await expect.poll(() => attempts, { timeout: 10_000 }).toBeGreaterThan(0);

  await harnesses.stop(t);
  expect(t.fake.unconfirmedUpdates()).toEqual([update.update_id]);
  expect(offsetsOf(t.fake.callsOf("getUpdates")).every((offset) => offset === undefined || Number(offset) <= update.update_id)).toBe(true);
  expect(t.fake.sentTo(GROUP)).toEqual([]);
});
