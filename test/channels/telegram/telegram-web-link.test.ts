/**
 * /web on Telegram: an officer's private chat with the bot gets the link only there (nobody else
 * sees it), a unit's group never gets one, and using the link is told in the chat it was given in.
 * Through the webhook and the fake Bot API.
 */
import { expect, it } from "vitest";
import { ANH, GROUP, useTelegramHarnesses } from "../../helpers/telegram-harness.ts";

const harnesses = useTelegramHarnesses();

it("gives an officer the link in their private chat without a preview, tells that chat when it is used, and refuses it in a unit's group", async () => {
  const { server, deliver, updates, lastMessage } = await harnesses.start();
  await server.repos.officers.ensureOfficer("telegram", String(ANH.id));
  await deliver(updates.text(ANH, "/web", { chatId: ANH.id }));
  const sent = lastMessage(ANH.id).params;
  const text = String(sent.text);
  // Telegram is asked not to fetch the one-time link for a preview.
  expect(typeof sent.link_preview_options === "string" ? JSON.parse(sent.link_preview_options) : sent.link_preview_options).toEqual({ is_disabled: true });
  expect(text).toMatch(/^Liên kết đăng nhập trang cán bộ cho Lan Anh \(dùng được một lần, trong 15 phút\):\nhttp:\/\/127\.0\.0\.1:3000\/web\/login\/[\w-]{43}\nĐừng chuyển liên kết này cho người khác\.$/);
  const path = new URL(/http\S+/.exec(text)![0]).pathname;
  expect((await server.app.inject({ method: "POST", url: path })).statusCode).toBe(303);
  await server.webSettled();
  await server.outboxWorker.deliver();
  expect(String(lastMessage(ANH.id).params.text)).toMatch(/^Lan Anh vừa đăng nhập trang cán bộ lúc 10:15 ngày 08\/10\/2026/);

  await deliver(updates.text(ANH, "/web", { chatId: GROUP }));
  expect(lastMessage(GROUP).params.text).toBe("Lệnh này dùng trong nhóm cán bộ phụ trách.");
});

it("tells an officer's /trangthai in a private chat where to ask, not to bind the chat", async () => {
  const { server, deliver, updates, lastMessage } = await harnesses.start();
  await server.repos.officers.ensureOfficer("telegram", String(ANH.id));
  await deliver(updates.text(ANH, "/trangthai", { chatId: ANH.id }));
  expect(lastMessage(ANH.id).params.text).toBe("Lệnh /trangthai dùng trong nhóm cán bộ phụ trách (tình hình các đơn vị) hoặc trong nhóm của đơn vị (báo cáo của đơn vị đó).");
});
