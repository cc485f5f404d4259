/**
 * Durable small values: server-made secrets and the OAuth token pairs of platforms that rotate them.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { oauthTokens, settings } from "./schema.ts";

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

export function createSettingsRepository(db: Db) {
  return {
    /** A random secret made once and kept (e.g. to sign download links that survive a restart). */
    secret(key: string): string {
      db.insert(settings).values({ key, value: randomBytes(32).toString("base64url") }).onConflictDoNothing().run();
      return db.select().from(settings).where(eq(settings.key, key)).get()!.value;
    },

    /** Records `key` once; false when it was already recorded (a one-time code already used). */
    claimOnce(key: string, value: string): boolean {
      return db.insert(settings).values({ key, value }).onConflictDoNothing().run().changes === 1;
    },

    loadTokens(provider: string): TokenPair | undefined {
      const row = db.select().from(oauthTokens).where(eq(oauthTokens.provider, provider)).get();
      return row ? { accessToken: row.accessToken, refreshToken: row.refreshToken, expiresAt: row.expiresAt } : undefined;
    },

    saveTokens(provider: string, pair: TokenPair, now: number): void {
      const values = { ...pair, updatedAt: now };
      db.insert(oauthTokens).values({ provider, ...values }).onConflictDoUpdate({ target: oauthTokens.provider, set: values }).run();
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
