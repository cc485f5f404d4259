/**
 * Campaign-wide files (each /xuat, /tonghop and web download makes one) are deleted a week after
 * they were made, by the officers' scheduler; the units' reports are the record and stay.
 */
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { CAMPAIGN_FILE_KEEP_MS, PROCESSED_UPDATE_KEEP_MS, SENT_MESSAGE_KEEP_MS } from "../../src/officers/officer-scheduler.ts";

const apps = useTestApps();
const DAY_MS = 24 * 60 * 60_000;

it("deletes the campaign-wide files made more than a week ago, and keeps newer ones and every report", async () => {
  const start = Date.parse("2026-10-08T03:15:00Z");
  let now = start;
  const app = await apps.start({ now: () => new Date(now) });
  const { repos } = app;
  await submitFullReport(app, LIEN_CHAU, HOA);
  const report = (await repos.documents.latestFor((await repos.submissions.find(1, 1))!.id))!;
  await repos.documents.storeRendered(report.id, Buffer.from("docx"), now);
  const file = async (kind: "export" | "consolidated-draft" | "status-sheet") => {
    const id = await repos.documents.createCampaignFile(kind, 1, `${kind}.bin`);
    await repos.documents.storeRendered(id, Buffer.from("x"), now);
    return id;
  };
  const old = [await file("export"), await file("consolidated-draft"), await file("status-sheet")];
  // One whose rendering never succeeded has no rendering time: it goes by the time it was made
  // (the database's clock, set here as the test's).
  const neverRendered = await repos.documents.createCampaignFile("export", 1, "failed.xlsx");
  const { documents } = app.database.tables;
  await app.database.db.update(documents).set({ createdAt: now }).where(eq(documents.id, neverRendered));
  now += 2 * DAY_MS;
  const recent = await file("export");
  const recentPending = await repos.documents.createCampaignFile("export", 1, "pending.xlsx");
  await app.database.db.update(documents).set({ createdAt: now }).where(eq(documents.id, recentPending));
  now = start + CAMPAIGN_FILE_KEEP_MS + DAY_MS;
  await app.scheduler.tick();
  for (const id of [...old, neverRendered]) expect(await repos.documents.get(id)).toBeUndefined();
  expect(await repos.documents.get(recentPending)).toMatchObject({ kind: "export", status: "pending" });
  expect(await repos.documents.get(recent)).toMatchObject({ kind: "export", status: "ready" });
  expect(await repos.documents.get(report.id)).toMatchObject({ kind: "report", status: "ready" });
});

it("forgets, at the scheduler's tick, the ids of updates handled two weeks ago and the messages sent two months ago, and keeps the rest", async () => {
  const start = Date.parse("2026-10-08T03:15:00Z");
  let now = start;
  const app = await apps.start({ now: () => new Date(now) });
  const { repos } = app;
  await submitFullReport(app, LIEN_CHAU, HOA);
  const handled = async () => (await app.database.db.select().from(app.database.tables.processedUpdates)).length;
  expect(await handled()).toBeGreaterThan(20);
  const sentBefore = (await repos.outbox.countByStatus()).find((r) => r.status === "sent")?.n ?? 0;
  expect(sentBefore).toBeGreaterThan(0);
  now = start + PROCESSED_UPDATE_KEEP_MS + DAY_MS;
  await app.scheduler.tick();
  // The chat's updates are forgotten, the messages not yet.
  expect(await handled()).toBe(0);
  // (Documents rendered meanwhile may have gone out too: at least those sent before are there.)
  expect((await repos.outbox.countByStatus()).find((r) => r.status === "sent")?.n).toBeGreaterThanOrEqual(sentBefore);
  now = start + SENT_MESSAGE_KEEP_MS + DAY_MS;
  for (let i = 0; i < 3; i++) await app.scheduler.tick();
  // What was sent two months ago is gone; what the tick sent now (the overdue reminders) stays.
  const { outbox } = app.database.tables;
  const sentAt = (await app.database.db.select({ sentAt: outbox.sentAt }).from(outbox)).map((r) => r.sentAt);
  expect(sentAt.length).toBeGreaterThan(0);
  expect(sentAt.filter((at) => at !== null && at < now - SENT_MESSAGE_KEEP_MS)).toEqual([]);
  expect(sentAt.filter((at) => at !== null && at < start + DAY_MS)).toEqual([]);
});
