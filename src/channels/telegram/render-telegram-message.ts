/**
 * Our outbound text → Telegram sendMessage calls: HTML parse mode with every user-typed character
 * escaped, the progress line in bold, split under 4096 characters at line boundaries, choices as
 * inline buttons, questions asked with a selective force_reply (so privacy-mode groups deliver the
 * answer), threaded under the user's message.
 */
import type { OutboundMessage } from "../channel.ts";
import { splitText } from "../split-text.ts";

/** Telegram's limit on a message's text. */
export const TELEGRAM_MAX_TEXT = 4096;
/** callback_data is at most 64 bytes: a button carries its index, the text is read back from the keyboard. */
export const choiceData = (index: number) => `c:${index}`;

export interface TelegramSendMessage {
  text: string;
  options: {
    parse_mode: "HTML";
    reply_parameters?: { message_id: number; allow_sending_without_reply: boolean };
    link_preview_options?: { is_disabled: true };
    reply_markup?:
      | { inline_keyboard: { text: string; callback_data: string }[][] }
      | { force_reply: true; selective?: true; input_field_placeholder?: string };
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function renderTelegramText(message: Extract<OutboundMessage, { kind: "text" }>): TelegramSendMessage[] {
  const chunks = splitText(message.text, TELEGRAM_MAX_TEXT - 20, (s) => escapeHtml(s).length);
  return chunks.map((chunk, i) => {
    const isFirst = i === 0;
    const isLast = i === chunks.length - 1;
    const html = escapeHtml(chunk).replace(/^(Câu \d+\/\d+)/, "<b>$1</b>");
    const options: TelegramSendMessage["options"] = { parse_mode: "HTML", ...(message.noLinkPreview ? { link_preview_options: { is_disabled: true } } : {}) };
    const repliesTo = message.replyToMessageId && /^\d+$/.test(message.replyToMessageId) ? Number(message.replyToMessageId) : undefined;
    // The first part threads under the user's message; so does the last of a long question, which
    // carries the selective force-reply (below).
    const threads = repliesTo !== undefined && (isFirst || (isLast && message.expectsReply && !message.choices?.length));
    if (threads) options.reply_parameters = { message_id: repliesTo, allow_sending_without_reply: true };
    if (isLast && message.choices?.length) {
      options.reply_markup = { inline_keyboard: message.choices.map((choice, index) => [{ text: choice, callback_data: choiceData(index) }]) };
    } else if (isLast && message.expectsReply) {
      // Selective reaches only the sender of the message this part replies to: with none (after a
      // button press, which has no message of the user's to thread under) nobody would get the
      // reply box, and in a privacy-mode group a plain answer never reaches the bot.
      const selective = repliesTo !== undefined ? { selective: true as const } : {};
      options.reply_markup = { force_reply: true, ...selective, input_field_placeholder: "Nhập câu trả lời" };
    }
    return { text: html, options };
  });
}
