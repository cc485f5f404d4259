/**
 * Compares a webhook's secret header with ours in constant time. Both sides are hashed first so
 * neither the content nor the length of the secret leaks through timing; ours is hashed once per
 * secret, not on every update.
 */
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();
const expectedDigests = new Map<string, Buffer>();

export function secretTokenMatches(received: string | string[] | undefined, expected: string): boolean {
  if (typeof received !== "string") return false;
  let ours = expectedDigests.get(expected);
  if (!ours) expectedDigests.set(expected, (ours = digest(expected)));
  return timingSafeEqual(digest(received), ours);
}
