/**
 * The contract between the core and a chat platform: inbound messages normalized to one shape,
 * outbound messages the core wants sent. Channels are the only code that knows a platform.
 */

export type ChannelName = "telegram" | "zalo-oa" | "zalo-bot" | "local";

/** One user message, the same shape on every platform. */
export interface InboundMessage {
  channel: ChannelName;
  /** Platform chat id, always a string. */
  chatId: string;
  chatType: "private" | "group";
  /** Unique per channel; the dedupe key (Telegram update_id, OA msg_id, local message id). */
  updateKey: string;
  sender: { id: string; displayName: string };
  /** "" when the message has no text. */
  text: string;
  sentAt: Date;
}

export type OutboundMessage =
  | { kind: "text"; text: string; choices?: readonly string[] }
  | { kind: "document"; documentId: number; fileName: string; caption?: string };

/** What a platform allows; the outbox and renderers adapt to it. */
export interface ChannelCapabilities {
  /** Longest text in one message; longer text is split at line boundaries. */
  maxTextLength: number;
  /** Whether choices can be shown as buttons (else numbered lines only). */
  hasButtons: boolean;
  /** Whether a file can be uploaded (else a signed download link is sent). */
  canUploadFiles: boolean;
}

export interface Channel {
  readonly name: ChannelName;
  readonly capabilities: ChannelCapabilities;
  /** Delivers one outbox message; `outboxId` lets the platform side stay idempotent. */
  send(chatId: string, message: OutboundMessage, outboxId: number): Promise<void>;
}

/** A platform API failure, with what the outbox needs to decide on a retry. */
export class ChannelApiError extends Error {
  constructor(
    readonly channel: ChannelName,
    readonly method: string,
    readonly status: number,
    message: string,
    readonly retryAfterSec?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ChannelApiError";
  }
}
