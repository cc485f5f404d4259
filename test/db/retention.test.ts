import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { RETENTION_BATCH } from "../../src/db/retention-repository.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";

const dbs = useTestDbs();
const DAY = 86_400_000;

describe("what the bot keeps only for a while", () => {
  it("forgets handled updates older than the cut-off, a batch at a time, and still refuses a recent one twice", async () => {
    const { repos } = await dbs.open();
    for (let i = 0; i < RETENTION_BATCH + 20; i++) await repos.conversations.claimUpdate("telegram", `old-${i}`, 1 * DAY);
    await repos.conversations.claimUpdate("telegram", "recent", 30 * DAY);
    expect(await repos.retention.forgetUpdatesBefore(20 * DAY)).toBe(RETENTION_BATCH);
    expect(await repos.retention.forgetUpdatesBefore(20 * DAY)).toBe(20);
    expect(await repos.retention.forgetUpdatesBefore(20 * DAY)).toBe(0);
    // Forgotten, an old id would be taken again; the recent one is still refused.
    expect(await repos.conversations.isProcessed("telegram", "old-0")).toBe(false);
    expect(await repos.conversations.claimUpdate("telegram", "recent", 31 * DAY)).toBe(false);
  });

  it("deletes outbox rows sent or given up before the cut-off, those queued after a row still waiting too, and never the waiting one", async () => {
    const { repos, database } = await dbs.open();
    const text = (n: number) => ({ kind: "text" as const, text: `tin ${n}` });
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push(await repos.outbox.enqueue("telegram", "-100", text(i), 1 * DAY));
    const row = (i: number) => ({ id: ids[i]!, channel: "telegram", chatExternalId: "-100" });
    await repos.outbox.markSent(row(0), 1 * DAY, 1);
    await repos.outbox.markSent(row(1), 2 * DAY, 1);
    await repos.outbox.markFailed(row(2), "403 Forbidden", 2 * DAY);
    // ids[3] still waits (a channel no longer configured: for ever); ids[4] was sent after the
    // cut-off; ids[5], queued after the waiting one, was sent before it.
    await repos.outbox.markSent(row(4), 40 * DAY, 1);
    await repos.outbox.markSent(row(5), 3 * DAY, 1);
    expect(await repos.retention.deleteSentBefore(10 * DAY)).toBe(4);
    // However many rows wait at the bottom of the queue (for ever, for a channel no longer
    // configured), what was sent after them still goes.
    for (let i = 0; i < RETENTION_BATCH; i++) await repos.outbox.enqueue("zalo-oa", `stuck-${i}`, text(i), 1 * DAY);
    const late = await repos.outbox.enqueue("telegram", "-200", text(9), 1 * DAY);
    await repos.outbox.markSent({ id: late, channel: "telegram", chatExternalId: "-200" }, 2 * DAY, 1);
    expect(await repos.retention.deleteSentBefore(10 * DAY)).toBe(1);
    await database.run(sql`DELETE FROM outbox WHERE channel = 'zalo-oa'`);
    expect((await repos.outbox.countByStatus()).sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { status: "pending", n: 1 },
      { status: "sent", n: 1 },
    ]);
  });
});
