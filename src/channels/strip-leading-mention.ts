/**
 * In groups the platforms deliver a bot only the messages that mention it (Zalo) or, in privacy
 * mode, commands, replies and mentions (Telegram). "@Bot Báo Cáo /baocao" and "@Bot Báo Cáo 12"
 * then mean "/baocao" and "12": a mention that opens the message is dropped; one elsewhere stays
 * part of the text. Names compare loosely (case and tone marks ignored), longest name first.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** What may follow the mention before the text proper: spaces, or a colon or comma people add. */
const AFTER_MENTION = /^[\s,:]*/u;

export function stripLeadingMention(text: string, botNames: readonly string[]): string {
  // Both sides in NFC: a name is cut from the text by its length, and a keyboard that types tone
  // marks as combining characters ("a" + U+0301) makes "Báo" longer than the name's "Báo".
  const trimmed = text.normalize("NFC").trimStart();
  if (!trimmed.startsWith("@")) return text;
  const names = botNames
    .map((name) => name.normalize("NFC").replace(/^@/, "").trim())
    .filter((name) => name !== "")
    .sort((a, b) => b.length - a.length);
  for (const name of names) {
    const candidate = trimmed.slice(1, 1 + name.length);
    if (foldVietnamese(candidate) !== foldVietnamese(name)) continue;
    const rest = trimmed.slice(1 + name.length);
    // The name must end where a word ends ("@Bot Báo" is not "@Bot Báocáo"): a space, ",", ":" or the end.
    if (rest !== "" && !/^[\s,:]/u.test(rest)) continue;
    return rest.replace(AFTER_MENTION, "");
  }
  return text;
}
