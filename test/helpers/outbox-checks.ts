/** What outbox tests measure: how many calls fell in a rate window, and how long the outbox took to empty. */
import type { RecordedCall } from "../fake-telegram/fake-telegram-server.ts";
import type { TelegramHarness } from "./telegram-harness.ts";

/** The most calls in any `windowMs` window. */
export function maxInWindow(calls: RecordedCall[], windowMs: number): number {
  let max = 0;
  for (const [i, call] of calls.entries()) max = Math.max(max, calls.slice(i).filter((c) => c.at < call.at + windowMs).length);
  return max;
}

/** Rows still to send (pending or being sent). */
export async function unfinished(t: TelegramHarness): Promise<number> {
  return (await t.server.repos.outbox.countByStatus()).filter((r) => r.status === "pending" || r.status === "sending").reduce((n, r) => n + r.n, 0);
}

/**
 * Runs the worker on the simulated clock, `stepMs` at a time, until nothing is left to send;
 * returns the simulated time it took. `eachStep` checks something between passes.
 */
export async function drainOutbox(t: TelegramHarness, maxSimulatedMs: number, stepMs = 100, eachStep?: () => void | Promise<void>): Promise<number> {
  for (let elapsed = 0; elapsed <= maxSimulatedMs; elapsed += stepMs) {
    if ((await unfinished(t)) === 0) return elapsed;
    await t.advance(stepMs);
    await eachStep?.();
  }
  throw new Error("outbox did not drain");
}
