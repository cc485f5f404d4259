/**
 * The contract between the core and a chat platform: inbound messages normalized to one shape,
 * outbound messages the core wants sent. Channels are the only code that knows a platform.
 */
import type { WordParagraph } from "../word-import/word-paragraph.ts";

export type ChannelName = "telegram" | "zalo-oa" | "zalo-bot" | "local";

/**
 * Whether a member can send the bot a file (a report's .docx). The Zalo Bot API delivers no file
 * event (../shared/docs/zalo-api.md, 1.8): its groups are never told to send one.
 */
export const receivesFiles = (channel: ChannelName): boolean => channel !== "zalo-bot";

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
  /** The platform's id of this message (for edits and replies), when it has one. */
  messageId?: string;
  /** The bot message this one replies to, when it is a reply. */
  replyToMessageId?: string;
  /** True when this is an edit of an earlier message (`messageId`), not a new one. */
  isEdit?: boolean;
  /**
   * The message calls on the bot: a mention of it opens the text, or (Telegram) it replies to one of
   * the bot's messages or presses its button; Zalo Bot is delivered nothing else in a group. In a
   * group, other plain text is the members' own talk, which the bot leaves alone where no answer is
   * expected (report-message.ts).
   */
  addressed?: boolean;
  /** A button press to acknowledge (Telegram callback query id). */
  acknowledgeId?: string;
  /** A file sent with the message (a photo, later a .docx); its caption, if any, is here, not in `text`. */
  file?: InboundFile;
}

/**
 * A file a user sent, the same shape on every platform. A channel's parser fills in what the
 * platform says (`source`, a name, a type); the dispatcher fetches the bytes before the message is
 * handled, since platform URLs expire. What the file really is, the bytes' signature decides.
 */
export interface InboundFile {
  /** Where the platform keeps it: a Telegram file_id, a Zalo URL. Never a path of ours. */
  source?: string;
  fileName?: string;
  /** What the platform or the browser says it is; not trusted. */
  mimeType?: string;
  caption?: string;
  /** The size the platform declares, when it does: a file declared too big is not fetched. */
  declaredSize?: number;
  /** The bytes, once fetched (at most MAX_INBOUND_FILE_BYTES). */
  content?: Uint8Array;
  /**
   * Why there are no bytes: over the size limit, or the platform would not give them; "unreadable":
   * a .docx that could not be read; "busy": too many Word files were waiting to be read.
   */
  problem?: "too-big" | "unavailable" | "unreadable" | "busy";
  /**
   * A Word file's paragraphs, read before the message is handled (word-import/); its bytes are
   * then dropped, since the file is never kept.
   */
  word?: WordParagraph[];
}

export type OutboundMessage =
  | {
      kind: "text";
      text: string;
      choices?: readonly string[];
      /**
       * The choices are words the text itself asks to type ("Có", "Giữ"): platforms without buttons
       * do not number them, since a number typed there is itself an answer (a figure held for
       * confirmation, or the new answer to a question showing last year's).
       */
      typedChoices?: true;
      /** The message asks something: platforms that can, ask for a reply (Telegram's force_reply). */
      expectsReply?: boolean;
      /** Which question it asks (a field id, "confirm-submit"…), to tell a reply to an old question. */
      questionId?: string;
      /** The user message this answers, for platforms that thread replies. */
      replyToMessageId?: string;
      /** Platforms that can are asked not to fetch a preview of its link (a one-time sign-in link). */
      noLinkPreview?: boolean;
    }
  | { kind: "document"; documentId: number; fileName: string; caption?: string }
  /** Confirms a button press to the platform (no message in the chat). */
  | { kind: "acknowledge"; id: string };

/** What one inbound update means, once a channel has parsed it. */
export type ChannelEvent =
  | { kind: "message"; message: InboundMessage }
  /** The bot was added to (joined) or removed from (left) a chat. */
  | { kind: "membership"; channel: ChannelName; chatId: string; title: string; joined: boolean; updateKey: string }
  /** A group got a new id (Telegram: upgraded to a supergroup). */
  | { kind: "migrated"; channel: ChannelName; fromChatId: string; toChatId: string; updateKey: string }
  /** A message the bot cannot read (a photo, a sticker…): it answers that it reads text only. */
  | { kind: "unsupported-message"; channel: ChannelName; chatId: string; updateKey: string }
  /** A button press that needs only an acknowledgement. */
  | { kind: "acknowledge"; channel: ChannelName; id: string; chatId?: string; updateKey: string }
  | { kind: "ignored"; reason: "unsupported-event" | "from-bot" | "no-text" | "other-bot" | "automatic-forward" | "forwarded-command" };

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
  /**
   * How many platform messages `message` takes (a long text is split); each one is paced by the
   * rate limits and a retry resumes at the part that failed. Without it a message is one part.
   */
  partCount?(message: OutboundMessage): number;
  /**
   * Delivers one outbox message, or only its part `part` (0-based) when given; `outboxId` lets the
   * platform side stay idempotent.
   */
  send(chatId: string, message: OutboundMessage, outboxId: number, part?: number): Promise<SendResult>;
}

export interface SendResult {
  /** The platform's id of the (first) message sent, when there is one. */
  messageId?: string;
}

/** A platform API failure, with what the outbox needs to decide on a retry. */
export class ChannelApiError extends Error {
  constructor(
    readonly channel: ChannelName,
    readonly method: string,
    readonly status: number,
    message: string,
    readonly retryAfterSec?: number,
    options?: { cause?: unknown; migrateToChatId?: string },
  ) {
    super(message, options);
    this.name = "ChannelApiError";
    this.migrateToChatId = options?.migrateToChatId;
  }

  /** Set when the group became a supergroup: resend to this id. */
  readonly migrateToChatId?: string;
}
