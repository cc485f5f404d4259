/**
 * The Telegram channel: sends our outbound messages with grammY's Api (the only place besides the
 * bot set-up that knows grammY). Documents are uploaded as real files with their Vietnamese names;
 * API failures become ChannelApiError with what the outbox needs (retry_after, 403, migration).
 */
import { Api, GrammyError, HttpError, InputFile } from "grammy";
import { ChannelApiError, type Channel } from "../channel.ts";
import { sendInParts } from "../send-in-parts.ts";
import { vi } from "../../sentences/vi.ts";
import { renderTelegramText, TELEGRAM_MAX_TEXT } from "./render-telegram-message.ts";

/** Telegram's upload limit for documents is 50 MB; stay clear of it. */
const MAX_UPLOAD_BYTES = 49 * 1024 * 1024;

export interface TelegramChannelDeps {
  api: Api;
  /** The bytes of a stored document (rendered if still pending). */
  loadDocument: (documentId: number) => Promise<{ fileName: string; content: Buffer } | undefined>;
  /** A signed download link, for a document too large to upload (a report with many photos). */
  documentUrl: (documentId: number) => string;
}

export function createTelegramChannel(deps: TelegramChannelDeps): Channel {
  const { api } = deps;
  return {
    name: "telegram",
    capabilities: { maxTextLength: TELEGRAM_MAX_TEXT, hasButtons: true, canUploadFiles: true },
    partCount: (message) => (message.kind === "text" ? renderTelegramText(message).length : 1),
    async send(chatId, message, _outboxId, part) {
      try {
        switch (message.kind) {
          case "acknowledge":
            await api.answerCallbackQuery(message.id);
            return {};
          case "text":
            return await sendInParts(renderTelegramText(message), async (p) => String((await api.sendMessage(chatId, p.text, p.options)).message_id), part);
          case "document": {
            const document = await deps.loadDocument(message.documentId);
            if (!document) throw new ChannelApiError("telegram", "sendDocument", 404, `document ${message.documentId} not found`);
            if (document.content.length > MAX_UPLOAD_BYTES) {
              const link = vi.chat.documentLink(message.caption ?? document.fileName, deps.documentUrl(message.documentId));
              return { messageId: String((await api.sendMessage(chatId, link)).message_id) };
            }
            const sent = await api.sendDocument(chatId, new InputFile(document.content, document.fileName), { caption: message.caption });
            return { messageId: String(sent.message_id) };
          }
        }
      } catch (error) {
        throw toChannelError(error);
      }
    },
  };
}

function toChannelError(error: unknown): unknown {
  if (error instanceof ChannelApiError) return error;
  if (error instanceof GrammyError) {
    const migrateTo = error.parameters.migrate_to_chat_id;
    return new ChannelApiError("telegram", error.method, error.error_code, error.description, error.parameters.retry_after, {
      cause: error,
      migrateToChatId: migrateTo === undefined ? undefined : String(migrateTo),
    });
  }
  if (error instanceof HttpError) return new ChannelApiError("telegram", "http", 0, error.message, undefined, { cause: error });
  return error;
}
