/**
 * Telegram's side of the webhooks: each chat's updates in order, the next one only after the last
 * was answered 200, each sent to one instance or the other (update i of chat c to instance
 * (c + i) % 2). An update that got no 200 (connection refused or reset by a killed instance) is
 * delivered again, to the other instance, as Telegram redelivers what it did not get a 200 for.
 */
import { type BotProcess, sleep } from "./bot-process.ts";
import { SECRET, telegramUpdate } from "./report-chats.ts";

export interface Ack {
  c: number;
  i: number;
  /** The instance that answered 200, and which of its runs it was (1: before the kill, 2: after). */
  instance: number;
  generation: number;
  /** Deliveries of this update that found no one listening, and that got no 200 otherwise (in flight at the kill). */
  refused: number;
  failed: number;
}

export function createWebhookDriver(bots: BotProcess[], clock: () => number) {
  const acks: Ack[] = [];
  /** Per instance, the POSTs waiting for an answer. */
  const inFlight = bots.map(() => 0);
  return {
    acks,
    inFlight,
    /** Delivers chat c's update i until one instance acknowledges it. */
    async deliver(c: number, i: number, timeoutMs = 90_000): Promise<void> {
      const update = telegramUpdate(c, i, clock());
      let instance = (c + i) % 2;
      const until = Date.now() + timeoutMs;
      const counts = { refused: 0, failed: 0 };
      for (;;) {
        const bot = bots[instance]!;
        const generation = bot.generation;
        inFlight[instance]!++;
        const outcome = await bot.post(update, SECRET).finally(() => inFlight[instance]!--);
        if (outcome === "ok") {
          acks.push({ c, i, instance, generation, ...counts });
          return;
        }
        counts[outcome]++;
        if (Date.now() > until) throw new Error(`update ${update.update_id} (chat ${c}, #${i}) was never acknowledged`);
        instance = 1 - instance;
        if ((counts.refused + counts.failed) % 2 === 0) await sleep(200);
      }
    },
  };
}

/**
 * Walks what a chat received against what it should have, in order. The one deviation allowed is
 * a message received twice in a row (caught mid-send by the kill: at-least-once delivery).
 */
export function compareStream(received: string[], expected: string[]): { problems: string[]; repeats: number } {
  const problems: string[] = [];
  let repeats = 0;
  let j = 0;
  for (const [k, message] of received.entries()) {
    if (j < expected.length && message === expected[j]) j++;
    else if (k > 0 && message === received[k - 1]) repeats++;
    else {
      problems.push(`#${k} ${JSON.stringify(message.slice(0, 100))} where #${j} ${JSON.stringify((expected[j] ?? "(nothing)").slice(0, 100))} was expected`);
      break;
    }
  }
  if (problems.length === 0 && j < expected.length) problems.push(`missing from #${j} on: ${JSON.stringify(expected[j]!.slice(0, 100))}`);
  return { problems, repeats };
}
