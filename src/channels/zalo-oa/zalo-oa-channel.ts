/**
 * The Zalo Official Account channel (Open API v3 with the Group Message Framework): text to a group
 * or a user, choices as numbered lines (no buttons in groups), "[@" defused so user text cannot
 * mention the whole group, text split at 2000 characters, and documents uploaded as real files
 * (at most 5 MB; a larger one goes out as a signed link).
 */
import type { Channel } from "../channel.ts";
import { sendInParts } from "../send-in-parts.ts";
import { splitText } from "../split-text.ts";
import { withNumberedChoices } from "../text-choices.ts";
import { vi } from "../../texts/vi.ts";
import type { ZaloOaClient } from "./zalo-oa-client.ts";

export const ZALO_OA_MAX_TEXT = 2000;
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** `[@id]` mentions a user and `[@group_id]` everyone: a zero-width space keeps it plain text. */
export function defuseMentions(text: string): string {
  return text.replace(/\[@/g, "[\u200B@");
}

export interface ZaloOaChannelDeps {
  client: ZaloOaClient;
  loadDocument: (documentId: number) => Promise<{ fileName: string; content: Buffer } | undefined>;
  documentUrl: (documentId: number) => string;
}

export function createZaloOaChannel(deps: ZaloOaChannelDeps): Channel {
  const target = (chatId: string) => {
    const [kind, id] = chatId.split(/:(.*)/s) as [string, string];
    return kind === "group"
      ? { path: "v3.0/oa/group/message", recipient: { group_id: id } }
      : { path: "v3.0/oa/message/cs", recipient: { user_id: id } };
  };
  const sendMessage = async (chatId: string, message: Record<string, unknown>) => {
    const { path, recipient } = target(chatId);
    const data = await deps.client.request<{ message_id?: string }>(path, { recipient, message });
    return data?.message_id;
  };
  const sendText = (chatId: string, text: string) =>
    sendInParts(splitText(defuseMentions(text.normalize("NFC")), ZALO_OA_MAX_TEXT), (part) => sendMessage(chatId, { text: part }));

  return {
    name: "zalo-oa",
    capabilities: { maxTextLength: ZALO_OA_MAX_TEXT, hasButtons: false, canUploadFiles: true },
    async send(chatId, message) {
      if (message.kind === "acknowledge") return {};
      if (message.kind === "text") return sendText(chatId, withNumberedChoices(message));
      const document = await deps.loadDocument(message.documentId);
      const caption = message.caption ?? message.fileName;
      if (!document || document.content.length > MAX_UPLOAD_BYTES) {
        return sendText(chatId, vi.chat.documentLink(caption, deps.documentUrl(message.documentId)));
      }
      const token = await deps.client.uploadFile(document.content, document.fileName);
      await sendText(chatId, caption);
      return { messageId: await sendMessage(chatId, { attachment: { type: "file", payload: { token } } }) };
    },
  };
}
