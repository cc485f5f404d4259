/**
 * "/nhacnho lich" takes the campaign's lock, as the scheduler and "/dotbaocao giahan" do, and reads
 * the campaign after it. Only PostgreSQL has two transactions at once (SQLite writes one at a time
 * and its lock() is nothing), so the interleaving is run there: another instance holds the lock
 * having moved the deadline, and the schedule typed meanwhile must wait for it and see the new one.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { campaignKey } from "../../src/officers/campaign-actions.ts";
import { useTestApps } from "../helpers/build-test-app.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";
import { KHA } from "../helpers/web-session.ts";

const apps = useTestApps();
const dbs = useTestDbs();
const vn = (iso: string) => Date.parse(`${iso}+07:00`);

it("waits for the campaign's lock held by another instance's extension, then sets the schedule against the new deadline", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "schedule-lock-")), "bot.sqlite");
  // The demo's campaign opens now, due Thursday 22/10/2026 17:00 with steps 3, 1, 0 days before.
  let now = vn("2026-10-08T10:15:00");
  const app = await apps.start({ databasePath: path, now: () => new Date(now) });
  const other = await dbs.open(path);
  now = vn("2026-10-19T10:00:00");

  // Another instance's extension to 29/10, holding the lock until the test lets it commit.
  let held!: () => void;
  const isHeld = new Promise<void>((resolve) => (held = resolve));
  let release!: () => void;
  const mayCommit = new Promise<void>((resolve) => (release = resolve));
  const extension = other.repos.transaction(async () => {
    await other.repos.lock(campaignKey(1)).finally(held);
    await other.repos.officers.setDeadline(1, vn("2026-10-29T17:00:00"));
    await mayCommit;
  });
  await isHeld;

  let answered = false;
  const typed = app.post("can-bo-phuong", KHA, "/nhacnho lich 2").finally(() => (answered = true));
  // Until the schedule waits for a lock (or, not waiting at all, has answered).
  const waiting = sql`SELECT locktype FROM pg_locks WHERE NOT granted`;
  let waits: { locktype: string }[] = [];
  while (!answered && (waits = await other.database.rows<{ locktype: string }>(waiting)).length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const answeredFirst = answered;
  release();
  await extension;
  const reply = (await typed).map((m) => m.text).join("\n");

  // It waited for the campaign's advisory lock (not the row the extension wrote, after reading the old one).
  expect(answeredFirst ? "answered without waiting" : waits.map((w) => w.locktype)).toEqual(["advisory"]);
  // 2 days before the new deadline, not before the old one (20/10, a step the units would read after hearing of the extension).
  expect(reply).toBe(
    'Đã đặt lịch nhắc cho đợt "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026": 2 ngày trước hạn. Lần nhắc tiếp theo: 08:00 ngày 27/10/2026; các mốc nhắc đã qua không gửi bù.',
  );
  expect((await app.repos.directory.campaignById(1))?.reminderDays).toEqual([2]);
});
