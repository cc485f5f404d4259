/**
 * A Telegram Update → one channel event, with no I/O. Reads only the fields it needs (zod checks
 * them); commands addressed to another bot, service messages and messages with neither text nor a
 * photo or document are ignored. A file's bytes are fetched later (telegram-file-fetcher.ts).
 * A mention of the bot that opens a message is dropped: "@bao_cao_bot 12" answers 12.
 */
import { z } from "zod";
import type { ChannelEvent, InboundFile, InboundMessage } from "../channel.ts";
import { stripLeadingMention } from "../strip-leading-mention.ts";

/** Who the bot is (from getMe): the names a leading mention of it may use. */
export interface TelegramBotIdentity {
  id: number;
  /** Without "@". */
  username: string;
  firstName: string;
}

const user = z.object({ id: z.number(), is_bot: z.boolean().optional(), first_name: z.string(), last_name: z.string().optional() });
const chat = z.object({ id: z.number(), type: z.string(), title: z.string().optional() });
const button = z.object({ text: z.string(), callback_data: z.string().optional() });
/** Offsets and lengths count UTF-16 code units, as JavaScript strings do. */
const entity = z.object({ type: z.string(), offset: z.number(), length: z.number(), user: z.object({ id: z.number() }).optional() });
/** Telegram sends each photo in several sizes, smallest first. */
const photoSize = z.object({ file_id: z.string(), width: z.number(), height: z.number(), file_size: z.number().optional() });
const document = z.object({ file_id: z.string(), file_name: z.string().optional(), mime_type: z.string().optional(), file_size: z.number().optional() });
const message = z.object({
  message_id: z.number(),
  date: z.number(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  photo: z.array(photoSize).optional(),
  document: document.optional(),
  caption: z.string().optional(),
  entities: z.array(entity).optional(),
  reply_to_message: z.object({ message_id: z.number(), from: user.optional() }).optional(),
  migrate_to_chat_id: z.number().optional(),
  migrate_from_chat_id: z.number().optional(),
  reply_markup: z.object({ inline_keyboard: z.array(z.array(button)) }).optional(),
  /** Set on a forwarded message: someone else wrote it (only its presence is read). */
  forward_origin: z.object({ type: z.string() }).optional(),
  /** A post of the channel linked to a group, forwarded into it by Telegram ("from" is then user 777000). */
  is_automatic_forward: z.boolean().optional(),
});
const memberStatus = z.object({ status: z.string() });

export const telegramUpdateSchema = z
  .object({
    update_id: z.number().int(),
    message: message.optional(),
    edited_message: message.optional(),
    callback_query: z
      .object({ id: z.string(), from: user, data: z.string().optional(), message: message.partial({ date: true }).optional() })
      .optional(),
    my_chat_member: z.object({ chat, date: z.number(), old_chat_member: memberStatus, new_chat_member: memberStatus }).optional(),
  })
  .passthrough();

export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;

const PRESENT = new Set(["member", "administrator", "creator", "restricted"]);

export function parseTelegramUpdate(raw: unknown, bot: TelegramBotIdentity): ChannelEvent {
  const parsed = telegramUpdateSchema.safeParse(raw);
  if (!parsed.success) return { kind: "ignored", reason: "unsupported-event" };
  const update = parsed.data;
  const updateKey = String(update.update_id);

  if (update.my_chat_member) {
    const { chat: c, new_chat_member: next, old_chat_member: before } = update.my_chat_member;
    const joined = PRESENT.has(next.status) && !PRESENT.has(before.status);
    const left = !PRESENT.has(next.status) && PRESENT.has(before.status);
    if (!joined && !left) return { kind: "ignored", reason: "unsupported-event" };
    return { kind: "membership", channel: "telegram", chatId: String(c.id), title: c.title ?? "", joined, updateKey };
  }

  if (update.callback_query) {
    const query = update.callback_query;
    const source = query.message;
    if (!source?.chat) return { kind: "acknowledge", channel: "telegram", id: query.id, updateKey };
    const index = /^c:(\d+)$/.exec(query.data ?? "")?.[1];
    const choice = index === undefined ? undefined : source.reply_markup?.inline_keyboard.flat()[Number(index)]?.text;
    if (choice === undefined) return { kind: "acknowledge", channel: "telegram", id: query.id, chatId: String(source.chat.id), updateKey };
    return {
      kind: "message",
      message: {
        ...base(source.chat, query.from, updateKey, new Date()),
        text: choice,
        replyToMessageId: source.message_id === undefined ? undefined : String(source.message_id),
        // A button of the bot's own message, pressed.
        addressed: true,
        acknowledgeId: query.id,
      },
    };
  }

  const incoming = update.message ?? update.edited_message;
  if (!incoming) return { kind: "ignored", reason: "unsupported-event" };
  if (incoming.migrate_to_chat_id !== undefined) {
    return { kind: "migrated", channel: "telegram", fromChatId: String(incoming.chat.id), toChatId: String(incoming.migrate_to_chat_id), updateKey };
  }
  if (incoming.migrate_from_chat_id !== undefined) {
    return { kind: "migrated", channel: "telegram", fromChatId: String(incoming.migrate_from_chat_id), toChatId: String(incoming.chat.id), updateKey };
  }
  if (!incoming.from || incoming.from.is_bot) return { kind: "ignored", reason: "from-bot" };
  // A channel's post is nobody's answer; its admins are not the unit's staff.
  if (incoming.is_automatic_forward) return { kind: "ignored", reason: "automatic-forward" };
  const file = fileOf(incoming);
  if (file) {
    // A caption that is a command is run as typed (the officers' chat, a unit's "/baocao" with its
    // Word file): the text's checks below hold for it too.
    const caption = file.caption?.trimStart() ?? "";
    if (isOtherBots(caption, bot)) return { kind: "ignored", reason: "other-bot" };
    const forwardedCommand = incoming.forward_origin !== undefined && caption.startsWith("/");
    return {
      kind: "message",
      message: {
        ...base(incoming.chat, incoming.from, updateKey, new Date(incoming.date * 1000)),
        text: "",
        // The file forwarded stays a file; its command, someone else's, is dropped.
        file: forwardedCommand ? { ...file, caption: undefined } : file,
        messageId: String(incoming.message_id),
        isEdit: update.edited_message !== undefined,
      },
    };
  }
  if (incoming.text === undefined) return { kind: "ignored", reason: "no-text" };
  const text = withoutLeadingMention(incoming.text, incoming.entities ?? [], bot);
  if (isOtherBots(text, bot)) return { kind: "ignored", reason: "other-bot" };
  // A forwarded command was written by someone else: run, it would act with the powers of whoever
  // forwarded it (an officer tricked into forwarding "/canbo them <id>"). Forwarded text answers.
  if (incoming.forward_origin && text.trimStart().startsWith("/")) return { kind: "ignored", reason: "forwarded-command" };
  const parsedMessage: InboundMessage = {
    ...base(incoming.chat, incoming.from, updateKey, new Date(incoming.date * 1000)),
    text,
    messageId: String(incoming.message_id),
    replyToMessageId: incoming.reply_to_message ? String(incoming.reply_to_message.message_id) : undefined,
    addressed: text !== incoming.text || incoming.reply_to_message?.from?.id === bot.id,
    isEdit: update.edited_message !== undefined,
  };
  return { kind: "message", message: parsedMessage };
}

/** A command addressed to another bot ("/baocao@other_bot"). */
function isOtherBots(text: string, bot: TelegramBotIdentity): boolean {
  const addressee = /^\/[^\s@]+@(\S+)/.exec(text)?.[1];
  return addressee !== undefined && addressee.toLowerCase() !== bot.username.toLowerCase();
}

/**
 * A photo (its largest size: Telegram lists them smallest first, but the area decides) or an image
 * sent as a file ("send without compression"), which keeps the phone's full resolution, or any
 * other document: a .docx fills the report, and the conversation refuses the rest in one sentence
 * (the bytes, not the name or type, say what a file is).
 */
function fileOf(m: z.infer<typeof message>): InboundFile | undefined {
  const caption = m.caption;
  if (m.photo && m.photo.length > 0) {
    const largest = m.photo.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    return { source: largest.file_id, mimeType: "image/jpeg", declaredSize: largest.file_size, caption };
  }
  const d = m.document;
  if (d) {
    return { source: d.file_id, fileName: d.file_name, mimeType: d.mime_type, declaredSize: d.file_size, caption };
  }
  return undefined;
}

/**
 * The text after a mention of the bot that opens it. Telegram marks "@username" with a `mention`
 * entity and a mention of a user without a username (picked from the member list) with a
 * `text_mention` carrying the user id; typed names ("@Bot Báo Cáo") have no entity and are matched
 * by name, the username or the bot's first name.
 */
function withoutLeadingMention(text: string, entities: z.infer<typeof entity>[], bot: TelegramBotIdentity): string {
  const first = entities.find((e) => e.offset === 0);
  const isOurs =
    (first?.type === "mention" && text.slice(1, first.length).toLowerCase() === bot.username.toLowerCase()) ||
    (first?.type === "text_mention" && first.user?.id === bot.id);
  if (first && isOurs) return text.slice(first.length).replace(/^[\s,:]*/u, "");
  return stripLeadingMention(text, [bot.username, bot.firstName]);
}

function base(c: z.infer<typeof chat>, from: z.infer<typeof user>, updateKey: string, sentAt: Date): Omit<InboundMessage, "text"> {
  return {
    channel: "telegram",
    chatId: String(c.id),
    chatType: c.type === "private" ? "private" : "group",
    updateKey,
    sender: { id: String(from.id), displayName: [from.first_name, from.last_name].filter(Boolean).join(" ") },
    sentAt,
  };
}
