/** A Telegram channel for outbox tests: it sends nothing and only tells the test what it was asked to send. */
import type { Channel, OutboundMessage } from "../../src/channels/channel.ts";

/**
 * `record` sees each send; it may wait (a platform that is slow to answer) or throw (a platform that
 * fails), and the send waits or fails with it.
 */
export function recordingTelegram(record: (chatId: string, message: OutboundMessage) => unknown): Channel {
  return {
    name: "telegram",
    capabilities: { maxTextLength: 4096, hasButtons: true, canUploadFiles: true },
    async send(chatId, message) {
      await record(chatId, message);
      return {};
    },
  };
}
