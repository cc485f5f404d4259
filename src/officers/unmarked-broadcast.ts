/**
 * /thongbao typed without marks (unmarked-vietnamese.ts) would reach every unit so, while the board's
 * notice form and the /dotbaocao confirmation say it first. The chat has no form to show again, so
 * the same command typed again by the same officer in the same chat is the confirmation: the first
 * one is recorded (settings, a digest of what was typed) and held back with a note; the second, within
 * minutes, sends.
 */
import { createHash } from "node:crypto";
import type { Repositories } from "../db/repositories.ts";
import { readsAsUnmarkedVietnamese } from "../vietnamese/unmarked-vietnamese.ts";
import type { OfficerRequest } from "./officer-context.ts";

/**
 * How long a held notice waits for its confirmation, as long as "/them 7" alone waits for its items
 * (APPEND_WAIT_MS): the same command typed the next day is a new notice, held back with the note
 * again, not the confirmation of yesterday's (the record never expired, so it went out without it).
 */
export const UNMARKED_HOLD_MS = 10 * 60_000;

/**
 * Whether to hold this notice back: `text` reads as Vietnamese without marks and this officer has not
 * typed `argument` (the whole command's text, "đợt N" or "tatca" with it) here within
 * UNMARKED_HOLD_MS. Records it.
 */
export async function holdsUnmarkedBroadcast(repos: Pick<Repositories, "settings">, request: OfficerRequest, argument: string, text: string): Promise<boolean> {
  if (!readsAsUnmarkedVietnamese(text)) return false;
  const { channel, chatId, sender } = request.message;
  // A digest keeps the key short whatever the notice's length; spaces typed differently are the same command.
  const typed = createHash("sha256").update(argument.replace(/\s+/g, " ").trim()).digest("base64url");
  return repos.settings.claimFor(`broadcast-unmarked:${channel}:${chatId}:${sender.id}:${typed}`, request.now, UNMARKED_HOLD_MS);
}
