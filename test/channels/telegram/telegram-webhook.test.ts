/** POST /webhooks/telegram: the secret, the body, duplicates and handler bugs, on the real server. */
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ANH, GROUP, SECRET, startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-harness.ts";

let t: TelegramHarness;
beforeEach(async () => {
  t = await startTelegramHarness();
});
afterEach(() => t.close());

it("answers a wrong or missing secret with 401 and stores nothing", async () => {
  const update = t.updates.text(ANH, "/baocao");
  expect((await t.deliver(update, { "x-telegram-bot-api-secret-token": "wrong" })).statusCode).toBe(401);
  expect((await t.deliver(update, {})).statusCode).toBe(401);
  expect(t.fake.sentTo(GROUP)).toEqual([]);
  expect((await t.deliver(update)).statusCode).toBe(200);
  expect(t.fake.sentTo(GROUP).length).toBeGreaterThan(0);
});

it("answers a caller without the secret 401 before reading its body, malformed or not", async () => {
  for (const headers of [{ "x-telegram-bot-api-secret-token": "wrong" }, {}]) {
    const response = await t.server.app.inject({ method: "POST", url: "/webhooks/telegram", headers: { ...headers, "content-type": "application/json" }, payload: "{not json" });
    expect(response.statusCode).toBe(401);
  }
});

it("answers a body that is not an update, or malformed JSON, with 400", async () => {
  const headers = { "x-telegram-bot-api-secret-token": SECRET, "content-type": "application/json" };
  for (const payload of ['{"hello":1}', "[]", '{"update_id":"x"}', "{not json"]) {
    const response = await t.server.app.inject({ method: "POST", url: "/webhooks/telegram", headers, payload });
    expect(response.statusCode, payload).toBe(400);
  }
  expect(t.fake.calls.filter((c) => c.method !== "getMe")).toEqual([]);
});

it("handles a redelivered update once", async () => {
  const update = t.updates.text(ANH, "/baocao");
  expect((await t.deliver(update)).statusCode).toBe(200);
  const sent = t.fake.sentTo(GROUP).length;
  expect((await t.deliver(update)).statusCode).toBe(200);
  expect(t.fake.sentTo(GROUP).length).toBe(sent);
});

it("answers 200 to a handler bug, tells the group, and does not fail the same way again", async () => {
  const { db, tables } = t.server.database;
  const [campaign] = await db.select().from(tables.campaigns);
  await db.update(tables.templates).set({ definition: { broken: true } }).where(eq(tables.templates.id, campaign!.templateId));
  const update = t.updates.text(ANH, "/baocao");
  expect((await t.deliver(update)).statusCode).toBe(200);
  expect(t.fake.sentTo(GROUP).map((c) => c.params.text)).toEqual(["Đã có lỗi, vui lòng thử lại."]);
  expect((await t.deliver(update)).statusCode).toBe(200);
  expect(t.fake.sentTo(GROUP)).toHaveLength(1);
});

it("makes only calls that match the Bot API spec", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao@bao_cao_test_bot"));
  expect(t.fake.violations).toEqual([]);
  expect(t.fake.callsOf("sendMessage").length).toBeGreaterThan(0);
});
