/**
 * Runs an officer's action from the page as the chat runs one: everything it changes and every
 * message it queues in one transaction, then the messages go out right away (the outbox worker
 * retries what this attempt leaves). Returns the action's own outcome for the page to show.
 */
import type { Delivery } from "../officers/officer-context.ts";
import { enqueueDeliveries } from "../outbox/enqueue-deliveries.ts";
import type { WebDeps } from "./web-deps.ts";

export async function runWebAction<T>(deps: WebDeps, work: (now: number) => Promise<{ deliveries: Delivery[]; outcome: T }>): Promise<T> {
  const now = deps.now();
  const { ids, outcome } = await deps.repos.transaction(async () => {
    const { deliveries, outcome } = await work(now);
    return { ids: await enqueueDeliveries(deps.repos.outbox, deliveries, now), outcome };
  });
  if (ids.length > 0) void deps.deliver(ids);
  return outcome;
}
