/**
 * "/thongbao" takes the campaign's lock, as the web page's notice form and closing the campaign do,
 * and reads the campaign after it. Only PostgreSQL has two transactions at once (SQLite writes one
 * at a time and its lock() is nothing), so the interleaving is run there: another instance holds the
 * lock having closed the campaign, and the notice typed meanwhile must wait for it, then send nothing.
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
const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";

for (const typed of ["/thongbao đợt 1 Họp giao ban lúc 14h", "/thongbao Họp giao ban lúc 14h"]) {
  it(`"${typed.replace(/ Họp.*/, "")} …" waits for the campaign's lock held by another instance closing it, then sends nothing and says why`, async () => {
    const path = join(mkdtempSync(join(tmpdir(), "broadcast-lock-")), "bot.sqlite");
    const app = await apps.start({ databasePath: path });
    const other = await dbs.open(path);

    // Another instance closes campaign 1, holding its lock until the test lets it commit.
    let held!: () => void;
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    let release!: () => void;
    const mayCommit = new Promise<void>((resolve) => (release = resolve));
    const closing = other.repos.transaction(async () => {
      await other.repos.lock(campaignKey(1)).finally(held);
      await other.repos.officers.closeCampaign(1);
      await mayCommit;
    });
    await isHeld;

    let answered = false;
    const sent = app.post("can-bo-phuong", KHA, typed).finally(() => (answered = true));
    // Until the notice waits for a lock (or, not waiting at all, has answered).
    const waiting = sql`SELECT locktype FROM pg_locks WHERE NOT granted`;
    let waits: { locktype: string }[] = [];
    while (!answered && (waits = await other.database.rows<{ locktype: string }>(waiting)).length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const answeredFirst = answered;
    release();
    await closing;
    const reply = (await sent).map((m) => m.text).join("\n");

    // It waited for the campaign's advisory lock, then read the campaign closed.
    expect(answeredFirst ? "answered without waiting" : waits.map((w) => w.locktype)).toEqual(["advisory"]);
    expect(reply).toBe(`Đợt 1 "${TITLE}" vừa được đóng nên thông báo chưa được gửi tới đơn vị nào. Nếu vẫn cần gửi, vui lòng gõ lại lệnh /thongbao.`);
    // No unit's chat was sent it, and the campaign's log has no notice after its closing.
    const queued = await app.database.rows<{ n: number | string }>(sql`SELECT count(*) AS n FROM outbox WHERE payload LIKE ${"%Họp giao ban%"}`);
    expect(Number(queued[0]!.n)).toBe(0);
    expect((await app.repos.activity.list(1)).map((entry) => entry.action)).not.toContain("broadcast");
  });
}
