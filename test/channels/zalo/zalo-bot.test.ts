/** The Zalo Bot channel through its webhook and against the fake Bot API; documents as signed links. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createZaloBotRuntime } from "../../../src/channels/zalo-bot/zalo-bot-runtime.ts";
import { createFileLinks, FILE_LINK_TTL_MS } from "../../../src/documents/file-links.ts";
import { readDocx } from "../../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS } from "../../helpers/full-report.ts";
import { BOT_GROUP, MEMBER_A, MEMBER_B, startZaloHarness, type ZaloHarness } from "../../helpers/zalo-harness.ts";

let z: ZaloHarness;
beforeEach(async () => {
  z = await startZaloHarness();
});
afterEach(() => z.close());

const sentTexts = () => z.fake.botSentTo(BOT_GROUP).map((c) => String(c.body.text));

it("refuses a wrong or missing secret with 401, malformed JSON with 400, and answers an empty probe 200", async () => {
  const event = z.botEvents.text(MEMBER_A, "/baocao");
  expect((await z.postBot(event, { secret: "wrong-secret" })).statusCode).toBe(401);
  expect((await z.postBot(event, { secret: null })).statusCode).toBe(401);
  expect((await z.postBot("{broken", {})).statusCode).toBe(400);
  // Malformed JSON without the secret: refused for the sender, before the body is read.
  expect((await z.postBot("{broken", { secret: null })).statusCode).toBe(401);
  expect((await z.postBot("", { secret: null })).statusCode).toBe(200);
  // Two megabytes without the secret: 401, not the 413 that reading it against the 1 MB limit gives.
  expect((await z.postBot(`"${"x".repeat(2_000_000)}"`, { secret: null })).statusCode).toBe(401);
  expect(sentTexts()).toEqual([]);
});

it("accepts flat and {ok,result} bodies, and answers other messages with a text-only note", async () => {
  await z.postBot(z.botEvents.text(MEMBER_A, "/baocao"));
  await z.postBot(z.botEvents.text(MEMBER_B, "Kế hoạch số 3"), { wrapped: true });
  expect(sentTexts().slice(-1)[0]).toMatch(/^Câu 2\/21/);
  await z.postBot(z.botEvents.voice(MEMBER_A));
  expect(sentTexts().at(-1)).toBe("Xin lỗi, bot chỉ đọc được tin nhắn văn bản. Vui lòng gõ câu trả lời bằng chữ.");
  expect((await z.server.repos.submissions.listAnswers(1)).map((a) => [a.fieldId, a.answeredByName])).toEqual([["plan_reference", "Bình"]]);
});

it("ignores a repeated message id", async () => {
  const event = z.botEvents.text(MEMBER_A, "/baocao");
  await z.postBot(event);
  await z.postBot(event, { wrapped: true });
  // Started, how to answer in a Zalo group, the first question: once, not twice.
  expect(sentTexts()).toHaveLength(3);
});

it("sends a finished report as a signed link that serves the .docx, and text in parts of at most 2000", async () => {
  await z.postBot(z.botEvents.text(MEMBER_A, "/baocao"));
  for (const answer of FULL_REPORT_ANSWERS) await z.postBot(z.botEvents.text(MEMBER_B, answer));
  await z.postBot(z.botEvents.text(MEMBER_A, "/nop"));
  for (const text of sentTexts()) expect(text.length).toBeLessThanOrEqual(2000);
  await z.postBot(z.botEvents.text(MEMBER_A, "1"));
  const link = /(http\S+\/files\/\S+)/.exec(sentTexts().at(-1) ?? "")?.[1];
  expect(sentTexts().at(-1)).toMatch(/^Văn bản báo cáo: http/);
  const download = await z.server.app.inject(new URL(link!).pathname);
  expect(download.statusCode).toBe(200);
  expect(readDocx(download.rawPayload).paragraphs).toContain("Nguyễn Văn An");
  expect(z.fake.violations).toEqual([]);
});

describe("signed file links", () => {
  it("serve one document until they expire, and nothing once tampered with", () => {
    let now = 1_000_000;
    const links = createFileLinks({ secret: "k", now: () => now, publicUrl: () => "https://bot.example.vn" });
    const url = links.urlFor(7);
    const token = url.split("/files/")[1]!;
    expect(links.verify(token)).toBe(7);
    expect(links.verify(token.replace(/^7\./, "8."))).toBeUndefined();
    expect(links.verify(`${token.slice(0, -2)}xx`)).toBeUndefined();
    expect(createFileLinks({ secret: "other", now: () => now, publicUrl: () => "" }).verify(token)).toBeUndefined();
    now += FILE_LINK_TTL_MS + 1;
    expect(links.verify(token)).toBeUndefined();
  });

  it("answer 404 for an unknown, tampered or expired link, with a page that says how to get a new one", async () => {
    expect((await z.server.app.inject("/files/1.9999999999999.abc")).statusCode).toBe(404);
    const page = await z.server.app.inject("/files/nonsense");
    expect(page.statusCode).toBe(404);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toContain("Gõ /vanban trong nhóm trò chuyện để nhận lại văn bản với một liên kết mới.");
  });
});

it("starts when Zalo refuses its webhook at start-up, logging why, and registers it on a later attempt (the whole bot used to exit)", async () => {
  const withUrl = await startZaloHarness({ env: { PUBLIC_URL: "https://bot.example.vn" } });
  try {
    withUrl.fake.failNextWebhooks(503);
    await withUrl.server.start();
    expect(withUrl.logs.filter((l) => l.level === "error").map((l) => l.msg)).toEqual([expect.stringMatching(/^Zalo Bot setWebhook failed: trying again in 30 s/)]);
    // The rest of the bot runs.
    expect((await withUrl.server.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  } finally {
    await withUrl.close();
  }
  // The retry itself, with a pause that passes at once.
  const calls: string[] = [];
  const failures = [new Error("503"), new Error("502")];
  const pauses: number[] = [];
  const runtime = createZaloBotRuntime({
    client: { call: async (method: string) => (calls.push(method), method === "setWebhook" && failures.length > 0 ? Promise.reject(failures.shift()) : ({} as never)) },
    publicUrl: "https://bot.example.vn",
    secret: "zalo-bot-secret-123",
    onUpdate: () => {},
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    sleep: async (ms) => void pauses.push(ms),
    retryMs: 5_000,
  });
  await runtime.start();
  await vi.waitFor(() => expect(calls.filter((c) => c === "setWebhook")).toHaveLength(3));
  expect(pauses).toEqual([5_000, 5_000]);
  await runtime.stop();
});

it("registers its webhook with the secret at start-up when PUBLIC_URL is set", async () => {
  const withUrl = await startZaloHarness({ env: { PUBLIC_URL: "https://bot.example.vn" } });
  try {
    await withUrl.server.start();
    const call = withUrl.fake.calls.find((c) => c.api === "bot" && c.path === "setWebhook");
    expect(call?.body).toEqual({ url: "https://bot.example.vn/webhooks/zalo-bot", secret_token: "zalo-bot-secret-123" });
    expect(withUrl.fake.violations).toEqual([]);
  } finally {
    await withUrl.close();
  }
});
