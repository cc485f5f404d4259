import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ChannelApiError, type Channel } from "../../src/channels/channel.ts";
import { createOutboxWorker } from "../../src/outbox/outbox-worker.ts";
import { createRateLimiter } from "../../src/outbox/rate-limiter.ts";
import { createRepositories } from "../../src/db/repositories.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";
import { recordingTelegram } from "../helpers/recording-telegram.ts";

const quiet = { warn: () => {}, error: () => {} };
const dbs = useTestDbs();

describe("conversation rows", () => {
  it("claims an update id once", async () => {
    const { repos } = await dbs.open();
    expect(await repos.conversations.claimUpdate("telegram", "1001", 0)).toBe(true);
    expect(await repos.conversations.claimUpdate("telegram", "1001", 1)).toBe(false);
    expect(await repos.conversations.claimUpdate("zalo-oa", "1001", 1)).toBe(true);
  });

  it("refuses a write based on a stale revision", async () => {
    const { repos } = await dbs.open();
    expect(await repos.conversations.save("k", "{}", 1, undefined, 0)).toBe(true);
    expect(await repos.conversations.save("k", "{}", 1, undefined, 0)).toBe(false);
    const read = (await repos.conversations.load("k"))!;
    expect(await repos.conversations.save("k", '{"a":1}', 1, read.revision, 1)).toBe(true);
    expect(await repos.conversations.save("k", '{"a":2}', 1, read.revision, 2)).toBe(false);
    expect(await repos.conversations.load("k")).toMatchObject({ state: '{"a":1}', revision: 2 });
  });
});

describe("an answer with its report's state", () => {
  it("writes both and touches the submission; on a stale revision says so, and the transaction's rollback keeps neither", async () => {
    const { repos } = await dbs.open();
    await repos.officers.upsertUnits([{ code: "A", name: "Trường A", type: "school" }]);
    const unitId = (await repos.officers.unitByCode("A"))!.id;
    const { id: templateId } = await repos.templates.storeTemplate("t", "T", {});
    const campaign = await repos.directory.insertCampaign({ templateId, title: "Đợt", issuerName: "UBND", deadlineAt: 1 }, [unitId]);
    const submission = await repos.submissions.create(campaign.id, unitId, 0);
    await repos.conversations.save("r", '{"step":1}', 2, undefined, 0);
    const { revision } = (await repos.conversations.load("r"))!;
    const answer = (value: unknown, now: number) => ({ submissionId: submission.id, fieldId: "q1", value, by: { id: "telegram:7", name: "Lan" }, now, sourceMessageId: "m1" });

    expect(await repos.conversations.saveAnswerAndState(answer(120, 5), "r", '{"step":2}', 2, revision)).toBe(true);
    expect(await repos.conversations.loadReport("r", campaign.id, unitId)).toMatchObject({
      conversation: { state: '{"step":2}', revision: revision + 1, updatedAt: 5 },
      submission: { updatedAt: 5 },
      answers: { q1: 120 },
    });
    expect(await repos.submissions.answerFromMessage(submission.id, "m1")).toEqual({ fieldId: "q1", isLatest: true });

    // Written over the revision read before: refused; the caller then rolls its transaction back.
    const stale = repos.transaction(async () => {
      if (!(await repos.conversations.saveAnswerAndState(answer(999, 9), "r", '{"step":3}', 2, revision))) throw new Error("conflict");
    });
    await expect(stale).rejects.toThrow("conflict");
    expect(await repos.conversations.loadReport("r", campaign.id, unitId)).toMatchObject({ conversation: { state: '{"step":2}' }, submission: { updatedAt: 5 }, answers: { q1: 120 } });
  });
});

describe("members", () => {
  it("binds a staff member to the first unit they report for, and tells a later claim which unit that was", async () => {
    const { repos } = await dbs.open();
    await repos.officers.upsertUnits([
      { code: "A", name: "Trường A", type: "school" },
      { code: "B", name: "Trường B", type: "school" },
    ]);
    const [a, b] = [(await repos.officers.unitByCode("A"))!.id, (await repos.officers.unitByCode("B"))!.id];
    await repos.directory.touchMember("telegram", "7", "Lan");
    expect(await repos.officers.claimMemberUnit("telegram", "7", a)).toBe(a);
    expect(await repos.officers.claimMemberUnit("telegram", "7", b)).toBe(a);
    expect((await repos.officers.member("telegram", "7"))?.unitId).toBe(a);
  });
});

describe("the outbox", () => {
  it("tells the chats of rows just queued, and of rows another instance queued (read back), with acknowledgements marked", async () => {
    const { database, repos } = await dbs.open();
    const other = createRepositories(database);
    const text = await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "a1" }, 0);
    const ack = await repos.outbox.enqueue("telegram", "-2", { kind: "acknowledge", id: "cb-1" }, 0);
    const elsewhere = await other.outbox.enqueue("zalo-oa", "u-3", { kind: "text", text: "c1" }, 0);
    const expected = [
      { channel: "telegram", chatExternalId: "-1", acknowledge: false },
      { channel: "telegram", chatExternalId: "-2", acknowledge: true },
      { channel: "zalo-oa", chatExternalId: "u-3", acknowledge: false },
    ];
    expect(await repos.outbox.chatsOf([text, ack, elsewhere])).toEqual(expected);
    // Asked again (a second delivery of the same rows): read back, the same answer.
    expect(await repos.outbox.chatsOf([text, ack, elsewhere])).toEqual(expected);
  });

  it("offers only each chat's oldest unfinished row, and a leased row again once its lease has run out", async () => {
    const { repos } = await dbs.open();
    const a1 = await repos.outbox.enqueue("local", "a", { kind: "text", text: "a1" }, 0);
    const a2 = await repos.outbox.enqueue("local", "a", { kind: "text", text: "a2" }, 0);
    const b1 = await repos.outbox.enqueue("local", "b", { kind: "text", text: "b1" }, 0);
    // What a claim reads (on PostgreSQL the migrations' outbox_claim_reads, not headsOf or headOfChat): the same.
    const claimable = async (now: number, chatId?: string) => (await repos.transaction(() => repos.outbox.claimReads("local", chatId, now, 10))).heads.map((r) => r.id);
    expect((await repos.outbox.headsOf("local", 10, 10)).map((r) => r.id)).toEqual([a1, b1]);
    expect(await claimable(10)).toEqual([a1, b1]);
    // Only a chat's head may be claimed, and only once while its lease runs.
    expect(await repos.outbox.claim(a2, 10, 1_000)).toBeUndefined();
    expect(await repos.outbox.claim(a1, 10, 1_000)).toBe(1);
    expect(await repos.outbox.claim(a1, 10, 1_000)).toBeUndefined();
    // a1 is being sent: a2 waits behind it; b1 is still free.
    expect((await repos.outbox.headsOf("local", 20, 10)).map((r) => r.id)).toEqual([b1]);
    expect(await claimable(20)).toEqual([b1]);
    expect(await repos.outbox.headOfChat("local", "a", 20)).toBeUndefined();
    expect(await claimable(20, "a")).toEqual([]);
    expect(await repos.outbox.headOfChat("local", "a", 1_001)).toMatchObject({ id: a1, attempts: 1 });
    expect(await claimable(1_001, "a")).toEqual([a1]);
    await repos.outbox.markSent({ id: a1, channel: "local", chatExternalId: "a" }, 1_002, 1);
    expect((await repos.outbox.headOfChat("local", "a", 1_003))?.id).toBe(a2);
    expect(await claimable(1_003, "a")).toEqual([a2]);
  });

  it("offers chats in the order their heads became heads (a long queue does not hold back a chat queued after it), urgent rows first", async () => {
    const { repos } = await dbs.open();
    const text = (t: string) => ({ kind: "text", text: t });
    const a = [];
    for (const t of ["a1", "a2", "a3"]) a.push(await repos.outbox.enqueue("telegram", "-1", text(t), 0));
    await repos.outbox.enqueue("telegram", "-2", text("b1"), 10);
    const texts = (rows: { payload: string }[]) => rows.map((r) => (JSON.parse(r.payload) as { text: string }).text);
    // As headsOf offers them, and as a claim reads them (on PostgreSQL outbox_claim_reads): the same.
    const offered = async (now: number) => {
      const claimRead = texts((await repos.transaction(() => repos.outbox.claimReads("telegram", undefined, now, 10))).heads);
      expect(claimRead).toEqual(texts(await repos.outbox.headsOf("telegram", now, 10)));
      return claimRead;
    };
    expect(await offered(10)).toEqual(["a1", "b1"]);
    // a1 goes out at 20: a2 is chat -1's head from then on, behind b1 (a head since 10), though older.
    expect(await repos.outbox.claim(a[0]!, 20, 80)).toBe(1);
    await repos.outbox.markSent({ id: a[0]!, channel: "telegram", chatExternalId: "-1" }, 20, 1);
    expect(await offered(30)).toEqual(["b1", "a2"]);
    // A row given up hands the turn on too.
    expect(await repos.outbox.claim(a[1]!, 40, 100)).toBe(1);
    await repos.outbox.markFailed({ id: a[1]!, channel: "telegram", chatExternalId: "-1" }, "400 Bad Request", 40);
    expect(await offered(50)).toEqual(["b1", "a3"]);
    // What an update that made a document queued goes before the other chats' turns.
    await repos.outbox.enqueue("telegram", "-3", text("c1"), 60, undefined, true);
    expect(await offered(70)).toEqual(["c1", "b1", "a3"]);
  });

  it("hands the turn to the next row at the chat's new id when the group migrated while a row was being sent", async () => {
    const { repos } = await dbs.open();
    const first = await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "1" }, 0);
    const second = await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "2" }, 0);
    expect(await repos.outbox.claim(first, 10, 1_000)).toBe(1);
    // A migration update arrives while row 1 is out: both rows now belong to -100.
    await repos.outbox.moveChat("telegram", "-1", "-100", 20);
    await repos.outbox.markSent({ id: first, channel: "telegram", chatExternalId: "-1" }, 30, 1);
    expect((await repos.outbox.headsOf("telegram", 40, 10)).map((r) => [r.id, r.chatExternalId])).toEqual([[second, "-100"]]);
  });

  it("lets only the claim holding a row put it back or finish it: a sender whose lease ran out changes nothing", async () => {
    const { repos } = await dbs.open();
    const row = { id: await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "1" }, 0), channel: "telegram", chatExternalId: "-1" };
    const next = await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "2" }, 0);
    // A claims with a lease to 100; past it, B claims the row again.
    const a = (await repos.outbox.claim(row.id, 0, 100))!;
    const b = (await repos.outbox.claim(row.id, 200, 60_000))!;
    expect([a, b]).toEqual([1, 2]);
    // A's send ends late: its renewal, progress, retry, release and finish change nothing.
    expect(await repos.outbox.renewLease(row.id, 90_000, a)).toBe(false);
    expect(await repos.outbox.recordProgress(row.id, 1, undefined, 90_000, a)).toBe(false);
    await repos.outbox.markRetry(row.id, 300, "timeout", a);
    await repos.outbox.release(row.id, 0, a);
    await repos.outbox.markSent(row, 300, 1, undefined, a);
    // B still holds it: nobody else claims it, and the chat's next row waits behind it.
    expect(await repos.outbox.claim(row.id, 400, 60_000)).toBeUndefined();
    expect(await repos.outbox.headOfChat("telegram", "-1", 400)).toBeUndefined();
    expect(await repos.outbox.renewLease(row.id, 90_000, b)).toBe(true);
    await repos.outbox.markSent(row, 500, 1, "m1", b);
    expect((await repos.outbox.headOfChat("telegram", "-1", 600))?.id).toBe(next);
  });

  it("gives their turn back to heads that had none (rows queued by an older version), and only to heads", async () => {
    const { repos, database } = await dbs.open();
    const first = await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "1" }, 0);
    await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "2" }, 0);
    await database.statement("UPDATE outbox SET ready_at = NULL").run();
    expect(await repos.outbox.headsOf("telegram", 10, 10)).toEqual([]);
    expect(await repos.outbox.repairTurns(10)).toBe(1);
    expect((await repos.outbox.headsOf("telegram", 20, 10)).map((r) => r.id)).toEqual([first]);
  });

  it("answers button presses while the platform's window is full, and holds the other messages back", async () => {
    const { repos } = await dbs.open();
    let clock = 0;
    const sent: string[] = [];
    const channel = recordingTelegram((chatId, message) => sent.push(`${chatId}:${message.kind === "text" ? message.text : message.kind}`));
    const limiter = createRateLimiter(repos.rateWindows, { telegram: { global: { count: 1, windowMs: 1_000 } } });
    const worker = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: channel }, now: () => clock, logger: quiet, transaction: repos.transaction, lock: repos.lock, limiter });
    const queue = (chat: string, message: object) => repos.outbox.enqueue("telegram", chat, message, clock);
    // The one message the window allows.
    await worker.deliver([await queue("-1", { kind: "text", text: "first" })]);
    // An update's deliveries: the button's acknowledgement, then the answer.
    const update = [await queue("-2", { kind: "acknowledge", id: "cb1" }), await queue("-2", { kind: "text", text: "answer" })];
    await worker.deliver(update, true);
    expect(sent).toEqual(["-1:first", "-2:acknowledge"]);
    // The loop's pass too: past a head the window refuses, it still takes the acknowledgements.
    clock = 100;
    await queue("-3", { kind: "acknowledge", id: "cb2" });
    await worker.deliver();
    expect(sent).toEqual(["-1:first", "-2:acknowledge", "-3:acknowledge"]);
    clock = 1_000;
    await worker.deliver();
    expect(sent).toEqual(["-1:first", "-2:acknowledge", "-3:acknowledge", "-2:answer"]);
  });

  it("lets a chat's delivery that finds the window full at its turn give up without reading the outbox", async () => {
    const { repos } = await dbs.open();
    let clock = 0;
    const sent: string[] = [];
    const channel = recordingTelegram((chatId) => sent.push(chatId));
    let headReads = 0;
    const outbox = { ...repos.outbox, claimReads: (...args: Parameters<typeof repos.outbox.claimReads>) => (headReads++, repos.outbox.claimReads(...args)) };
    const limiter = createRateLimiter(repos.rateWindows, { telegram: { global: { count: 1, windowMs: 1_000 } } });
    const worker = createOutboxWorker({ outbox, channels: { telegram: channel }, now: () => clock, logger: quiet, transaction: repos.transaction, lock: repos.lock, limiter });
    // Five updates' replies, delivered at once (as under load): all queue a claim before any has run.
    const ids = await Promise.all(["-1", "-2", "-3", "-4", "-5"].map((chat) => repos.outbox.enqueue("telegram", chat, { kind: "text", text: chat }, clock)));
    await Promise.all(ids.map((id) => worker.deliver([id])));
    expect(sent).toHaveLength(1);
    // The second claim found the window full; the three behind it did not look.
    expect(headReads).toBe(2);
    // Nothing is lost: the loop sends them as the window frees.
    clock = 1_000;
    await worker.deliver();
    // (On PostgreSQL the five were queued by concurrent transactions: which goes first is not fixed.)
    expect(new Set(sent).size).toBe(2);
  });

  it("puts rows a crash left 'sending' back first in their chat", async () => {
    const { repos } = await dbs.open();
    const first = await repos.outbox.enqueue("local", "a", { kind: "text", text: "1" }, 0);
    await repos.outbox.enqueue("local", "a", { kind: "text", text: "2" }, 0);
    await repos.outbox.claim(first, 0, 60_000);
    expect(await repos.outbox.recoverInterrupted()).toBe(1);
    expect((await repos.outbox.headOfChat("local", "a", 1))?.id).toBe(first);
  });

  function sender(fail: (attempt: number) => Error | undefined) {
    const sent: string[] = [];
    let attempt = 0;
    const channel = recordingTelegram((chatId, message) => {
      const error = fail(++attempt);
      if (error) throw error;
      sent.push(`${chatId}:${message.kind === "text" ? message.text : ""}`);
    });
    return { channel, sent };
  }

  it("stops sending a long message's parts once another worker has claimed its row (its lease ran out meanwhile)", async () => {
    const { repos, database } = await dbs.open();
    const parts: number[] = [];
    const channel: Channel = {
      ...recordingTelegram(() => {}),
      partCount: () => 3,
      async send(_chatId, _message, _rowId, part) {
        parts.push(part!);
        // After the first part, another worker claims the row (as if this one's lease had run out).
        if (part === 0) await database.statement("UPDATE outbox SET attempts = attempts + 1").run();
        return { messageId: String(part) };
      },
    };
    const worker = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: channel }, now: () => 0, logger: quiet, transaction: repos.transaction, lock: repos.lock });
    const id = await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "long" }, 0);
    await worker.deliver([id]);
    expect(parts).toEqual([0]);
    // The row is the other worker's: still 'sending', its parts untouched by this one.
    expect(await database.rows(sql`SELECT status, parts_sent AS "partsSent" FROM outbox`)).toEqual([{ status: "sending", partsSent: 0 }]);
  });

  it("marks a sent row sent through a database blip, instead of leaving it to its lease and sending it again", async () => {
    const { repos } = await dbs.open();
    const sent: string[] = [];
    let blips = 1;
    const outbox = {
      ...repos.outbox,
      markSent: async (...args: Parameters<typeof repos.outbox.markSent>) => {
        if (blips-- > 0) throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
        return repos.outbox.markSent(...args);
      },
    };
    const channel = recordingTelegram((chatId) => sent.push(chatId));
    let clock = 0;
    const worker = createOutboxWorker({ outbox, channels: { telegram: channel }, now: () => clock, logger: quiet, transaction: repos.transaction, lock: repos.lock });
    const id = await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "once" }, 0);
    expect(await worker.deliver([id])).toBe(1);
    expect(await repos.outbox.countByStatus()).toEqual([{ status: "sent", n: 1 }]);
    // Once its lease would have run out, nothing is left to send again.
    clock = 120_000;
    expect(await worker.deliver()).toBe(0);
    expect(sent).toEqual(["-1"]);
  });

  it("starts no delivery once stopped (shutting down): the row stays queued for the next run", async () => {
    const { repos } = await dbs.open();
    const sent: string[] = [];
    const channel = recordingTelegram((chatId) => sent.push(chatId));
    const worker = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: channel }, now: () => 0, logger: quiet, transaction: repos.transaction, lock: repos.lock });
    worker.start();
    await worker.stop();
    const id = await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "late" }, 0);
    expect(await worker.deliver([id])).toBe(0);
    expect(sent).toEqual([]);
    expect((await repos.outbox.headsOf("telegram", 0, 10)).map((r) => r.id)).toEqual([id]);
    // The next run sends it.
    const next = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: channel }, now: () => 0, logger: quiet, transaction: repos.transaction, lock: repos.lock });
    expect(await next.deliver([id])).toBe(1);
    expect(sent).toEqual(["-1"]);
  });

  it("keeps sending to other chats while one chat's send hangs (the background loop does not wait for it)", async () => {
    const { repos } = await dbs.open();
    const sent: string[] = [];
    let release: () => void = () => {};
    const hung = new Promise<void>((resolve) => (release = resolve));
    const channel = recordingTelegram(async (chatId, message) => {
      if (chatId === "-1") await hung;
      sent.push(`${chatId}:${message.kind === "text" ? message.text : ""}`);
    });
    const worker = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: channel }, now: () => Date.now(), logger: quiet, transaction: repos.transaction, lock: repos.lock });
    await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "A1" }, 0);
    await repos.outbox.enqueue("telegram", "-2", { kind: "text", text: "B1" }, 0);
    worker.start();
    await new Promise((r) => setTimeout(r, 100));
    await repos.outbox.enqueue("telegram", "-2", { kind: "text", text: "B2" }, 0);
    for (let i = 0; i < 40 && sent.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual(["-2:B1", "-2:B2"]);
    release();
    await worker.stop();
    expect(sent).toEqual(["-2:B1", "-2:B2", "-1:A1"]);
  });

  it("answers a complete delivery only once its chat's rows are sent, even when the loop's pass claimed one between two of its sends", async () => {
    const { repos } = await dbs.open();
    const sent: string[] = [];
    const channel = recordingTelegram(async (chatId, message) => {
      // The pass's send takes a while: a delivery that did not wait for it would answer first.
      if (message.kind === "text" && message.text === "2") await new Promise((r) => setTimeout(r, 30));
      sent.push(`${chatId}:${message.kind === "text" ? message.text : ""}`);
    });
    let passClaimed: () => void = () => {};
    const passClaim = new Promise<void>((resolve) => (passClaimed = resolve));
    const ids: number[] = [];
    // The seam: right after the first row is marked sent, the loop's pass runs and claims the second.
    const outbox = {
      ...repos.outbox,
      claimMany: async (...args: Parameters<typeof repos.outbox.claimMany>) => {
        const claimed = await repos.outbox.claimMany(...args);
        if (args[0].includes(ids[1]!)) passClaimed();
        return claimed;
      },
      markSent: async (...args: Parameters<typeof repos.outbox.markSent>) => {
        const marked = await repos.outbox.markSent(...args);
        if (args[0].id !== ids[0]) return marked;
        worker.start();
        await passClaim;
        return marked;
      },
    };
    const worker = createOutboxWorker({ outbox, channels: { telegram: channel }, now: () => Date.now(), logger: quiet, transaction: repos.transaction, lock: repos.lock });
    for (const text of ["1", "2"]) ids.push(await repos.outbox.enqueue("telegram", "-1", { kind: "text", text }, Date.now()));
    try {
      // As the local chat's POST asks for it: complete.
      await worker.deliver(ids, false, true);
      expect(sent).toEqual(["-1:1", "-1:2"]);
    } finally {
      await worker.stop();
    }
  });

  it("retries after retry_after, then sends once", async () => {
    const { repos } = await dbs.open();
    let clock = 0;
    const { channel, sent } = sender((n) => (n === 1 ? new ChannelApiError("telegram", "sendMessage", 429, "Too Many Requests", 30) : undefined));
    const worker = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: channel }, now: () => clock, logger: quiet, transaction: repos.transaction, lock: repos.lock });
    await repos.outbox.enqueue("telegram", "-100", { kind: "text", text: "Nhắc nhở" }, 0);
    await worker.deliver();
    expect(sent).toEqual([]);
    clock = 29_000;
    expect(await worker.deliver()).toBe(0);
    clock = 30_000;
    await worker.deliver();
    await worker.deliver();
    expect(sent).toEqual(["-100:Nhắc nhở"]);
  });

  it("stops for good on 403 and gives up after its attempts on other errors", async () => {
    const { repos } = await dbs.open();
    let clock = 0;
    const forbidden = sender(() => new ChannelApiError("telegram", "sendMessage", 403, "bot was kicked"));
    const worker = createOutboxWorker({ outbox: repos.outbox, channels: { telegram: forbidden.channel }, now: () => clock, logger: quiet, transaction: repos.transaction, lock: repos.lock });
    await repos.outbox.enqueue("telegram", "-1", { kind: "text", text: "a" }, 0);
    await worker.deliver();
    clock = 10_000_000;
    expect(await worker.deliver()).toBe(0);
    expect(await repos.outbox.countByStatus()).toEqual([{ status: "failed", n: 1 }]);

    const { repos: repos2 } = await dbs.open();
    const broken = sender(() => new Error("ECONNRESET"));
    const worker2 = createOutboxWorker({ outbox: repos2.outbox, channels: { telegram: broken.channel }, now: () => clock, logger: quiet, transaction: repos2.transaction, lock: repos2.lock });
    await repos2.outbox.enqueue("telegram", "-1", { kind: "text", text: "a" }, 0);
    for (let i = 0; i < 12; i++) {
      await worker2.deliver();
      clock += 3_600_000;
    }
    expect(await repos2.outbox.countByStatus()).toEqual([{ status: "failed", n: 1 }]);
  });
});

describe("rate windows across a restart", () => {
  const limits = { telegram: { global: { count: 1, windowMs: 1_000 } }, "zalo-bot": { global: { count: 1, windowMs: 1_000 } } };

  it("counts the last sends of a process that died (never answered) as reaching the platform when the next process takes the platform over", async () => {
    const { repos } = await dbs.open();
    // The crashed process counted a send at 0 on each platform and died before the answers.
    const crashed = createRateLimiter(repos.rateWindows, limits);
    for (const channel of ["telegram", "zalo-bot"]) expect(await crashed.reserve(channel, "-1", 0)).toMatchObject({ ok: true });
    // Its successor, at 900: the send may have reached Telegram as late as now, so a full window from now.
    const successor = createRateLimiter(repos.rateWindows, limits);
    await successor.takeOver("telegram", 900);
    expect(await successor.reserve("telegram", "-2", 900)).toEqual({ ok: false, waitMs: 1_000, scope: "global" });
    expect(await successor.reserve("telegram", "-2", 1_000)).toEqual({ ok: false, waitMs: 900, scope: "global" });
    const sent = await successor.reserve("telegram", "-2", 1_900);
    expect(sent).toMatchObject({ ok: true });
    // Answered at once (until then, unanswered, it would count as late as every claim's time).
    await successor.settle(sent.ok ? sent.events : [], 1_900);
    // Only that platform's: Zalo's count stays where it was until the successor first sends there.
    expect(await successor.reserve("zalo-bot", "-2", 900)).toEqual({ ok: false, waitMs: 100, scope: "global" });
    // Once per platform: a second take-over does not move the successor's own counts.
    await successor.takeOver("telegram", 2_000);
    expect(await successor.reserve("telegram", "-3", 2_900)).toMatchObject({ ok: true });
  });

  it("leaves a send counted over a second before the take-over where it was", async () => {
    const { repos } = await dbs.open();
    await createRateLimiter(repos.rateWindows, limits).reserve("telegram", "-1", 0);
    const successor = createRateLimiter(repos.rateWindows, { telegram: { global: { count: 1, windowMs: 2_000 } } });
    await successor.takeOver("telegram", 1_500);
    expect(await successor.reserve("telegram", "-2", 1_500)).toEqual({ ok: false, waitMs: 500, scope: "global" });
  });
});
