/**
 * The local web chat: the embedded default channel that needs no token and no network. "Sending"
 * appends to the chat's history in the database, keyed by outbox id so a repeated delivery shows once.
 */
import type { Channel } from "../channel.ts";

/** The chat history the local channel writes to (the database's local_messages fits). */
export interface LocalHistory {
  /** Appends a bot message once per outbox id (a repeated delivery shows once). */
  addBotMessage(chatExternalId: string, outboxId: number, message: { text: string; choices?: readonly string[]; document?: { name: string; url: string } }): Promise<void>;
}

export interface LocalChannelDeps {
  localMessages: LocalHistory;
  /** The download link of a stored document (the local chat cannot "upload"). */
  documentUrl: (documentId: number) => string;
}

export function createLocalChannel(deps: LocalChannelDeps): Channel {
  return {
    name: "local",
    capabilities: { maxTextLength: 100_000, hasButtons: true, canUploadFiles: false },
    async send(chatId, message, outboxId) {
      if (message.kind === "acknowledge") return {};
      if (message.kind === "text") {
        await deps.localMessages.addBotMessage(chatId, outboxId, { text: message.text, choices: message.choices });
      } else {
        await deps.localMessages.addBotMessage(chatId, outboxId, {
          text: message.caption ?? message.fileName,
          document: { name: message.fileName, url: deps.documentUrl(message.documentId) },
        });
      }
      return { messageId: `local-${outboxId}` };
    },
  };
}
