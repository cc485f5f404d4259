/**
 * The Zalo Official Account channel (Open API v3 with the Group Message Framework): text to a group
 * or a user, choices as numbered lines (no buttons in groups), "[@" defused so user text cannot
 * mention the whole group, text split at 2000 characters, and documents uploaded as real files
 * (at most 5,000,000 bytes; a larger one goes out as a signed link).
 */
import type { Channel, OutboundMessage, SendResult } from "../channel.ts";
import { sendInParts } from "../send-in-parts.ts";
import { splitText } from "../split-text.ts";
import { withNumberedChoices } from "../text-choices.ts";
import { vi } from "../../sentences/vi.ts";
import type { ZaloOaClient } from "./zalo-oa-client.ts";

export const ZALO_OA_MAX_TEXT = 2000;
/** Zalo's upload limit is "5 MB", read as 5,000,000 bytes so a file at the edge is never refused (-210). */
export const ZALO_OA_MAX_UPLOAD_BYTES = 5_000_000;

/** `[@id]` mentions a user and `[@group_id]` everyone: a zero-width space keeps it plain text. */
export function defuseMentions(text: string): string {
  return text.replace(/\[@/g, "[\u200B@");
}

/** Zalo's upload/file takes PDF and Word files only; anything else (a spreadsheet) goes as a link. */
const UPLOADABLE = /\.(pdf|docx?)$/i;

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
  const textParts = (text: string) => splitText(defuseMentions(text.normalize("NFC")), ZALO_OA_MAX_TEXT);
  const sendText = (chatId: string, text: string, part?: number) => sendInParts(textParts(text), (p) => sendMessage(chatId, { text: p }), part);

  /** A document is two messages: its caption (or, when it cannot be uploaded, its link), then the file. */
  const sendDocument = async (chatId: string, message: Extract<OutboundMessage, { kind: "document" }>, part?: number): Promise<SendResult> => {
    const document = await deps.loadDocument(message.documentId);
    const caption = message.caption ?? message.fileName;
    const canUpload = document !== undefined && document.content.length <= ZALO_OA_MAX_UPLOAD_BYTES && UPLOADABLE.test(message.fileName);
    let first: SendResult = {};
    if (part === undefined || part === 0) {
      first = await sendText(chatId, canUpload ? caption : vi.chat.documentLink(caption, deps.documentUrl(message.documentId)));
    }
    if ((part === undefined || part === 1) && canUpload) {
      const token = await deps.client.uploadFile(document.content, document.fileName);
      return { messageId: await sendMessage(chatId, { attachment: { type: "file", payload: { token } } }) };
    }
    return first;
  };

  return {
    name: "zalo-oa",
    capabilities: { maxTextLength: ZALO_OA_MAX_TEXT, hasButtons: false, canUploadFiles: true },
    // A file Zalo will not take (a spreadsheet) is one message, its link; an upload is caption then file.
    partCount: (message) =>
      message.kind === "text" ? textParts(withNumberedChoices(message)).length : message.kind === "document" && UPLOADABLE.test(message.fileName) ? 2 : 1,
    async send(chatId, message, _outboxId, part) {
      if (message.kind === "acknowledge") return {};
      if (message.kind === "text") return sendText(chatId, withNumberedChoices(message), part);
      return sendDocument(chatId, message, part);
    },
  };
}
