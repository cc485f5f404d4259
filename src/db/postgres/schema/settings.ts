/** Small values the server keeps for itself, and OAuth token pairs (PostgreSQL). */
import { pgTable, text } from "drizzle-orm/pg-core";
import { millis } from "./columns.ts";

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const oauthTokens = pgTable("oauth_tokens", {
  provider: text("provider").primaryKey(),
  accessToken: text("access_token").notNull(),
  refreshToken: text("refresh_token").notNull(),
  expiresAt: millis("expires_at").notNull(),
  updatedAt: millis("updated_at").notNull(),
});
