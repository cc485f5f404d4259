/**
 * The Zalo OA webhook as Zalo really calls it: the unsigned `{}` URL check, the period before the OA
 * secret key is known, and replay protection by the event's own (signed) timestamp.
 */
import { afterEach, describe, expect, it } from "vitest";
import { MAX_EVENT_BYTES, MAX_TIMESTAMP_AGE_MS, MAX_TIMESTAMP_AHEAD_MS } from "../../../src/server/routes/zalo-oa-webhook.ts";
import { MEMBER_A, OA_GROUP, startZaloHarness, type ZaloHarness } from "../../helpers/zalo-harness.ts";

let z: ZaloHarness;
afterEach(() => z.close());

const postRaw = (payload: string, headers: Record<string, string> = {}) =>
  z.server.app.inject({ method: "POST", url: "/webhooks/zalo-oa", headers: { "content-type": "application/json", ...headers }, payload });
const oaTexts = () => z.fake.oaSentTo(OA_GROUP).map((c) => (c.body.message as { text?: string }).text);
const warnings = (about: string) => z.logs.filter((l) => l.level === "warn" && l.msg.includes(about));

describe("Zalo's webhook URL check", () => {
  it("answers an unsigned {} or empty body 200 and changes nothing", async () => {
    z = await startZaloHarness();
    expect((await postRaw("{}")).statusCode).toBe(200);
    expect((await postRaw(" { } ")).statusCode).toBe(200);
    expect((await postRaw("")).statusCode).toBe(200);
    expect(z.fake.calls).toEqual([]);
    expect(await z.server.repos.submissions.listAnswers(1)).toEqual([]);
    expect(z.logs.filter((l) => l.level !== "info")).toEqual([]);
  });
});

describe("before ZALO_OA_SECRET_KEY is set", () => {
  it("answers the URL check 200, refuses every event with 401, and warns what to set at most once a minute", async () => {
    z = await startZaloHarness({ env: { ZALO_OA_SECRET_KEY: "" } });
    expect((await postRaw("{}")).statusCode).toBe(200);
    expect(warnings("ZALO_OA_SECRET_KEY")).toEqual([]);

    // Even an event signed with the real key is refused: the bot does not know the key yet.
    expect((await z.postOa(z.oaEvents.groupText(MEMBER_A, "/baocao"))).statusCode).toBe(401);
    expect(warnings("ZALO_OA_SECRET_KEY")).toHaveLength(1);
    expect(warnings("ZALO_OA_SECRET_KEY")[0]!.msg).toMatch(/set ZALO_OA_SECRET_KEY to the OA Secret Key/);
    const event = JSON.stringify(z.oaEvents.groupText(MEMBER_A, "/trogiup"));
    await z.advance(59_999);
    expect((await postRaw(event)).statusCode).toBe(401);
    expect(warnings("ZALO_OA_SECRET_KEY")).toHaveLength(1);
    await z.advance(1);
    expect((await postRaw(event)).statusCode).toBe(401);
    expect((await postRaw(event)).statusCode).toBe(401);
    expect(warnings("ZALO_OA_SECRET_KEY")).toHaveLength(2);
    expect((await postRaw("{}")).statusCode).toBe(200);

    expect(z.fake.calls.filter((c) => c.api === "oa")).toEqual([]);
    expect(await z.server.repos.submissions.listAnswers(1)).toEqual([]);
  });
});

describe("a signed event's timestamp", () => {
  it("is refused with 401 when more than 12 hours old or 5 minutes ahead of the server's clock, and accepted at exactly those", async () => {
    z = await startZaloHarness();
    const event = z.oaEvents.groupText(MEMBER_A, "/baocao", "same-msg");
    // Relative to the clock at the moment of the call (postOa moves it 5 s forward first).
    const stampedAt = (offsetMs: number) => ({ ...event, timestamp: String(z.clock() + 5_000 + offsetMs) });
    expect((await z.postOa(stampedAt(-MAX_TIMESTAMP_AGE_MS - 1))).statusCode).toBe(401);
    expect((await z.postOa(stampedAt(MAX_TIMESTAMP_AHEAD_MS + 1))).statusCode).toBe(401);
    expect((await z.postOa(stampedAt(-7 * 24 * 3600_000))).statusCode).toBe(401);
    expect(oaTexts()).toEqual([]);
    expect(warnings("timestamp")).toHaveLength(1);
    // The refused calls did not use up the msg_id: the same event in time is handled, once.
    expect((await z.postOa(stampedAt(-MAX_TIMESTAMP_AGE_MS))).statusCode).toBe(200);
    expect(oaTexts()).toEqual([expect.stringMatching(/^Bắt đầu "Báo cáo kết quả/), expect.stringMatching(/^Câu 1\/21/)]);
    expect((await z.postOa(stampedAt(MAX_TIMESTAMP_AHEAD_MS))).statusCode).toBe(200);
    expect(oaTexts()).toHaveLength(2);
  });

  it("is refused with 401 when it is missing or not a number of milliseconds", async () => {
    z = await startZaloHarness();
    const { timestamp, ...unstamped } = z.oaEvents.groupText(MEMBER_A, "/baocao");
    expect(timestamp).toMatch(/^\d+$/);
    // Signed as Zalo would sign it, with "" for the missing timestamp.
    expect((await z.postOa(unstamped)).statusCode).toBe(401);
    expect((await z.postOa({ ...unstamped, timestamp: "" })).statusCode).toBe(401);
    expect((await z.postOa({ ...unstamped, timestamp: `${timestamp}.5` })).statusCode).toBe(401);
    expect((await z.postOa({ ...unstamped, timestamp: null })).statusCode).toBe(401);
    expect(oaTexts()).toEqual([]);
    expect(await z.server.repos.submissions.listAnswers(1)).toEqual([]);
  });
});

describe("a body's size", () => {
  it("is answered 413 above 64 KB, signed or not, and a signed event with many timestamps in its text ahead of its own is still read", async () => {
    z = await startZaloHarness();
    // A megabyte of "timestamp" keys, each of which was collected before the 401.
    const flood = `{${Array.from({ length: 70_000 }, (_, i) => `"timestamp":${i}`).join(",")}}`;
    expect((await postRaw(flood, { "x-zevent-signature": "a".repeat(64) })).statusCode).toBe(413);
    const event = z.oaEvents.groupText(MEMBER_A, "/baocao");
    const padded = { ...event, message: { ...(event.message as object), note: "x".repeat(MAX_EVENT_BYTES) } };
    expect((await z.postOa(padded)).statusCode).toBe(413);
    expect(oaTexts()).toEqual([]);
    // Within the limit: ten "timestamp"s written in the message before the event's own, which is last.
    const { timestamp, ...rest } = event;
    const decoys = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, { timestamp: String(i) }]));
    expect((await z.postOa({ ...rest, decoys, timestamp })).statusCode).toBe(200);
    expect(oaTexts()).toEqual([expect.stringMatching(/^Bắt đầu "Báo cáo kết quả/), expect.stringMatching(/^Câu 1\/21/)]);
  });
});
