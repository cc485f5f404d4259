/**
 * Sends a message that was split for a platform's length limit: every part in order (keeping the
 * first part's id), or only part `only` when the outbox paces the parts one by one.
 */
import type { SendResult } from "./channel.ts";

export async function sendInParts<T>(parts: readonly T[], send: (part: T) => Promise<string | undefined>, only?: number): Promise<SendResult> {
  if (only !== undefined) {
    const part = parts[only];
    return part === undefined ? {} : { messageId: await send(part) };
  }
  let first: string | undefined;
  for (const part of parts) {
    const id = await send(part);
    first ??= id;
  }
  return { messageId: first };
}
