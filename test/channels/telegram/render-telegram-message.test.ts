/**
 * A question longer than Telegram's 4,096 characters goes in parts: the reply box (a selective
 * force-reply) is on the last part, which must then reply to the user's message too, or it
 * reaches nobody and a privacy-mode group cannot answer.
 */
import { expect, it } from "vitest";
import { renderTelegramText, TELEGRAM_MAX_TEXT } from "../../../src/channels/telegram/render-telegram-message.ts";

const longQuestion = `Câu 14/21 — ${"Những kết quả, ưu điểm nổi bật của đơn vị. ".repeat(150)}`;

it("threads the last part of a long question under the user's message, with the selective reply box", () => {
  const parts = renderTelegramText({ kind: "text", text: longQuestion, expectsReply: true, replyToMessageId: "12" });
  expect(parts.length).toBeGreaterThan(1);
  for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT);
  expect(parts[0]!.options.reply_parameters).toEqual({ message_id: 12, allow_sending_without_reply: true });
  expect(parts.at(-1)!.options).toMatchObject({ reply_parameters: { message_id: 12 }, reply_markup: { force_reply: true, selective: true } });
  // The parts between carry neither.
  for (const part of parts.slice(1, -1)) expect(part.options.reply_parameters ?? part.options.reply_markup).toBeUndefined();
});

it("gives a long question with buttons, or one replying to nobody, no thread on its last part", () => {
  const buttons = renderTelegramText({ kind: "text", text: longQuestion, expectsReply: true, choices: ["Có", "Không"], replyToMessageId: "12" });
  expect(buttons.at(-1)!.options.reply_parameters).toBeUndefined();
  expect(buttons.at(-1)!.options.reply_markup).toMatchObject({ inline_keyboard: [[{ text: "Có" }], [{ text: "Không" }]] });
  const nobody = renderTelegramText({ kind: "text", text: longQuestion, expectsReply: true });
  expect(nobody.at(-1)!.options).toEqual({ parse_mode: "HTML", reply_markup: { force_reply: true, input_field_placeholder: "Nhập câu trả lời" } });
});
