/** Small values the server keeps for itself, and OAuth token pairs. */
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Small durable values the server makes for itself (e.g. the key that signs download links). */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * OAuth token pairs (Zalo OA): the refresh token is single-use and rotates on every refresh, so the
 * new pair is stored here before it is used; losing it would need an admin to consent again.
 */
export const oauthTokens = sqliteTable("oauth_tokens", {
  provider: text("provider").primaryKey(),
  accessToken: text("access_token").notNull(),
  refreshToken: text("refresh_token").notNull(),
  expiresAt: integer("expires_at", { mode: "number" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});
