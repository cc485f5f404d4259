import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { type BotMessage, HOA, LIEN_CHAU, MINH, useTestApps } from "../helpers/build-test-app.ts";

const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");
const apps = useTestApps();
const start = apps.start;

describe("the local chat API", () => {
  it("answers /healthz and serves the chat page", async () => {
    const { app } = await start();
    expect((await app.inject("/healthz")).statusCode).toBe(200);
    const page = await app.inject("/");
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toContain("Bot báo cáo");
  });

  it("lists the demo's chats with their kind, unit code and members", async () => {
    const { app, repos } = await start();
    // The demo's request is cited as a typed one is: "ngày 08/10/2026", two digits each.
    expect((await repos.directory.listCampaigns())[0]!.referenceText).toBe("Công văn số 125/UBND-VHXH ngày 08/10/2026 của UBND phường Nam Triệu");
    const chats = (await app.inject("/local/chats")).json() as { id: string; kind: string; unitCode?: string; members: unknown[] }[];
    expect(chats.map((c) => [c.id, c.kind, c.unitCode])).toEqual([
      ["th-lien-chau", "unit", "TH-LIEN-CHAU"],
      ["thcs-nam-trieu", "unit", "THCS-NAM-TRIEU"],
      ["mn-hoa-sen", "unit", "MN-HOA-SEN"],
      ["can-bo-phuong", "officers", undefined],
    ]);
    expect(chats[0]!.members).toEqual([HOA, MINH]);
  });

  it("takes a whole report from two members, stores who answered what, and keeps the history", async () => {
    const { app, post, repos, database } = await start();
    expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Câu 1\/21/);
    for (const [i, answer] of FULL_REPORT_ANSWERS.entries()) await post(LIEN_CHAU, i % 2 === 0 ? HOA : MINH, answer);
    const confirm = await post(LIEN_CHAU, MINH, "/nop");
    expect(confirm.at(-1)).toMatchObject({ from: "bot", choices: ["Có", "Không"] });
    expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp báo cáo lúc 10:15 ngày 08\/10\/2026/);

    const history = (await app.inject(`/local/chats/${LIEN_CHAU}/messages`)).json() as { messages: BotMessage[] };
    const users = history.messages.filter((m) => m.from === "user");
    expect(users).toHaveLength(FULL_REPORT_ANSWERS.length + 3);
    expect(history.messages[0]).toMatchObject({ from: "user", text: "/baocao", userName: HOA.userName });
    expect(history.messages[1]).toMatchObject({ from: "bot" });

    const { db, tables } = database;
    const [submission] = await db.select().from(tables.submissions);
    expect(submission).toMatchObject({ status: "submitted", version: 1, submittedBy: HOA.userName });
    const stored = await repos.submissions.listAnswers(submission!.id);
    expect(stored.find((a) => a.fieldId === "readers_served")).toMatchObject({ value: 2000, answeredByName: MINH.userName });
    expect(stored.find((a) => a.fieldId === "plan_reference")).toMatchObject({ answeredByName: HOA.userName, answeredBy: "local:u1" });
    expect(stored.find((a) => a.fieldId === "training_sessions")).toMatchObject({ value: 6, answeredByName: MINH.userName, answeredBy: "local:u2" });
    const versions = await db.select().from(tables.submissionVersions);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.answers).toMatchObject({ self_rating: "Hoàn thành tốt", signer_name: "Nguyễn Văn An" });
  });

  it("refuses malformed JSON and bad bodies with 400, unknown chats with 404, and stores nothing", async () => {
    const { app } = await start();
    const url = `/local/chats/${LIEN_CHAU}/messages`;
    const badJson = await app.inject({ method: "POST", url, headers: { "content-type": "application/json" }, payload: "{not json" });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()).toEqual({ error: "Yêu cầu không hợp lệ." });
    expect((await app.inject({ method: "POST", url, payload: { userName: "X", text: "/baocao" } })).statusCode).toBe(400);
    expect((await app.inject({ method: "POST", url, payload: { ...HOA, text: "   " } })).statusCode).toBe(400);
    expect((await app.inject({ method: "POST", url: "/local/chats/nope/messages", payload: { ...HOA, text: "/baocao" } })).statusCode).toBe(404);
    expect((await app.inject("/local/chats/nope/messages")).statusCode).toBe(404);
    expect(((await app.inject(url)).json() as { messages: unknown[] }).messages).toEqual([]);
  });

  it("answers only requests that name this machine (DNS rebinding): another Host gets 403 and nothing is stored", async () => {
    const { app } = await start();
    const url = `/local/chats/${LIEN_CHAU}/messages`;
    for (const host of ["evil.example:3000", "evil.example", "127.0.0.1.evil.example"]) {
      const response = await app.inject({ method: "POST", url, headers: { host }, payload: { ...HOA, text: "/baocao" } });
      expect(response.statusCode, host).toBe(403);
      expect((await app.inject({ url: "/local/chats", headers: { host } })).statusCode, host).toBe(403);
    }
    expect(((await app.inject(url)).json() as { messages: unknown[] }).messages).toEqual([]);
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "LOCALHOST"]) expect((await app.inject({ url: "/healthz", headers: { host } })).statusCode, host).toBe(200);
  });

  it("refuses a request a reverse proxy relayed (it names 127.0.0.1, but came from elsewhere) with 403, storing nothing", async () => {
    const { app } = await start();
    const url = `/local/chats/${LIEN_CHAU}/messages`;
    for (const header of ["x-forwarded-for", "x-forwarded-host", "forwarded", "x-real-ip"]) {
      const headers = { host: "127.0.0.1:3000", [header]: header === "forwarded" ? "for=8.8.8.8" : "8.8.8.8" };
      expect((await app.inject({ method: "POST", url, headers, payload: { ...HOA, text: "/baocao" } })).statusCode, header).toBe(403);
      expect((await app.inject({ url: "/local/chats", headers })).statusCode, header).toBe(403);
    }
    expect(((await app.inject(url)).json() as { messages: unknown[] }).messages).toEqual([]);
  });

  it("handles a repeated message id once, answering the repeat with the first delivery's replies", async () => {
    const { app, post } = await start();
    await post(LIEN_CHAU, HOA, "/baocao", "m-1");
    const first = await post(LIEN_CHAU, HOA, "Kế hoạch số 1", "m-2");
    expect(texts(first)).toMatch(/Câu 2\/21/);
    expect(await post(LIEN_CHAU, HOA, "Kế hoạch số 1", "m-2")).toEqual(first);
    const history = ((await app.inject(`/local/chats/${LIEN_CHAU}/messages`)).json() as { messages: BotMessage[] }).messages;
    expect(history.filter((m) => m.from === "user").map((m) => m.text)).toEqual(["/baocao", "Kế hoạch số 1"]);
    expect(texts(await post(LIEN_CHAU, HOA, "/xem", "m-3"))).toMatch(/Câu 2\/21/);
  });

  it("reads a message that opens with a mention of the bot as the text after it, and keeps a mention elsewhere", async () => {
    const { post, repos } = await start();
    expect(texts(await post(LIEN_CHAU, HOA, "@Bot Báo Cáo /baocao"))).toMatch(/Câu 1\/21/);
    await post(LIEN_CHAU, HOA, "@bot bao cao: Kế hoạch số 7");
    await post(LIEN_CHAU, HOA, "Tuyên truyền cùng @Bot Báo Cáo.");
    expect((await repos.submissions.listAnswers(1)).map((a) => a.value)).toEqual(["Kế hoạch số 7", "Tuyên truyền cùng @Bot Báo Cáo."]);
  });

  it("reads words typed with combining tone marks as the same words: a figure with its unit, and 'Có'", async () => {
    const { post, repos, database } = await start();
    await post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) await post(LIEN_CHAU, HOA, answer);
    expect(texts(await post(LIEN_CHAU, HOA, "Có".normalize("NFD")))).toMatch(/Câu 6\/21/);
    for (const answer of FULL_REPORT_ANSWERS.slice(5, 8)) await post(LIEN_CHAU, HOA, answer);
    const typed = "290 người".normalize("NFD");
    expect(typed).not.toBe("290 người");
    expect(texts(await post(LIEN_CHAU, HOA, typed))).toMatch(/Câu 10\/21/);
    const [submission] = await database.db.select().from(database.tables.submissions);
    const stored = await repos.submissions.listAnswers(submission!.id);
    expect(stored.find((a) => a.fieldId === "held_opening")).toMatchObject({ value: true });
    expect(stored.find((a) => a.fieldId === "training_participants")).toMatchObject({ value: 290 });
  });

  it("keeps message ids per chat: the same id in two chats is two messages", async () => {
    const { post } = await start();
    expect(texts(await post(LIEN_CHAU, HOA, "/baocao", "1"))).toMatch(/Câu 1\/21/);
    expect(texts(await post("thcs-nam-trieu", { userId: "u3", userName: "Lê Thị Lan" }, "/baocao", "1"))).toMatch(/Câu 1\/21/);
  });

  it("keeps two members' simultaneous answers, one after the other", async () => {
    const { post, repos } = await start();
    await post(LIEN_CHAU, HOA, "/baocao");
    await Promise.all([post(LIEN_CHAU, HOA, "Kế hoạch số 5/KH"), post(LIEN_CHAU, MINH, "Tuyên truyền qua loa phát thanh.")]);
    const stored = await repos.submissions.listAnswers(1);
    // Which of the two is taken first is up to the database's lock; neither is lost, and the second
    // answers the question after the first's.
    expect(stored.map((a) => a.fieldId)).toEqual(["plan_reference", "propaganda"]);
    expect(stored.map((a) => a.answeredByName).sort()).toEqual([HOA.userName, MINH.userName].sort());
    expect(texts(await post(LIEN_CHAU, HOA, "/xem"))).toMatch(/Câu 3\/21/);
  });

  it("asks before storing a second member's same answer, sent at once, as the next question's", async () => {
    const { post, repos } = await start();
    await post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 7)) await post(LIEN_CHAU, HOA, answer);
    // Both answer question 8 (the sessions); Minh's arrives once question 9 is asked.
    expect(texts(await post(LIEN_CHAU, HOA, "6"))).toMatch(/^Câu 9\/21/);
    const asked = await post(LIEN_CHAU, MINH, "6");
    expect(texts(asked)).toMatch(/^Nguyễn Thị Hoa vừa trả lời câu 8: 6\.\nTrần Văn Minh: «6» là câu trả lời cho câu 9 «[^»]+»\? Trả lời Có để lưu, Không để bỏ tin này\.$/);
    expect(asked.at(-1)).toMatchObject({ choices: ["Có", "Không"] });
    expect(texts(await post(LIEN_CHAU, MINH, "Không"))).toMatch(/^Đã bỏ «6»\./);
    const stored = await repos.submissions.listAnswers(1);
    expect(stored.find((a) => a.fieldId === "training_participants")).toBeUndefined();
    expect(stored.find((a) => a.fieldId === "training_sessions")).toMatchObject({ value: 6, answeredByName: HOA.userName });
    // Confirmed by Hoa, a held answer is stored as Minh's, who gave it.
    await post(LIEN_CHAU, HOA, "290");
    expect(texts(await post(LIEN_CHAU, MINH, "290"))).toMatch(/Trần Văn Minh: «290» là câu trả lời cho câu 10/);
    expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã lưu câu trả lời của Trần Văn Minh cho câu 10\.\n---\nCâu 11\/21/);
    expect((await repos.submissions.listAnswers(1)).find((a) => a.fieldId === "readers_served")).toMatchObject({ value: 290, answeredByName: MINH.userName, answeredBy: "local:u2" });
  });

  it("tells the officers' chat that reports are made in the units' chats", async () => {
    const { post } = await start();
    expect(texts(await post("can-bo-phuong", { userId: "u7", userName: "Nguyễn Thị Kha" }, "/baocao"))).toMatch(/nhóm cán bộ/);
    expect(await post("can-bo-phuong", { userId: "u7", userName: "Nguyễn Thị Kha" }, "chào mọi người")).toEqual([]);
  });

  it("answers a handler bug with an apology, once, and stays up", async () => {
    const { app, post, database } = await start();
    const { db, tables } = database;
    const [campaign] = await db.select().from(tables.campaigns);
    await db.update(tables.templates).set({ definition: { broken: true } }).where(eq(tables.templates.id, campaign!.templateId));
    expect(texts(await post(LIEN_CHAU, HOA, "/baocao", "bug-1"))).toBe("Đã có lỗi, vui lòng thử lại.");
    expect(texts(await post(LIEN_CHAU, HOA, "/baocao", "bug-1"))).toBe("Đã có lỗi, vui lòng thử lại.");
    // Once, not twice: the repeat got the first apology back, nothing new was queued.
    const history = ((await app.inject(`/local/chats/${LIEN_CHAU}/messages`)).json() as { messages: BotMessage[] }).messages;
    expect(history.filter((m) => m.from === "bot")).toHaveLength(1);
  });
});

describe("a restart", () => {
  it("continues a report mid-way with nothing lost", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "bot-")), "bot.sqlite");
    const first = await start({ databasePath: path });
    await first.post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 5)) await first.post(LIEN_CHAU, HOA, answer);
    await apps.stop(first);

    const second = await start({ databasePath: path });
    expect(texts(await second.post(LIEN_CHAU, MINH, "/baocao"))).toMatch(/^Tiếp tục "Báo cáo kết quả[\s\S]*Câu 6\/21 — I\.2\. Tổ chức các hoạt động\nLễ khai mạc/);
    expect(await second.repos.submissions.listAnswers(1)).toHaveLength(5);
  });

  it("sends a reply that was stored but not yet delivered exactly once", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "bot-")), "bot.sqlite");
    const first = await start({ databasePath: path });
    // Stored in the outbox, then the process "dies" before delivering.
    const result = await first.repos.transaction(() => first.repos.outbox.enqueue("local", LIEN_CHAU, { kind: "text", text: "Tin nhắn chờ gửi" }, 0));
    expect(result).toBeGreaterThan(0);
    await apps.stop(first);

    const second = await start({ databasePath: path });
    const worker = await import("../../src/outbox/outbox-worker.ts");
    const { createLocalChannel } = await import("../../src/channels/local/local-channel.ts");
    const deliver = worker.createOutboxWorker({
      outbox: second.repos.outbox,
      channels: { local: createLocalChannel({ localMessages: second.repos.localMessages, documentUrl: (id) => `/d/${id}` }) },
      now: () => Date.now(),
      logger: { warn: () => {}, error: () => {} },
      transaction: second.repos.transaction,
      lock: second.repos.lock,
    });
    expect(await deliver.deliver()).toBe(1);
    expect(await deliver.deliver()).toBe(0);
    const history = await second.repos.localMessages.history(LIEN_CHAU);
    expect(history.map((m) => m.text)).toEqual(["Tin nhắn chờ gửi"]);
  });
});
