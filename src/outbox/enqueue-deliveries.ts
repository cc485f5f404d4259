/**
 * Queues an action's messages in the outbox, inside the caller's transaction: the chats' queueing
 * locks first (in one order, so two writers never deadlock), then one row per message.
 */
import type { Repositories } from "../db/repositories.ts";
import type { Delivery } from "../officers/officer-context.ts";

export async function enqueueDeliveries(outbox: Repositories["outbox"], deliveries: Delivery[], now: number): Promise<number[]> {
  // For one chat there is no order to keep: its first row's enqueue takes the lock (on PostgreSQL
  // in the same round trip as the insert).
  const chats = new Set(deliveries.map((d) => JSON.stringify([d.channel, d.chatId])));
  if (chats.size > 1) await outbox.lockChats(deliveries);
  // Someone is waiting for a document: what this action queued goes before other chats' turns.
  const urgent = deliveries.some((d) => d.message.kind === "document");
  const ids: number[] = [];
  for (const d of deliveries) ids.push(await outbox.enqueue(d.channel, d.chatId, d.message, now, d.broadcastId, urgent));
  return ids;
}
