/**
 * A Zalo OA webhook event → one channel event, with no I/O. Group text (GMF) and one-to-one text
 * become messages, and so do images and files (`user_send_image`, `user_send_group_image`,
 * `user_send_file`, `user_send_group_file`: the attachment's URL is fetched by the dispatcher); chat ids carry their kind ("group:…", "user:…") so sending knows the endpoint.
 * Where a group event keeps its group id is not documented: it is looked for in every place seen in
 * the wild, and an event whose shape is not understood is reported back as unknown (the route logs
 * the first one). Echoes of the OA's own messages are ignored. A text that opens with a mention of
 * the OA (`botNames`, e.g. "@Tên OA /baocao") is read as the text after it.
 */
import { z } from "zod";
import type { ChannelEvent } from "../channel.ts";
import { stripLeadingMention } from "../strip-leading-mention.ts";

const id = z.union([z.string(), z.number()]).transform(String);
const eventSchema = z
  .object({
    event_name: z.string(),
    app_id: id.optional(),
    oa_id: id.optional(),
    timestamp: id.optional(),
    sender: z.object({ id, display_name: z.string().optional(), name: z.string().optional() }).partial().optional(),
    recipient: z.object({ id: id.optional(), group_id: id.optional() }).optional(),
    group_info: z.object({ group_id: id.optional() }).optional(),
    group_id: id.optional(),
    message: z
      .object({
        msg_id: id.optional(),
        text: z.string().optional(),
        conversation_id: id.optional(),
        group_id: id.optional(),
        /** Media events: `{ type: "image", payload: { url } }`; the text, if any, is the caption. */
        attachments: z.array(z.object({ type: z.string(), payload: z.object({ url: z.string().optional(), name: z.string().optional(), size: z.union([z.number(), z.string()]).optional() }).partial().optional() })).optional(),
      })
      .optional(),
  })
  .passthrough();

export type ZaloOaParse = { event: ChannelEvent; unknownShape?: string };

export function parseZaloOaEvent(body: unknown, botNames: readonly string[] = [], oaId?: string): ZaloOaParse {
  const parsed = eventSchema.safeParse(body);
  if (!parsed.success) return { event: { kind: "ignored", reason: "unsupported-event" }, unknownShape: "not an OA event" };
  const e = parsed.data;
  const name = e.event_name;
  // The OA's own ids, as given and as the event names them: never a member, never a group.
  const own = new Set([oaId, e.oa_id, e.app_id].filter((x): x is string => x !== undefined));
  if (name.startsWith("oa_send") || (e.sender?.id !== undefined && own.has(e.sender.id))) return { event: { kind: "ignored", reason: "from-bot" } };
  const isGroup = name.includes("group");
  const senderId = e.sender?.id;
  const messageId = e.message?.msg_id;
  if (!name.startsWith("user_send") || !senderId || !messageId) {
    return { event: { kind: "ignored", reason: "unsupported-event" }, unknownShape: name.startsWith("user_send") ? `${name} without sender or msg_id` : undefined };
  }
  // `recipient.id` last, and only when it is not the OA's own (as in one-to-one events): taken for
  // the group, every group whose events keep their id elsewhere shared one chat, answered at the OA.
  const recipient = e.recipient?.id !== undefined && !own.has(e.recipient.id) ? e.recipient.id : undefined;
  const groupId = isGroup ? (e.recipient?.group_id ?? e.message?.group_id ?? e.message?.conversation_id ?? e.group_info?.group_id ?? e.group_id ?? recipient) : undefined;
  if (isGroup && !groupId) return { event: { kind: "ignored", reason: "unsupported-event" }, unknownShape: `${name} without a group id` };
  const chatId = isGroup ? `group:${groupId}` : `user:${senderId}`;
  const updateKey = `msg:${messageId}`;
  const common = {
    channel: "zalo-oa" as const,
    chatId,
    chatType: isGroup ? ("group" as const) : ("private" as const),
    updateKey,
    messageId,
    sender: { id: senderId, displayName: e.sender?.display_name ?? e.sender?.name ?? `Thành viên Zalo ${senderId.slice(-4)}` },
    sentAt: new Date(Number(e.timestamp ?? Date.now())),
  };
  // An image, or a file attachment (a .docx to fill the report from; other files are refused later).
  const kind = name.endsWith("_image") ? "image" : name.endsWith("_file") ? "file" : undefined;
  const image = kind ? e.message?.attachments?.find((a) => a.type === kind && a.payload?.url) : undefined;
  if (image?.payload?.url) {
    const size = Number(image.payload.size);
    const file = { source: image.payload.url, fileName: image.payload.name, caption: e.message?.text || undefined, declaredSize: Number.isFinite(size) && size > 0 ? size : undefined };
    return { event: { kind: "message", message: { ...common, text: "", file } } };
  }
  // A sticker, a link, a location: answered "text only" one to one. In a group it may be meant for
  // the members (whether the OA gets every group message is not known): answered there, every
  // sticker of every group got the bot's reply.
  if (!name.endsWith("_text") || e.message?.text === undefined) {
    return { event: isGroup ? { kind: "ignored", reason: "no-text" } : { kind: "unsupported-message", channel: "zalo-oa", chatId, updateKey } };
  }
  // In one Unicode form once the conversation service takes it (and stripLeadingMention compares so).
  const text = stripLeadingMention(e.message.text, botNames);
  return { event: { kind: "message", message: { ...common, text, addressed: text !== e.message.text } } };
}
