/**
 * Compares a webhook's secret header with ours in constant time. Both sides are hashed first so
 * neither the content nor the length of the secret leaks through timing; ours is hashed once, when
 * the route is made, not on every update.
 */
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

export function secretTokenCheck(expected: string): (received: string | string[] | undefined) => boolean {
  const ours = digest(expected);
  return (received) => typeof received === "string" && timingSafeEqual(digest(received), ours);
}
