/**
 * The Zalo Bot channel: text only, at most 2000 characters a message (longer text is split at
 * line boundaries), choices as numbered lines, and documents as a signed download link because
 * this API cannot send files.
 */
import type { Channel, OutboundMessage } from "../channel.ts";
import { sendInParts } from "../send-in-parts.ts";
import { splitText } from "../split-text.ts";
import { withNumberedChoices } from "../text-choices.ts";
import { vi } from "../../sentences/vi.ts";
import type { ZaloBotClient } from "./zalo-bot-client.ts";

export const ZALO_MAX_TEXT = 2000;

export function createZaloBotChannel(deps: { client: ZaloBotClient; documentUrl: (documentId: number) => string }): Channel {
  const textParts = (text: string) => splitText(text.normalize("NFC"), ZALO_MAX_TEXT);
  const render = (message: OutboundMessage) =>
    message.kind === "document" ? vi.chat.documentLink(message.caption ?? message.fileName, deps.documentUrl(message.documentId)) : message.kind === "text" ? withNumberedChoices(message) : "";
  return {
    name: "zalo-bot",
    capabilities: { maxTextLength: ZALO_MAX_TEXT, hasButtons: false, canUploadFiles: false },
    partCount: (message) => (message.kind === "acknowledge" ? 1 : textParts(render(message)).length),
    async send(chatId, message, _outboxId, part) {
      if (message.kind === "acknowledge") return {};
      return sendInParts(
        textParts(render(message)),
        async (text) => (await deps.client.call<{ message_id: string }>("sendMessage", { chat_id: chatId, text })).message_id,
        part,
      );
    },
  };
}
