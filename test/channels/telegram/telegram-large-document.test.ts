/**
 * A report with many photos may outgrow Telegram's 50 MB upload limit: it then goes as a signed
 * download link, as on Zalo, instead of failing for good.
 */
import type { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { createTelegramChannel } from "../../../src/channels/telegram/telegram-channel.ts";

function channelWith(size: number) {
  const calls: { method: string; text?: string }[] = [];
  const api = {
    sendMessage: async (_chatId: string, text: string) => (calls.push({ method: "sendMessage", text }), { message_id: 7 }),
    sendDocument: async () => (calls.push({ method: "sendDocument" }), { message_id: 8 }),
  } as unknown as Api;
  const channel = createTelegramChannel({
    api,
    loadDocument: async () => ({ fileName: "bao-cao.docx", content: Buffer.alloc(size) }),
    documentUrl: (id) => `https://bot.example.vn/files/${id}.signed`,
  });
  return { channel, calls };
}

describe("a document on Telegram", () => {
  it("is uploaded up to 49 MB, and sent as its signed link above", async () => {
    const small = channelWith(1024);
    expect(await small.channel.send("-1", { kind: "document", documentId: 5, fileName: "bao-cao.docx", caption: "Báo cáo" }, 1)).toEqual({ messageId: "8" });
    expect(small.calls.map((c) => c.method)).toEqual(["sendDocument"]);

    const large = channelWith(50 * 1024 * 1024);
    expect(await large.channel.send("-1", { kind: "document", documentId: 5, fileName: "bao-cao.docx", caption: "Báo cáo" }, 1)).toEqual({ messageId: "7" });
    expect(large.calls).toEqual([{ method: "sendMessage", text: expect.stringMatching(/^Báo cáo: https:\/\/bot\.example\.vn\/files\/5\.signed\n/) }]);
  });
});
