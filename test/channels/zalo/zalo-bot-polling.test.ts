/**
 * The Zalo Bot without a public https URL: long polling (getUpdates) against the fake Bot API, end to
 * end through the real application, and the poller's bounded backoff on errors.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createZaloBotClient } from "../../../src/channels/zalo-bot/zalo-bot-client.ts";
import { abortableSleep, POLL_BACKOFF_MAX_MS } from "../../../src/channels/long-polling.ts";
import { createZaloBotPoller } from "../../../src/channels/zalo-bot/zalo-bot-poller.ts";
import { startFakeZalo, ZALO_BOT_TOKEN, type FakeZalo } from "../../fake-zalo/fake-zalo-server.ts";
import { BOT_GROUP, MEMBER_A, MEMBER_B, startZaloHarness, type ZaloHarness } from "../../helpers/zalo-harness.ts";

let z: ZaloHarness | undefined;
let fake: FakeZalo | undefined;
afterEach(async () => {
  await z?.close();
  await fake?.close();
  z = fake = undefined;
});

const botCalls = (h: ZaloHarness, method: string) => h.fake.calls.filter((c) => c.api === "bot" && c.path === method);
const sentTexts = (h: ZaloHarness) => h.fake.botSentTo(BOT_GROUP).map((c) => String(c.body.text));

describe("the Zalo Bot without PUBLIC_URL", () => {
  it("polls getUpdates, answers each polled message in its chat, and stops polling when the app stops", async () => {
    z = await startZaloHarness();
    const h = z;
    await h.server.start();
    await vi.waitFor(() => expect(botCalls(h, "getUpdates").length).toBeGreaterThan(0));
    expect(botCalls(h, "setWebhook")).toEqual([]);
    expect(botCalls(h, "deleteWebhook")).toHaveLength(1);

    h.fake.pushBotUpdate(h.botEvents.text(MEMBER_A, "/baocao"));
    await vi.waitFor(() => expect(sentTexts(h).at(-1)).toMatch(/^Câu 1\/21/));
    h.fake.pushBotUpdate(h.botEvents.text(MEMBER_B, "Kế hoạch số 3"));
    await vi.waitFor(() => expect(sentTexts(h).at(-1)).toMatch(/^Câu 2\/21/));
    expect((await h.server.repos.submissions.listAnswers(1)).map((a) => [a.fieldId, a.value, a.answeredByName])).toEqual([["plan_reference", "Kế hoạch số 3", "Bình"]]);
    expect(h.fake.violations).toEqual([]);

    // Stopping ends the poll in flight: no getUpdates after that.
    await h.server.close();
    // Only the fake is left to close.
    z = undefined;
    fake = h.fake;
    const polls = botCalls(h, "getUpdates").length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(botCalls(h, "getUpdates")).toHaveLength(polls);
  });
});

describe("the Zalo Bot with an http PUBLIC_URL", () => {
  it("does not send it to setWebhook, polls instead, and says so in one log line", async () => {
    z = await startZaloHarness({ env: { PUBLIC_URL: "http://bot.example.vn" } });
    const h = z;
    await h.server.start();
    await vi.waitFor(() => expect(botCalls(h, "getUpdates").length).toBeGreaterThan(1));
    expect(botCalls(h, "setWebhook")).toEqual([]);
    expect(h.fake.webhookUrl()).toBe("");
    expect(h.logs.filter((l) => l.msg.includes("PUBLIC_URL is not https"))).toHaveLength(1);
    expect(h.fake.violations).toEqual([]);
  });
});

describe("the getUpdates poller", () => {
  it("waits 1 s, 2 s, 4 s… at most a minute after failed polls, not after an empty one, and still delivers", async () => {
    fake = await startFakeZalo({ maxPollWaitMs: 20 });
    const client = createZaloBotClient({ token: ZALO_BOT_TOKEN, apiRoot: fake.url });
    const delays: number[] = [];
    const updates: unknown[] = [];
    const warnings: string[] = [];
    const poller = createZaloBotPoller({
      client,
      onUpdate: (update) => void updates.push(update),
      logger: { warn: (_obj, msg) => void warnings.push(msg), error: () => {} },
      sleep: async (ms) => void delays.push(ms),
    });
    fake.failNextPolls(500, 403, 429, 500, 500, 500, 500, 500, 500);
    poller.start();
    await vi.waitFor(() => expect(delays).toHaveLength(9));
    // Empty polls (408 after the fake's short wait) follow without a pause.
    const polls = fake.calls.filter((c) => c.path === "getUpdates").length;
    await vi.waitFor(() => expect(fake!.calls.filter((c) => c.path === "getUpdates").length).toBeGreaterThan(polls + 2));
    fake.pushBotUpdate({ event_name: "message.text.received", message: { message_id: "p1", date: 1, chat: { id: "c1", chat_type: "PRIVATE" }, from: { id: "c1" }, text: "Xin chào" } });
    await vi.waitFor(() => expect(updates).toHaveLength(1));
    await poller.stop();
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, POLL_BACKOFF_MAX_MS, POLL_BACKOFF_MAX_MS, POLL_BACKOFF_MAX_MS]);
    expect(warnings).toHaveLength(9);
    expect(updates).toEqual([expect.objectContaining({ message: expect.objectContaining({ text: "Xin chào" }) })]);
    expect(fake.violations).toEqual([]);
  });

  const textUpdate = (text: string) => ({ event_name: "message.text.received", message: { message_id: "p1", date: 1, chat: { id: "c1", chat_type: "PRIVATE" }, from: { id: "c1" }, text } });

  it("keeps storing an update it has polled when stopped during a failing store, since Zalo will not give it again", async () => {
    fake = await startFakeZalo({ maxPollWaitMs: 20 });
    const stored: unknown[] = [];
    const errors: string[] = [];
    let tries = 0;
    let stopped: Promise<void> | undefined;
    const poller = createZaloBotPoller({
      client: createZaloBotClient({ token: ZALO_BOT_TOKEN, apiRoot: fake.url }),
      onUpdate: (update) => {
        // The first try fails, and the server is told to stop while it runs.
        if (tries++ > 0) return void stored.push(update);
        stopped = poller.stop();
        throw new Error("database is locked");
      },
      logger: { warn: () => {}, error: (_obj, msg) => void errors.push(msg) },
      sleep: (_ms, signal) => abortableSleep(10, signal),
    });
    poller.start();
    fake.pushBotUpdate(textUpdate("Kế hoạch số 3"));
    await vi.waitFor(() => expect(stopped).toBeDefined());
    await stopped;
    expect(tries).toBe(2);
    expect(stored).toEqual([expect.objectContaining({ message: expect.objectContaining({ text: "Kế hoạch số 3" }) })]);
    expect(errors).toEqual(["Zalo Bot update could not be stored; trying it again"]);
  });

  it("logs the whole update, for replay, when it still cannot be stored once the time after stop has run out", async () => {
    fake = await startFakeZalo({ maxPollWaitMs: 20 });
    const lost: unknown[] = [];
    let stopped: Promise<void> | undefined;
    const poller = createZaloBotPoller({
      client: createZaloBotClient({ token: ZALO_BOT_TOKEN, apiRoot: fake.url }),
      onUpdate: () => {
        stopped ??= poller.stop();
        throw new Error("database is locked");
      },
      logger: { warn: () => {}, error: (obj, msg) => void (msg.includes("lost at shutdown") && lost.push((obj as { update: unknown }).update)) },
      storeAfterStopMs: 50,
    });
    poller.start();
    fake.pushBotUpdate(textUpdate("Kế hoạch số 3"));
    await vi.waitFor(() => expect(stopped).toBeDefined());
    await stopped;
    expect(lost).toEqual([expect.objectContaining({ message: expect.objectContaining({ text: "Kế hoạch số 3" }) })]);
  });
});
