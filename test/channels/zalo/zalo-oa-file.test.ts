/**
 * Zalo OA: a file sent in a group (`user_send_group_file`) or one to one (`user_send_file`) becomes a
 * message carrying the attachment's URL, fetched later by the dispatcher (a .docx fills the report).
 */
import { expect, it } from "vitest";
import { parseZaloOaEvent } from "../../../src/channels/zalo-oa/parse-zalo-oa-event.ts";

const event = (name: string) => ({
  app_id: "app",
  event_name: name,
  sender: { id: "u-77" },
  recipient: { id: "g-1" },
  message: { msg_id: "m-9", attachments: [{ type: "file", payload: { url: "https://f.zalo.me/bao-cao.docx", name: "bao-cao.docx", size: "20480" } }] },
  timestamp: "1760000000000",
});

it("reads a group file attachment as a message with a file to fetch", () => {
  const { event: parsed } = parseZaloOaEvent(event("user_send_group_file"));
  expect(parsed).toMatchObject({
    kind: "message",
    message: { chatId: "group:g-1", text: "", file: { source: "https://f.zalo.me/bao-cao.docx", fileName: "bao-cao.docx", declaredSize: 20480 } },
  });
});

it("reads a one-to-one file too, and leaves a file event without a URL unsupported (one to one) or unanswered (in a group)", () => {
  expect(parseZaloOaEvent(event("user_send_file")).event).toMatchObject({ kind: "message", message: { chatId: "user:u-77" } });
  const noUrl = (name: string) => ({ ...event(name), message: { msg_id: "m-10", attachments: [{ type: "file", payload: {} }] } });
  expect(parseZaloOaEvent(noUrl("user_send_file")).event.kind).toBe("unsupported-message");
  expect(parseZaloOaEvent(noUrl("user_send_group_file")).event).toEqual({ kind: "ignored", reason: "no-text" });
});
