/** The fake Bot API must itself refuse what the real one would, or the Telegram tests prove nothing. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram } from "./fake-telegram-server.ts";
import { validateUpdate } from "./spec-validator.ts";

let fake: FakeTelegram;
beforeAll(async () => {
  fake = await startFakeTelegram({ token: "1:t" });
});
afterAll(() => fake.close());

const call = async (method: string, body: unknown) => {
  const response = await fetch(`${fake.apiRoot}/bot1:t/${method}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { ok: boolean; description?: string; result?: unknown } };
};

it("refuses unknown methods, missing and unknown parameters, and wrong types", async () => {
  expect((await call("sendMesage", { chat_id: 1, text: "x" })).status).toBe(400);
  expect((await call("sendMessage", { chat_id: 1 })).json.description).toMatch(/missing required text/);
  expect((await call("sendMessage", { chat_id: 1, text: "x", colour: "red" })).json.description).toMatch(/unknown parameter colour/);
  expect((await call("sendMessage", { chat_id: true, text: "x" })).json.description).toMatch(/chat_id/);
  expect((await call("sendMessage", { chat_id: 1, text: "x", reply_markup: { inline_keyboard: [[{ text: "a", callback_data: 5 }]] } })).status).toBe(400);
  expect((await call("sendMessage", { chat_id: 1, text: "x".repeat(4097) })).status).toBe(400);
  expect(fake.violations).toHaveLength(6);
  expect(fake.calls).toHaveLength(0);
});

it("accepts and records a valid call, case-insensitively, and answers with a message", async () => {
  const ok = await call("SENDMESSAGE", { chat_id: -100, text: "Xin chào", reply_markup: { force_reply: true, selective: true } });
  expect(ok.status).toBe(200);
  expect(ok.json.result).toMatchObject({ message_id: expect.any(Number), chat: { id: -100 }, text: "Xin chào" });
  expect(fake.callsOf("sendMessage").at(-1)?.params.text).toBe("Xin chào");
});

it("answers injected failures once: 429 with retry_after, 403, 5xx", async () => {
  fake.failNext({ code: 429, retryAfter: 3 });
  const limited = await call("sendMessage", { chat_id: 1, text: "a" });
  expect(limited).toMatchObject({ status: 429, json: { ok: false, parameters: { retry_after: 3 } } });
  fake.failNext({ code: 403 });
  expect((await call("sendMessage", { chat_id: 1, text: "a" })).status).toBe(403);
  fake.failNext({ code: 502 });
  expect((await call("sendMessage", { chat_id: 1, text: "a" })).status).toBe(502);
  expect((await call("sendMessage", { chat_id: 1, text: "a" })).status).toBe(200);
});

it("validates incoming updates against the spec", () => {
  expect(validateUpdate({ update_id: 1, message: { message_id: 1, date: 1, chat: { id: 1, type: "private" }, text: "hi" } })).toEqual([]);
  expect(validateUpdate({ update_id: "1" })).not.toEqual([]);
  expect(validateUpdate({ update_id: 1, message: { message_id: 1, chat: { id: 1, type: "private" } } })[0]).toMatch(/date/);
});
