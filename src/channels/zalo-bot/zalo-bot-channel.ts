/**
 * The Zalo Bot channel: text only, at most 2000 characters a message (longer text is split at
 * line boundaries), choices as numbered lines, and documents as a signed download link because
 * this API cannot send files.
 */
import type { Channel } from "../channel.ts";
import { sendInParts } from "../send-in-parts.ts";
import { splitText } from "../split-text.ts";
import { withNumberedChoices } from "../text-choices.ts";
import { vi } from "../../texts/vi.ts";
import type { ZaloBotClient } from "./zalo-bot-client.ts";

export const ZALO_MAX_TEXT = 2000;

export function createZaloBotChannel(deps: { client: ZaloBotClient; documentUrl: (documentId: number) => string }): Channel {
  const sendText = (chatId: string, text: string) =>
    sendInParts(splitText(text.normalize("NFC"), ZALO_MAX_TEXT), async (part) => {
      const sent = await deps.client.call<{ message_id: string }>("sendMessage", { chat_id: chatId, text: part });
      return sent.message_id;
    });
  return {
    name: "zalo-bot",
    capabilities: { maxTextLength: ZALO_MAX_TEXT, hasButtons: false, canUploadFiles: false },
    async send(chatId, message) {
      if (message.kind === "acknowledge") return {};
      if (message.kind === "document") return sendText(chatId, vi.chat.documentLink(message.caption ?? message.fileName, deps.documentUrl(message.documentId)));
      return sendText(chatId, withNumberedChoices(message));
    },
  };
}
