/**
 * Short-lived signed download links for channels that cannot upload files (Zalo Bot, large files):
 * `GET /files/<token>` where the token names one document and an expiry, signed with HMAC-SHA256.
 * An expired or tampered token is refused; the link works after a restart (the key is in SQLite).
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a link works: long enough for a clerk to open it the same day. */
export const FILE_LINK_TTL_MS = 24 * 60 * 60 * 1000;

export function createFileLinks(deps: { secret: string; now: () => number; publicUrl: () => string }) {
  const sign = (payload: string) => createHmac("sha256", deps.secret).update(payload).digest("base64url");

  return {
    /** The absolute URL of a document's download link, valid for FILE_LINK_TTL_MS. */
    urlFor(documentId: number): string {
      const payload = `${documentId}.${deps.now() + FILE_LINK_TTL_MS}`;
      return `${deps.publicUrl()}/files/${payload}.${sign(payload)}`;
    },

    /** The document a token grants, or undefined when it is malformed, tampered with or expired. */
    verify(token: string): number | undefined {
      const match = /^(\d+)\.(\d+)\.([\w-]+)$/.exec(token);
      if (!match) return undefined;
      const [, documentId, expiresAt, signature] = match as unknown as [string, string, string, string];
      const expected = Buffer.from(sign(`${documentId}.${expiresAt}`));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      if (Number(expiresAt) < deps.now()) return undefined;
      return Number(documentId);
    },
  };
}

export type FileLinks = ReturnType<typeof createFileLinks>;
