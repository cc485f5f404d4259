/**
 * A webhook's 200 means "stored". When the database cannot be used (PostgreSQL restarting, a
 * failover, a full disk), the update is not acknowledged: the webhook answers 500, Telegram sends
 * it again, and the redelivery, once the database is back, is handled once, answer and reply.
 */
import { expect, it } from "vitest";
import { ANH, useTelegramHarnesses } from "../../helpers/telegram-harness.ts";

const harnesses = useTelegramHarnesses();
/** What node-postgres throws when the server is shutting down under us. */
const adminShutdown = () => Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });

it("answers 500 while the database fails, stores nothing, and handles Telegram's redelivery once", async () => {
  const t = await harnesses.start();
  const { conversations } = t.server.repos;
  expect((await t.deliver(t.updates.text(ANH, "/baocao"))).statusCode).toBe(200);
  const askedBefore = t.fake.callsOf("sendMessage").length;

  const answer = t.updates.text(ANH, "Kế hoạch số 192/KH-THLC ngày 27/9/2026");
  // A blip: the first statement fails, the database answers again right after.
  const claimUpdate = conversations.claimUpdate;
  conversations.claimUpdate = async () => {
    conversations.claimUpdate = claimUpdate;
    throw adminShutdown();
  };
  expect((await t.deliver(answer)).statusCode).toBe(500);
  expect(t.fake.callsOf("sendMessage")).toHaveLength(askedBefore);

  expect((await t.deliver(answer)).statusCode).toBe(200);
  expect((await t.deliver(answer)).statusCode).toBe(200);
  const [submission] = await t.server.database.db.select().from(t.server.database.tables.submissions);
  const stored = await t.server.repos.submissions.listAnswers(submission!.id);
  expect(stored.map((a) => [a.fieldId, a.value])).toEqual([["plan_reference", "Kế hoạch số 192/KH-THLC ngày 27/9/2026"]]);
  // One reply (the next question) for the one answer, though Telegram sent it three times.
  expect(t.fake.callsOf("sendMessage")).toHaveLength(askedBefore + 1);
  expect(String(t.lastMessage().params.text)).toMatch(/Câu 2\//);
});

it("still answers a bug in our own handling with an apology and a 200, so it is not redelivered for ever", async () => {
  const t = await harnesses.start();
  const { conversations } = t.server.repos;
  conversations.loadReport = async () => {
    throw new TypeError("a bug");
  };
  expect((await t.deliver(t.updates.text(ANH, "/baocao"))).statusCode).toBe(200);
  expect(t.lastMessage().params.text).toBe("Đã có lỗi, vui lòng thử lại.");
});
