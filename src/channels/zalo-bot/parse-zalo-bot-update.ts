/**
 * A Zalo Bot webhook body → one channel event, with no I/O. Accepts the flat body Zalo posts and
 * the `{ ok, result }` envelope of its docs; text and image messages become messages (an image's
 * URL is fetched by the dispatcher, with `caption`), other message kinds a
 * polite "text only" note, anything else is ignored. Ids are strings; dates are milliseconds. In
 * groups Zalo delivers only messages that mention or reply to the bot: a text that opens with a
 * mention of one of `botNames` ("@Bot Báo Cáo 12") is read as the text after it.
 */
import { z } from "zod";
import type { ChannelEvent, InboundMessage } from "../channel.ts";
import { stripLeadingMention } from "../strip-leading-mention.ts";

const messageSchema = z.object({
  message_id: z.string(),
  date: z.number().optional(),
  chat: z.object({ id: z.string(), chat_type: z.string().optional() }),
  from: z.object({ id: z.string(), display_name: z.string().optional(), first_name: z.string().optional(), name: z.string().optional(), is_bot: z.boolean().optional() }),
  text: z.string().optional(),
  /** An image's public URL (it expires: fetched at once); older payloads called it `photo`. */
  photo_url: z.string().optional(),
  photo: z.string().optional(),
  caption: z.string().optional(),
});
const eventSchema = z.object({ event_name: z.string().optional(), message: messageSchema });

export function parseZaloBotUpdate(body: unknown, botNames: readonly string[] = []): ChannelEvent {
  const unwrapped = typeof body === "object" && body !== null && "result" in body ? (body as { result: unknown }).result : body;
  const parsed = eventSchema.safeParse(unwrapped);
  if (!parsed.success) return { kind: "ignored", reason: "unsupported-event" };
  const { event_name: eventName = "message.text.received", message } = parsed.data;
  if (message.from.is_bot) return { kind: "ignored", reason: "from-bot" };
  const updateKey = `${eventName}:${message.message_id}`;
  const photoUrl = message.photo_url ?? message.photo;
  if (eventName === "message.image.received" && photoUrl) {
    return {
      kind: "message",
      message: { ...base(message, updateKey), text: "", file: { source: photoUrl, caption: message.caption } },
    };
  }
  if (eventName !== "message.text.received" || message.text === undefined) {
    if (!eventName.startsWith("message.")) return { kind: "ignored", reason: "unsupported-event" };
    return { kind: "unsupported-message", channel: "zalo-bot", chatId: message.chat.id, updateKey };
  }
  return {
    kind: "message",
    // In a group the platform delivers only what mentions the bot or replies to it.
    message: { ...base(message, updateKey), text: stripLeadingMention(message.text, botNames), addressed: true },
  };
}

function base(message: z.infer<typeof messageSchema>, updateKey: string): Omit<InboundMessage, "text"> {
  return {
    channel: "zalo-bot",
    chatId: message.chat.id,
    // Private only when it surely is: a private chat gets what a group must not (the officers' sign-in link).
    chatType: message.chat.chat_type === "PRIVATE" || (message.chat.chat_type === undefined && message.chat.id === message.from.id) ? "private" : "group",
    updateKey,
    messageId: message.message_id,
    sender: { id: message.from.id, displayName: message.from.display_name ?? message.from.first_name ?? message.from.name ?? "Thành viên Zalo" },
    sentAt: new Date(message.date && message.date < 1e12 ? message.date * 1000 : (message.date ?? Date.now())),
  };
}
