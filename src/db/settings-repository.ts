/**
 * Durable small values: server-made secrets, the OAuth token pairs of platforms that rotate them,
 * and whether a platform declared a stored refresh token dead (so a restart does not retry it).
 */
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database } from "./database.ts";

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

/** The settings key that marks a provider's refresh token as dead; its value says why. */
const deadKey = (provider: string) => `oauth_dead:${provider}`;

export function createSettingsRepository(database: Database) {
  const { oauthTokens, settings } = database.tables;
  const db = () => database.db;
  const insertOnce = async (key: string, value: string) =>
    (await db().insert(settings).values({ key, value }).onConflictDoNothing().returning({ key: settings.key })).length === 1;
  const valueOf = async (key: string) => (await db().select().from(settings).where(eq(settings.key, key)).limit(1))[0]?.value;

  return {
    /** A random secret made once and kept (e.g. to sign download links); every instance reads the same. */
    async secret(key: string): Promise<string> {
      await insertOnce(key, randomBytes(32).toString("base64url"));
      return (await valueOf(key))!;
    },

    /** Records `key` once; false when it was already recorded (a one-time code already used). */
    claimOnce(key: string, value: string): Promise<boolean> {
      return insertOnce(key, value);
    },

    /**
     * Records `key` at `now` (ms); false while it was recorded less than `forMs` before. Older, the
     * record is taken again, in one statement so that two instances never both take it.
     */
    async claimFor(key: string, now: number, forMs: number): Promise<boolean> {
      const taken = await db()
        .insert(settings)
        .values({ key, value: String(now) })
        .onConflictDoUpdate({ target: settings.key, set: { value: String(now) }, setWhere: sql`cast(${settings.value} as bigint) <= ${now - forMs}` })
        .returning({ key: settings.key });
      return taken.length === 1;
    },

    async loadTokens(provider: string): Promise<TokenPair | undefined> {
      const [row] = await db().select().from(oauthTokens).where(eq(oauthTokens.provider, provider)).limit(1);
      return row ? { accessToken: row.accessToken, refreshToken: row.refreshToken, expiresAt: row.expiresAt } : undefined;
    },

    /** Stores a new pair; a new pair also ends a "refresh token dead" state. */
    saveTokens(provider: string, pair: TokenPair, now: number): Promise<void> {
      const values = { ...pair, updatedAt: now };
      return database.transaction(async () => {
        await db().insert(oauthTokens).values({ provider, ...values }).onConflictDoUpdate({ target: oauthTokens.provider, set: values });
        await db().delete(settings).where(eq(settings.key, deadKey(provider)));
      });
    },

    /** Marks the stored refresh token dead; true only the first time (until a new pair is saved). */
    markTokensDead(provider: string, reason: string): Promise<boolean> {
      return insertOnce(deadKey(provider), reason);
    },

    /** Why the stored refresh token is dead, or undefined while it is usable. */
    tokensDeadReason(provider: string): Promise<string | undefined> {
      return valueOf(deadKey(provider));
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
