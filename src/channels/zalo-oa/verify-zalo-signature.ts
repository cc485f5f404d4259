/**
 * Zalo OA webhook signature: X-ZEvent-Signature = [mac=]hex(sha256(appId + rawBody + timestamp +
 * OA secret key)), a plain SHA-256 (not HMAC) over the body exactly as received, with `timestamp`
 * read from that body. Compared in constant time.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export function zaloSignature(appId: string, rawBody: string, timestamp: string, secretKey: string): string {
  return createHash("sha256").update(appId + rawBody + timestamp + secretKey).digest("hex");
}

export function zaloSignatureMatches(header: string | string[] | undefined, appId: string, rawBody: string, timestamp: string, secretKey: string): boolean {
  if (typeof header !== "string") return false;
  const given = Buffer.from(header.trim().replace(/^mac=/i, "").toLowerCase());
  const expected = Buffer.from(zaloSignature(appId, rawBody, timestamp, secretKey));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
