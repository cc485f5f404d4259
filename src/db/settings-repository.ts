/**
 * Durable small values: server-made secrets, the OAuth token pairs of platforms that rotate them,
 * and whether a platform declared a stored refresh token dead (so a restart does not retry it).
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

/** The settings key that marks a provider's refresh token as dead; its value says why. */
const deadKey = (provider: string) => `oauth_dead:${provider}`;

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

    /** Stores a new pair; a new pair also ends a "refresh token dead" state. */
    saveTokens(provider: string, pair: TokenPair, now: number): void {
      const values = { ...pair, updatedAt: now };
      db.transaction((tx) => {
        tx.insert(oauthTokens).values({ provider, ...values }).onConflictDoUpdate({ target: oauthTokens.provider, set: values }).run();
        tx.delete(settings).where(eq(settings.key, deadKey(provider))).run();
      });
    },

    /** Marks the stored refresh token dead; true only the first time (until a new pair is saved). */
    markTokensDead(provider: string, reason: string): boolean {
      return db.insert(settings).values({ key: deadKey(provider), value: reason }).onConflictDoNothing().run().changes === 1;
    },

    /** Why the stored refresh token is dead, or undefined while it is usable. */
    tokensDeadReason(provider: string): string | undefined {
      return db.select().from(settings).where(eq(settings.key, deadKey(provider))).get()?.value;
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
