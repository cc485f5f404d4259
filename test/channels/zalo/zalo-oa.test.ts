/** The Zalo OA channel through its webhook and against the fake OA servers. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createZaloOaChannel, ZALO_OA_MAX_UPLOAD_BYTES } from "../../../src/channels/zalo-oa/zalo-oa-channel.ts";
import { createZaloOaClient } from "../../../src/channels/zalo-oa/zalo-oa-client.ts";
import { zaloSignature, zaloSignatureMatches } from "../../../src/channels/zalo-oa/verify-zalo-signature.ts";
import { OA_APP_ID, OA_APP_SECRET, OA_SECRET_KEY } from "../../fake-zalo/fake-zalo-server.ts";
import { MEMBER_A, MEMBER_B, OA_GROUP, startZaloHarness, type ZaloHarness } from "../../helpers/zalo-harness.ts";
import { FULL_REPORT_ANSWERS } from "../../helpers/full-report.ts";

const texts = (calls: { body: Record<string, unknown> }[]) => calls.map((c) => (c.body.message as { text?: string }).text ?? "[file]");

describe("the webhook signature", () => {
  it("is sha256 of app id + raw body + timestamp + key, with an optional mac= prefix", () => {
    // The fixed vector goclaw tests with.
    expect(zaloSignature("X", "BODY", "1234567890", "Y")).toBe("2f1ef5aabe67e8396a459ca89562e108ad541f82ba5022c85f645bd6b7220cb9");
    const good = zaloSignature("X", "BODY", "1234567890", "Y");
    expect(zaloSignatureMatches(good, "X", "BODY", "1234567890", "Y")).toBe(true);
    expect(zaloSignatureMatches(`mac=${good}`, "X", "BODY", "1234567890", "Y")).toBe(true);
    expect(zaloSignatureMatches(good, "X", "BODY ", "1234567890", "Y")).toBe(false);
    expect(zaloSignatureMatches(undefined, "X", "BODY", "1234567890", "Y")).toBe(false);
  });
});

describe("the Zalo OA channel", () => {
  let z: ZaloHarness;
  beforeEach(async () => {
    z = await startZaloHarness();
  });
  afterEach(() => z.close());

  it("refuses a bad or missing signature with 401 before reading the body, signed malformed JSON with 400, answers an empty probe 200", async () => {
    const event = z.oaEvents.groupText(MEMBER_A, "/baocao");
    expect((await z.postOa(event, "mac=00")).statusCode).toBe(401);
    expect((await z.postOa(event, "")).statusCode).toBe(401);
    const post = (payload: string, signature: string) =>
      z.server.app.inject({ method: "POST", url: "/webhooks/zalo-oa", headers: { "content-type": "application/json", "x-zevent-signature": signature }, payload });
    // Unsigned, nested thirty thousand deep (within the 64 KB limit; more is 413): refused before it
    // is parsed (parsing it is what a flood would cost).
    const deep = `{"timestamp":"1","a":${"[".repeat(30_000)}${"]".repeat(30_000)}}`;
    expect((await post(deep, `mac=${"0".repeat(64)}`)).statusCode).toBe(401);
    expect((await post("{oops", "x")).statusCode).toBe(401);
    expect((await post("{oops", zaloSignature(OA_APP_ID, "{oops", "", OA_SECRET_KEY))).statusCode).toBe(400);
    // Signed with a "timestamp" inside the message instead of the event's own: refused.
    const inner = JSON.stringify({ ...event, message: { text: "x", timestamp: "1" } });
    expect((await post(inner, zaloSignature(OA_APP_ID, inner, "1", OA_SECRET_KEY))).statusCode).toBe(401);
    for (const probe of ["", "{}", " { } "]) {
      expect((await z.server.app.inject({ method: "POST", url: "/webhooks/zalo-oa", headers: { "content-type": "application/json" }, payload: probe })).statusCode, probe).toBe(200);
    }
    expect(z.fake.oaSentTo(OA_GROUP)).toEqual([]);
  });

  it("answers group text in the group, choices as numbered lines, and ignores a repeated msg_id", async () => {
    const start = z.oaEvents.groupText(MEMBER_A, "/baocao", "same-id");
    expect((await z.postOa(start)).statusCode).toBe(200);
    expect((await z.postOa(start)).statusCode).toBe(200);
    expect(texts(z.fake.oaSentTo(OA_GROUP))).toEqual([expect.stringMatching(/^Bắt đầu "Báo cáo kết quả/), expect.stringMatching(/^Câu 1\/21/)]);
    for (const answer of ["/boqua", "Tuyên truyền qua loa.", "1, 3", "/boqua"]) await z.postOa(z.oaEvents.groupText(MEMBER_B, answer));
    expect(texts(z.fake.oaSentTo(OA_GROUP)).at(-1)).toMatch(/Câu 5\/21[\s\S]*\n1\. Có\n2\. Không$/);
    await z.postOa(z.oaEvents.groupText(MEMBER_A, "1"));
    expect((await z.server.repos.submissions.listAnswers(1)).find((a) => a.fieldId === "held_opening")?.value).toBe(true);
    expect(z.fake.violations).toEqual([]);
  });

  it("does not number the words of a figure's confirmation: a number typed there is the figure", async () => {
    await z.postOa(z.oaEvents.groupText(MEMBER_A, "/baocao"));
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 8)) await z.postOa(z.oaEvents.groupText(MEMBER_A, answer));
    // 2 participants for 6 training sessions: held, and questioned.
    await z.postOa(z.oaEvents.groupText(MEMBER_A, "2"));
    const question = texts(z.fake.oaSentTo(OA_GROUP)).at(-1)!;
    expect(question).toMatch(/^2 nhỏ hơn câu trả lời câu 8[\s\S]*Trả lời Có để lưu số này, Không để nhập lại \(hoặc gõ ngay số đúng\)\.$/);
    // "1" is not "Có" here: it is a new figure, questioned in turn.
    await z.postOa(z.oaEvents.groupText(MEMBER_A, "1"));
    expect(texts(z.fake.oaSentTo(OA_GROUP)).at(-1)).toMatch(/^1 nhỏ hơn câu trả lời câu 8/);
    await z.postOa(z.oaEvents.groupText(MEMBER_A, "Có"));
    expect((await z.server.repos.submissions.listAnswers(1)).find((a) => a.fieldId === "training_participants")?.value).toBe(1);
    expect(z.fake.violations).toEqual([]);
  });

  it("keeps user text from mentioning the whole group, and splits text over 2000 characters", async () => {
    await z.postOa(z.oaEvents.groupText(MEMBER_A, "/baocao"));
    await z.postOa(z.oaEvents.groupText(MEMBER_A, `Kế hoạch [@${OA_GROUP}] số 5`));
    await z.postOa(z.oaEvents.groupText(MEMBER_A, Array.from({ length: 26 }, (_, i) => `Dòng ${i + 1}: ${"tuyên truyền qua loa phát thanh, trang thông tin ".repeat(2)}`).join("\n")));
    const before = z.fake.oaSentTo(OA_GROUP).length;
    await z.postOa(z.oaEvents.groupText(MEMBER_A, "/xem"));
    const review = texts(z.fake.oaSentTo(OA_GROUP).slice(before));
    expect(review.length).toBeGreaterThanOrEqual(3);
    for (const part of review) expect(part.length).toBeLessThanOrEqual(2000);
    const lines = review.join("\n").split("\n").filter((l) => l.startsWith("Dòng "));
    expect(lines).toHaveLength(26);
    expect(review.join("\n")).not.toContain(`[@${OA_GROUP}]`);
    expect(review.join("\n")).toContain(`[\u200B@${OA_GROUP}]`);
    expect(z.fake.violations).toEqual([]);
  });

  it("answers one-to-one text through the consultation endpoint", async () => {
    await z.postOa(z.oaEvents.userText(MEMBER_A, "/trogiup"));
    const sent = z.fake.calls.filter((c) => c.path === "v3.0/oa/message/cs" && !c.failed);
    expect(sent.map((c) => c.body.recipient)).toEqual([{ user_id: MEMBER_A.id }]);
    expect((sent[0]!.body.message as { text: string }).text).toMatch(/^Các lệnh của bot báo cáo/);
  });

  it("refreshes an expired access token, stores the rotated pair first, and retries the call once", async () => {
    z.fake.expireAccessToken();
    await z.postOa(z.oaEvents.groupText(MEMBER_A, "/trogiup"));
    expect(z.fake.refreshes).toEqual(["rt-1"]);
    expect(await z.server.repos.settings.loadTokens("zalo-oa")).toMatchObject({ accessToken: "at-2", refreshToken: "rt-2" });
    expect(texts(z.fake.oaSentTo(OA_GROUP))).toEqual([expect.stringMatching(/^Các lệnh/)]);
    // The next expiry uses the rotated refresh token, never the spent one.
    z.fake.expireAccessToken();
    await z.postOa(z.oaEvents.groupText(MEMBER_A, "/trogiup"));
    expect(z.fake.refreshes).toEqual(["rt-1", "rt-2"]);
    expect(z.fake.calls.filter((c) => c.api === "oauth" && c.failed)).toEqual([]);
  });

  it("refreshes before expiry, and never runs two refreshes at once", async () => {
    const pair = (await z.server.repos.settings.loadTokens("zalo-oa"))!;
    await z.server.repos.settings.saveTokens("zalo-oa", { ...pair, expiresAt: z.clock() + 60_000 }, z.clock());
    for (let i = 0; i < 5; i++) await z.server.repos.outbox.enqueue("zalo-oa", `group:${OA_GROUP}`, { kind: "text", text: `Tin ${i}` }, z.clock());
    await Promise.all([z.server.outboxWorker.deliver(), z.server.outboxWorker.deliver(), z.server.outboxWorker.deliver()]);
    expect(z.fake.refreshes).toEqual(["rt-1"]);
    expect(texts(z.fake.oaSentTo(OA_GROUP))).toEqual(["Tin 0", "Tin 1", "Tin 2", "Tin 3", "Tin 4"]);
  });

  it("waits after a rate-limit error and stops for a group that is disabled", async () => {
    z.fake.failNextOa(-32);
    await z.server.repos.outbox.enqueue("zalo-oa", `group:${OA_GROUP}`, { kind: "text", text: "Nhắc nhở" }, z.clock());
    await z.server.outboxWorker.deliver();
    expect(z.fake.oaSentTo(OA_GROUP)).toEqual([]);
    await z.advance(30_000);
    expect(z.fake.oaSentTo(OA_GROUP)).toEqual([]);
    await z.advance(31_000);
    expect(texts(z.fake.oaSentTo(OA_GROUP))).toEqual(["Nhắc nhở"]);

    z.fake.failNextOa(-237);
    await z.server.repos.outbox.enqueue("zalo-oa", `group:${OA_GROUP}`, { kind: "text", text: "Một" }, z.clock());
    await z.server.repos.outbox.enqueue("zalo-oa", `group:${OA_GROUP}`, { kind: "text", text: "Hai" }, z.clock());
    await z.advance(3_600_000);
    expect(texts(z.fake.oaSentTo(OA_GROUP))).toEqual(["Nhắc nhở"]);
    expect((await z.server.repos.directory.findChat("zalo-oa", `group:${OA_GROUP}`))?.chat.isActive).toBe(false);
  });
});

describe("documents and Zalo's upload limit of 5,000,000 bytes", () => {
  let z: ZaloHarness;
  beforeEach(async () => {
    z = await startZaloHarness();
  });
  afterEach(() => z.close());

  const channelFor = (size: number) => {
    const client = createZaloOaClient({
      appId: OA_APP_ID,
      appSecret: OA_APP_SECRET,
      apiRoot: z.fake.url,
      oauthRoot: z.fake.url,
      tokens: { load: () => z.server.repos.settings.loadTokens("zalo-oa"), save: async () => {} },
      now: z.clock,
      logger: { warn: () => {}, error: () => {} },
    });
    const content = Buffer.alloc(size, 1);
    const channel = createZaloOaChannel({ client, loadDocument: async () => ({ fileName: "bao-cao.docx", content }), documentUrl: (id) => `https://bot.example.vn/files/${id}.x.y` });
    return { client, content, channel };
  };
  const uploads = () => z.fake.calls.filter((c) => c.path === "v2.0/oa/upload/file");

  it("uploads a file of exactly 5,000,000 bytes and sends it as a file", async () => {
    expect(ZALO_OA_MAX_UPLOAD_BYTES).toBe(5_000_000);
    const { channel } = channelFor(5_000_000);
    await channel.send(`group:${OA_GROUP}`, { kind: "document", documentId: 3, fileName: "bao-cao.docx", caption: "Văn bản báo cáo" }, 1);
    expect(uploads().map((c) => [c.failed ?? false, c.files?.file?.data.length])).toEqual([[false, 5_000_000]]);
    expect(texts(z.fake.oaSentTo(OA_GROUP))).toEqual(["Văn bản báo cáo", "[file]"]);
  });

  it("sends a spreadsheet as one link message (Zalo uploads PDF and Word only), a Word file as caption then file", async () => {
    const { channel } = channelFor(1000);
    const sheet = { kind: "document", documentId: 4, fileName: "Tình-hình.xlsx", caption: "Tình hình" } as const;
    expect(channel.partCount?.(sheet)).toBe(1);
    expect(channel.partCount?.({ ...sheet, fileName: "bao-cao.docx" })).toBe(2);
    await channel.send(`group:${OA_GROUP}`, sheet, 1, 0);
    expect(uploads()).toEqual([]);
    expect(texts(z.fake.oaSentTo(OA_GROUP))).toEqual([expect.stringMatching(/^Tình hình: https:\/\/bot\.example\.vn\/files\/4\.x\.y/)]);
  });

  it("sends a file of 5,000,001 bytes as a signed link without trying to upload it", async () => {
    const { channel, client, content } = channelFor(5_000_001);
    await channel.send(`group:${OA_GROUP}`, { kind: "document", documentId: 3, fileName: "bao-cao.docx", caption: "Văn bản báo cáo" }, 1);
    expect(uploads()).toEqual([]);
    expect(texts(z.fake.oaSentTo(OA_GROUP))).toEqual([expect.stringMatching(/^Văn bản báo cáo: https:\/\/bot\.example\.vn\/files\/3\.x\.y/)]);
    // Zalo itself refuses such a file (-210): the link is the only way.
    await expect(client.uploadFile(content, "bao-cao.docx")).rejects.toMatchObject({ status: 413 });
  });
});

describe("an OA event of an unknown shape", () => {
  it("is answered 200, changes nothing, and only the first one is logged whole", async () => {
    const { pino } = await import("pino");
    const lines: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => void lines.push(line) });
    const z = await startZaloHarness({ httpLogger: logger });
    try {
      const odd = { event_name: "user_send_group_text", app_id: "2553928453557884079", sender: { id: MEMBER_A.id }, message: { msg_id: "x1", text: "/baocao" }, timestamp: String(z.clock()) };
      expect((await z.postOa(odd)).statusCode).toBe(200);
      expect((await z.postOa({ ...odd, message: { msg_id: "x2", text: "/baocao" } })).statusCode).toBe(200);
      const logged = lines.map((l) => JSON.parse(l) as { msg: string; reason?: string; body?: unknown }).filter((l) => l.msg.startsWith("first Zalo OA event"));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ reason: "user_send_group_text without a group id", body: { message: { msg_id: "x1" } } });
      expect(z.fake.calls.filter((c) => c.api === "oa")).toEqual([]);
    } finally {
      await z.close();
    }
  });
});
