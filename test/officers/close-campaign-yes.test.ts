/**
 * "/dotbaocao dong 1" asks before it closes; the officer's natural "có" to that question got no reply
 * at all (only "/dotbaocao dong 1 chac" closed it). Now the officer who asked answers it within
 * minutes: "có", "đồng ý" close it as "… chac" would, "không" leaves it open. Through the
 * demo's officers' chat (campaign 1 open), the question remembered in the database.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server, setNow } = useOfficersChat();
const say = async (words: string, who = KHA) => text(await server.post(OFFICERS, who, words));
const status = async () => (await server.repos.directory.campaignById(1))?.status;

it("closes the campaign on 'có' to the close question, as '/dotbaocao dong 1 chac' does", async () => {
  expect(await say("/dotbaocao dong 1")).toMatch(/Nếu chắc chắn, gõ \/dotbaocao dong 1 chac \(hoặc trả lời "có"\)\.$/);
  expect(await say("có")).toMatch(/^Đã đóng đợt báo cáo "/);
  expect(await status()).toBe("closed");
  // Answered once: a second "có" is talk again.
  expect(await say("có")).toBe("");
});

it("leaves it open on 'không' and says so, takes that question as answered, and closes on 'Đồng ý.' to a new question", async () => {
  await say("/dotbaocao dong 1");
  expect(await say("không")).toBe("Không đóng: đợt 1 vẫn mở.");
  expect(await status()).toBe("open");
  expect(await say("có")).toBe("");
  expect(await status()).toBe("open");
  await say("/dotbaocao dong 1");
  expect(await say("Đồng ý.")).toMatch(/^Đã đóng đợt báo cáo "/);
  expect(await status()).toBe("closed");
});

it("takes no 'có' from another officer, nor one typed after the wait is over", async () => {
  const other = { userId: "u8", userName: "Trần Văn Bình" };
  await server.repos.officers.setRole("local", other.userId, "officer");
  await say("/dotbaocao dong 1");
  await say("có", other);
  expect(await status()).toBe("open");
  setNow(new Date(Date.parse("2026-10-08T03:15:00Z") + 30 * 60_000));
  expect(await say("có")).toBe("");
  expect(await status()).toBe("open");
});

it("takes no bare 'ok' or 'đóng', and no 'có' after another command of the officer's", async () => {
  await say("/dotbaocao dong 1");
  expect(await say("ok")).toBe("");
  expect(await say("đóng")).toBe("");
  await say("/trangthai");
  expect(await say("có")).toBe("");
  expect(await status()).toBe("open");
  // Asked again, the answer counts.
  await say("/dotbaocao dong 1");
  expect(await say("có ạ")).toMatch(/^Đã đóng đợt báo cáo "/);
});
