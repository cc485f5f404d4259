/**
 * Sends a message that was split for a platform's length limit, part by part in order, and keeps
 * the id of the first part: a user's reply to the message is a reply to that part.
 */
import type { SendResult } from "./channel.ts";

export async function sendInParts<T>(parts: readonly T[], send: (part: T) => Promise<string | undefined>): Promise<SendResult> {
  let first: string | undefined;
  for (const part of parts) {
    const id = await send(part);
    first ??= id;
  }
  return { messageId: first };
}
