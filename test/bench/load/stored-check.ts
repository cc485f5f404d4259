/**
 * The one thing the load bench asserts: every update the bot acknowledged (2xx) is stored. Telegram
 * forgets an update once it has its 200, so an acknowledged update missing from the database is a
 * user's answer lost. Checked against the database itself: each acknowledged update_id must be in
 * processed_updates, and each one that answered a question must have its answer row (keyed by the
 * message id it came from). Updates still in flight when a run stopped were never acknowledged:
 * they are counted apart (stored or not, Telegram would send them again).
 */
import type { DbProbe } from "./db-probe.ts";
import type { Update } from "./updates.ts";

export interface StoredCheck {
  acknowledged: number;
  stored: number;
  answersExpected: number;
  answersStored: number;
  missing: number[];
  ok: boolean;
}

export async function checkStored(probe: DbProbe, acknowledged: readonly Update[]): Promise<StoredCheck> {
  const processed = await probe.processedUpdateKeys();
  const answers = await probe.answerMessageIds();
  // message_id = update_id in the bench's updates (updates.ts).
  const ids = [...new Set(acknowledged.map((u) => u.updateId))];
  const answering = [...new Set(acknowledged.filter((u) => u.step !== undefined).map((u) => u.updateId))];
  const missing = [...ids.filter((id) => !processed.has(String(id))), ...answering.filter((id) => !answers.has(String(id)))];
  const stored = ids.filter((id) => processed.has(String(id))).length;
  const answersStored = answering.filter((id) => answers.has(String(id))).length;
  return {
    acknowledged: ids.length,
    stored,
    answersExpected: answering.length,
    answersStored,
    missing: [...new Set(missing)].slice(0, 10),
    ok: stored === ids.length && answersStored === answering.length,
  };
}

export function describeCheck(label: string, check: StoredCheck): string {
  const line = `${label}: ${check.acknowledged} updates acknowledged (2xx), ${check.stored} in processed_updates; ${check.answersExpected} of them answers, ${check.answersStored} answer rows`;
  if (check.ok) return `${line} -> OK`;
  return [
    "",
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
    `!!! STORED != ACKNOWLEDGED  ${line}`,
    `!!! ${check.acknowledged - check.stored} acknowledged updates not stored, ${check.answersExpected - check.answersStored} answers missing; first ids: ${check.missing.join(", ")}`,
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
  ].join("\n");
}
