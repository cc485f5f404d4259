/**
 * Compares a webhook's secret header with ours in constant time. Both sides are hashed first so
 * neither the content nor the length of the secret leaks through timing.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export function secretTokenMatches(received: string | string[] | undefined, expected: string): boolean {
  if (typeof received !== "string") return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(received), digest(expected));
}
