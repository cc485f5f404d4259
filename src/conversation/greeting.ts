/**
 * A greeting before any report: "dạ chào bot ạ", "chào bot", "hello bot", "xin chào". It got no
 * reply (or, for "chào bot", the whole list of commands), and a clerk trying the bot for the first
 * time did not know what to type. Answered with one short line on how to start, but only when it
 * is said to the bot: in a group, a greeting that names the bot or mentions it (a busy group's
 * "xin chào", "chào cả nhà" are said to colleagues, and pass as its talk, group-talk.ts); in a
 * private chat, any greeting. Not "chào cờ", "chào mừng …" (a flag ceremony, a welcome): the whole
 * line must be the greeting. A greeting to the bot may go on with who speaks ("Chào bot, em là Minh
 * ạ", "chào bot ạ, em tên là Thu"): a clerk's first word to the bot, which got no reply. Pure.
 */
import type { InboundMessage } from "../channels/channel.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** Who greets first ("dạ", "em", "vâng"), folded. */
const BEFORE = String.raw`(?:(?:da|vang|em|e|minh|toi|chi|anh|co|thay)\s+)*`;
/** Whom it greets: the bot, or anyone (said in a private chat, it is the bot). */
const TO_BOT = String.raw`(?:bot|chatbot|bot bao cao)`;
const TO_ANYONE = String.raw`(?:${TO_BOT}|ban|ad|admin|ca nha|moi nguoi|mn|anh chi|cac anh chi)`;
/** Closing courtesy words: "ạ", "nhé", "ơi". */
const AFTER = String.raw`(?:\s+(?:a|nhe|nha|oi|nhieu))*`;
const WORDS = String.raw`(?:xin chao|chao|hello|helo|hi|alo|hey)`;
/** Who speaks, after a greeting to the bot: "em là Minh", "em tên là Nguyễn Thu Hà" (a name of four words at most). */
const WHO = String.raw`(?:\s+(?:em|e|minh|toi|chi|anh|co|thay)\s+(?<said>la|ten la|ten)(?<name>(?:\s+[\p{L}\p{N}]+){1,4}?))?`;
const GREETS_BOT = new RegExp(String.raw`^${BEFORE}${WORDS}\s+${TO_BOT}${AFTER}${WHO}${AFTER}$`, "du");
const GREETS = new RegExp(String.raw`^${BEFORE}${WORDS}(?:\s+${TO_ANYONE})?${AFTER}$`);

/** AFTER's words as typed, with their marks or without. */
const COURTESY = new Set(["ạ", "a", "nhé", "nhe", "nha", "ơi", "oi", "nhiều", "nhieu"]);

/** Longer than a greeting: a message of its own, not read further. */
const GREETING_MAX = 40;

/**
 * What "em là …" names that is no person: a role ("em là giáo viên", "em là Văn thư") or a person
 * named by an honorific ("em là cô Minh": greeted "Chào cô Minh!" by a bot, odd), folded.
 */
const NOT_A_NAME = /^(?:giao vien|gv|van thu|hieu truong|hieu pho|pho hieu truong|ke toan|thu quy|can bo|nhan vien|to truong|to pho|giao vu|y te|bao ve|nguoi|ban|co|thay|chi|anh|em|truong|pho|dai dien)(?: |$)/;

/** The words of `text` as greetsBot reads them (its punctuation gone), unfolded. */
const wordsOf = (text: string) => text.normalize("NFC").replace(/[^\p{L}\p{N}\s]/gu, " ").trim().split(/\s+/);

/** Whether `message` greets the bot: named or mentioned in a group, any greeting in a private chat. */
export function greetsBot(message: Pick<InboundMessage, "text" | "chatType" | "addressed">): boolean {
  if (message.text.length > GREETING_MAX || message.text.includes("\n")) return false;
  const words = wordsOf(message.text).map(foldVietnamese).join(" ");
  if (GREETS_BOT.test(words)) return true;
  return (message.chatType === "private" || message.addressed === true) && GREETS.test(words);
}

/**
 * The name a greeting to the bot gives ("Chào bot, em là Minh ạ" → "Minh"), as typed, to greet
 * its sender by; the greeting said "Chào anh/chị!" to a clerk who had just said who she was. After
 * "tên là" the words are a name even typed in lower case ("em tên là thu hà" → "Thu Hà"); after a
 * bare "là" only words written as a name are ("em là giáo viên", "em là văn thư" name a role).
 */
export function greeterName(text: string): string | undefined {
  if (text.length > GREETING_MAX || text.includes("\n")) return undefined;
  const original = wordsOf(text);
  const folded = original.map(foldVietnamese);
  const found = GREETS_BOT.exec(folded.join(" "));
  const at = found?.indices?.groups?.name;
  if (!found?.groups?.name || !at) return undefined;
  // The name's words by their place: the words before it, counted (folding keeps one word one word).
  const first = found.input.slice(0, at[0]).trim().split(" ").length;
  // The name's match is the shortest, the courtesy words after it read folded: a last name word
  // that folds to one ("Thanh Nhã": "nha") is the name's, unless written as the courtesy word is.
  let end = first + found.groups.name.trim().split(" ").length;
  while (end < original.length && end - first < 4 && !COURTESY.has(original[end]!.toLocaleLowerCase("vi"))) end++;
  const name = original.slice(first, end);
  if (NOT_A_NAME.test(foldVietnamese(name.join(" ")))) return undefined;
  if (found.groups.said !== "la") return name.map((word) => word.charAt(0).toLocaleUpperCase("vi") + word.slice(1)).join(" ");
  return name.every((word) => /^\p{Lu}/u.test(word)) ? name.join(" ") : undefined;
}
