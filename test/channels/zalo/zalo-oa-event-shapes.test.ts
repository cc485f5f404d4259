/**
 * Zalo OA events whose shape is not documented (zalo-api.md §2.8): the OA's own id is never taken
 * for a group's or a member's, and what is not text in a group gets no reply there.
 */
import { expect, it } from "vitest";
import { parseZaloOaEvent } from "../../../src/channels/zalo-oa/parse-zalo-oa-event.ts";

const OA_ID = "3662729599332560487";
const groupEvent = (name: string, recipient: Record<string, string>, message: Record<string, unknown> = { msg_id: "m-1", text: "/baocao" }) => ({
  event_name: name,
  app_id: "2553928453557884079",
  oa_id: OA_ID,
  sender: { id: "u-77" },
  recipient,
  message,
  timestamp: "1760000000000",
});

it("does not take the OA's own id in recipient.id for a group's: the event is unknown, not a chat at the OA's id", () => {
  const parsed = parseZaloOaEvent(groupEvent("user_send_group_text", { id: OA_ID }));
  expect(parsed).toEqual({ event: { kind: "ignored", reason: "unsupported-event" }, unknownShape: "user_send_group_text without a group id" });
  // The app's id there is not a group either; a group's own id there is.
  expect(parseZaloOaEvent(groupEvent("user_send_group_text", { id: "2553928453557884079" })).event.kind).toBe("ignored");
  expect(parseZaloOaEvent(groupEvent("user_send_group_text", { id: "g-1" })).event).toMatchObject({ kind: "message", message: { chatId: "group:g-1", text: "/baocao" } });
});

it("ignores what the OA's own id sent, as the event's oa_id names it", () => {
  const own = { ...groupEvent("user_send_group_text", { id: "g-1" }), sender: { id: OA_ID } };
  expect(parseZaloOaEvent(own).event).toEqual({ kind: "ignored", reason: "from-bot" });
});

it("answers a sticker 'text only' one to one, and leaves one in a group unanswered (every sticker of every group got the reply)", () => {
  const sticker = { msg_id: "m-2", attachments: [{ type: "sticker", payload: { url: "https://zalo.me/sticker.png" } }] };
  expect(parseZaloOaEvent(groupEvent("user_send_group_sticker", { id: "g-1" }, sticker)).event).toEqual({ kind: "ignored", reason: "no-text" });
  expect(parseZaloOaEvent(groupEvent("user_send_sticker", { id: OA_ID }, sticker)).event).toEqual({ kind: "unsupported-message", channel: "zalo-oa", chatId: "user:u-77", updateKey: "msg:m-2" });
});
