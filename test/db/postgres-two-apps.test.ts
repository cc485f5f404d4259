/**
 * Two application instances on one PostgreSQL database, as behind a load balancer: the members of
 * a unit answer one report through both alternately, and it is submitted whole; the officers ask
 * the other instance for /status and see it. No SQLite file is made anywhere. (The real-process
 * version, with a kill -9 half way, is test/instances/.) And what keeps them apart beneath: of two
 * instances claiming a chat's head at once, one gets it; the locks of a chat and of a report are
 * held to the commit, and a report is read after its lock.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, MINH, useTestApps } from "../helpers/build-test-app.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";
import { reportKey } from "../../src/db/report-key.ts";
import { REPORT_STATE_VERSION } from "../../src/conversation/conversation-state.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");
const apps = useTestApps();
const dbs = useTestDbs();

it("takes one report from two instances alternately, submits it whole, and shows it in the other's /status", async () => {
  const folder = mkdtempSync(join(tmpdir(), "two-apps-"));
  // One path names one PostgreSQL database (test-database.ts): both instances open the same.
  const databasePath = join(folder, "bot.sqlite");
  const [first, second] = await Promise.all([apps.start({ databasePath }), apps.start({ databasePath })]);
  expect(first.database.dialect).toBe("postgres");

  // Started together, the demo was seeded once: three schools and the ward office.
  expect(await first.repos.directory.countUnits()).toBe(4);
  expect(texts(await second.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Câu 1\/21/);
  for (const [i, answer] of FULL_REPORT_ANSWERS.entries()) {
    const instance = i % 2 === 0 ? first : second;
    await instance.post(LIEN_CHAU, i % 2 === 0 ? HOA : MINH, answer);
  }
  await first.post(LIEN_CHAU, MINH, "/nop");
  expect(texts(await second.post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp báo cáo lúc/);

  const [submission] = await first.database.db.select().from(first.database.tables.submissions);
  expect(submission).toMatchObject({ status: "submitted", version: 1 });
  const stored = await second.repos.submissions.listAnswers(submission!.id);
  expect(stored.find((a) => a.fieldId === "plan_reference")).toMatchObject({ value: FULL_REPORT_ANSWERS[0], answeredByName: HOA.userName });
  expect(stored.find((a) => a.fieldId === "readers_served")).toMatchObject({ value: 2000, answeredByName: MINH.userName });
  const [version] = await second.repos.submissions.listVersions(submission!.id);
  expect(Object.keys(version!.answers as object)).toHaveLength(stored.length);

  expect(texts(await first.post(OFFICERS, KHA, "/trangthai"))).toMatch(/Đã nộp: 1 · Đang làm: 0 · Chưa bắt đầu: 2/);
  expect(texts(await second.post(OFFICERS, KHA, "/trangthai"))).toMatch(/Đã nộp: 1 · Đang làm: 0 · Chưa bắt đầu: 2/);
  // Everything lives in PostgreSQL: DATABASE_PATH named a file in this folder, and none was made.
  expect(readdirSync(folder)).toEqual([]);
});

it("gives a chat's head to one of two instances claiming it at once, and the next row only after it is sent", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "claim-")), "bot.sqlite");
  const [first, second] = [await dbs.open(path), await dbs.open(path)];
  const head = await first.repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "1" }, 0);
  const next = await first.repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "2" }, 0);
  // Each round, the last round's lease has run out (as if its instance died): one of the two takes it.
  for (let round = 0; round < 20; round++) {
    const claims = await Promise.all([first, second].map(({ repos }) => repos.outbox.claim(head, 10 + round * 100, 60 + round * 100)));
    // One claim, numbered by the attempts counted so far.
    expect(claims.filter((lease) => lease !== undefined)).toEqual([round + 1]);
    // The next row of the chat waits while its head is unfinished.
    expect(await second.repos.outbox.claim(next, 20 + round * 100, 1_000_000)).toBeUndefined();
  }
  await first.repos.outbox.markSent({ id: head, channel: "telegram", chatExternalId: "-1" }, 5_000, 1);
  expect(await second.repos.outbox.claim(next, 5_000, 6_000)).toBe(1);
});

type Opened = Awaited<ReturnType<typeof dbs.open>>;

/** Until some connection waits for an advisory lock. */
async function waitForLockWaiter(database: Opened["database"]): Promise<void> {
  const waiting = sql`SELECT 1 AS one FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
  for (let tries = 0; (await database.rows(waiting)).length === 0; tries++) {
    if (tries > 500) throw new Error("nobody waits for an advisory lock");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
/**
 * Two instances on one database: `hold` runs in a transaction of the first, kept open 300 ms after
 * it returned while `attempt` runs in a transaction of the second. Says which finished first.
 */
async function whileHeld(hold: (first: Opened) => Promise<unknown>, attempt: (second: Opened) => Promise<unknown>): Promise<{ order: string[]; second: Opened }> {
  const path = join(mkdtempSync(join(tmpdir(), "held-")), "bot.sqlite");
  const [first, second] = [await dbs.open(path), await dbs.open(path)];
  const events: string[] = [];
  let held!: () => void;
  const isHeld = new Promise<void>((resolve) => (held = resolve));
  let release!: () => void;
  const mayRelease = new Promise<void>((resolve) => (release = resolve));
  const holding = first.repos.transaction(async () => {
    // Signalled whatever `hold` gives, so a failed expectation fails the test instead of hanging it.
    await hold(first).finally(held);
    await mayRelease;
    events.push("held, then committed");
  });
  await isHeld;
  const attempting = second.repos.transaction(async () => {
    await attempt(second);
    events.push("attempt done");
  });
  // Were the lock not held to the commit, the attempt would be done by now.
  await new Promise((resolve) => setTimeout(resolve, 300));
  release();
  await Promise.all([holding, attempting]);
  return { order: events, second };
}

it("holds a chat's lock from the claim of a new update to its commit: another instance waits for it", async () => {
  const { order, second } = await whileHeld(
    async (first) => expect(await first.repos.conversations.claimUpdate("telegram", "update-1", 0, "chat:telegram:-1")).toBe(true),
    (second) => second.repos.lock("chat:telegram:-1"),
  );
  expect(order).toEqual(["held, then committed", "attempt done"]);
  // A redelivery of the same update claims nothing.
  expect(await second.repos.transaction(() => second.repos.conversations.claimUpdate("telegram", "update-1", 1, "chat:telegram:-1"))).toBe(false);
});

it("queues a chat's row under the chat's lock held to the commit: another instance queueing there waits, and its row is no second head", async () => {
  let database!: Opened["database"];
  const { order } = await whileHeld(
    (first) => ((database = first.database), first.repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "1" }, 0)),
    (second) => second.repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "2" }, 10),
  );
  expect(order).toEqual(["held, then committed", "attempt done"]);
  // The second insert saw the first row, committed while it waited: it waits its turn (no ready time).
  const rows = await database.rows<{ payload: string; readyAt: string | null }>(sql`SELECT payload, ready_at AS "readyAt" FROM outbox WHERE chat_external_id = '-1' ORDER BY id`);
  expect(rows.map((r) => [JSON.parse(r.payload).text, r.readyAt])).toEqual([["1", "0"], ["2", null]]);
});

it("makes a row queued for a chat wait for another instance holding that chat's queueing lock with others (the lock outbox_enqueue takes is lockChats')", async () => {
  const { order } = await whileHeld(
    (first) => first.repos.outbox.lockChats([{ channel: "telegram", chatId: "-1" }, { channel: "telegram", chatId: "-2" }]),
    (second) => second.repos.outbox.enqueue("telegram", "-2", { kind: "text", text: "reply" }, 0),
  );
  expect(order).toEqual(["held, then committed", "attempt done"]);
});

it("holds the report of a unit's chat from the directory read of its message to the commit: another instance waits for it", async () => {
  const databasePath = join(mkdtempSync(join(tmpdir(), "report-lock-")), "bot.sqlite");
  const [first, second] = await Promise.all([apps.start({ databasePath }), apps.start({ databasePath })]);
  const events: string[] = [];
  let read!: () => void;
  const hasRead = new Promise<void>((resolve) => (read = resolve));
  let finish!: () => void;
  const mayFinish = new Promise<void>((resolve) => (finish = resolve));
  let key = "";
  const firstMessage = first.repos.transaction(async () => {
    // Signalled whatever the read gives, so a failed expectation fails the test instead of hanging it.
    const { found, openCampaign } = await first.repos.directory.senderInChat("local", LIEN_CHAU, HOA.userId).finally(read);
    key = reportKey(openCampaign!.campaign.id, found!.unit!.id);
    await mayFinish;
    events.push("first message done");
  });
  await hasRead;
  const secondMessage = second.repos.transaction(async () => {
    await second.repos.lock(key);
    events.push("second instance has the report");
  });
  // Were the lock not taken with the read, the second instance would have the report by now.
  await new Promise((resolve) => setTimeout(resolve, 300));
  finish();
  await Promise.all([firstMessage, secondMessage]);
  expect(events).toEqual(["first message done", "second instance has the report"]);
});

it("reads the report of a unit's chat after taking its lock: what the instance that held it committed meanwhile is there", async () => {
  const databasePath = join(mkdtempSync(join(tmpdir(), "report-read-")), "bot.sqlite");
  const [first, second] = await Promise.all([apps.start({ databasePath }), apps.start({ databasePath })]);
  let read!: () => void;
  const hasRead = new Promise<void>((resolve) => (read = resolve));
  let finish!: () => void;
  const mayFinish = new Promise<void>((resolve) => (finish = resolve));
  const firstMessage = first.repos.transaction(async () => {
    const { report } = await first.repos.directory.senderInChat("local", LIEN_CHAU, HOA.userId).finally(read);
    // Not started: read all the same, with nothing in it.
    expect(report).toMatchObject({ conversation: undefined, submission: undefined, answers: {} });
    expect(await first.repos.conversations.save(report!.key, '{"phase":"idle","submittedVersion":0}', REPORT_STATE_VERSION, undefined, 1_000)).toBe(true);
    await mayFinish;
  });
  await hasRead;
  const secondMessage = second.repos.transaction(() => second.repos.directory.senderInChat("local", LIEN_CHAU, MINH.userId));
  // Released only once the second instance waits for the lock: else it could read after the commit anyway.
  await waitForLockWaiter(first.database);
  finish();
  const [, { report }] = await Promise.all([firstMessage, secondMessage]);
  // Read in the lock's statement, it would be the report as it was before the first instance's commit: none.
  expect(report?.conversation).toMatchObject({ state: '{"phase":"idle","submittedVersion":0}', stateVersion: REPORT_STATE_VERSION, revision: 1, updatedAt: 1_000 });
});

it("reads a report in progress with its lock as loadReport reads it: the conversation, the submission, the answers", async () => {
  const app = await apps.start({ databasePath: join(mkdtempSync(join(tmpdir(), "report-same-")), "bot.sqlite") });
  await app.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) await app.post(LIEN_CHAU, HOA, answer);
  const [withLock, loaded] = await app.repos.transaction(async () => {
    const { report, openCampaign, found } = await app.repos.directory.senderInChat("local", LIEN_CHAU, HOA.userId);
    return [report, { key: report!.key, ...(await app.repos.conversations.loadReport(report!.key, openCampaign!.campaign.id, found!.unit!.id)) }];
  });
  expect(Object.keys(loaded.answers)).toHaveLength(4);
  expect(loaded.submission).toMatchObject({ status: "in_progress", isLate: false });
  expect(withLock).toEqual(loaded);
});

it("takes a typed answer on from the report read with its lock, without reading it again; a command reads it again", async () => {
  const app = await apps.start({ databasePath: join(mkdtempSync(join(tmpdir(), "report-once-")), "bot.sqlite") });
  expect(texts(await app.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Câu 1\/21/);
  const reads = vi.spyOn(app.repos.conversations, "loadReport");
  expect(texts(await app.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!))).toMatch(/Câu 2\/21/);
  expect(reads).not.toHaveBeenCalled();
  expect(texts(await app.post(LIEN_CHAU, HOA, "/xem"))).toContain(FULL_REPORT_ANSWERS[0]!.slice(0, 30));
  expect(reads).toHaveBeenCalledTimes(1);
});

it("finishes a chat's head under the chat's queueing lock (outbox_finish): a row another instance queues meanwhile gets its turn once both commit", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "finish-")), "bot.sqlite");
  const [first, second] = [await dbs.open(path), await dbs.open(path)];
  const head = await first.repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "1" }, 0);
  const lease = await first.repos.outbox.claim(head, 10, 60_000);
  let release!: () => void;
  const mayRelease = new Promise<void>((resolve) => (release = resolve));
  let queued = false;
  const queueing = second.repos.transaction(async () => {
    await second.repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "2" }, 20);
    queued = true;
    await mayRelease;
  });
  await vi.waitFor(() => expect(queued).toBe(true));
  const marking = first.repos.outbox.markSent({ id: head, channel: "telegram", chatExternalId: "-1" }, 30, 1, undefined, lease);
  // The send's finish waits for the queueing transaction: had it not, it would find no next row
  // (not committed yet), and the row queued would never become the chat's head.
  await waitForLockWaiter(first.database).finally(release);
  expect(await marking).toBe(true);
  await queueing;
  const rows = await first.database.rows<{ payload: string; status: string; readyAt: string | null }>(
    sql`SELECT payload, status, ready_at AS "readyAt" FROM outbox WHERE chat_external_id = '-1' ORDER BY id`,
  );
  expect(rows.map((r) => [JSON.parse(r.payload).text, r.status, r.readyAt === null ? null : Number(r.readyAt)])).toEqual([["1", "sent", 0], ["2", "pending", 30]]);
});
