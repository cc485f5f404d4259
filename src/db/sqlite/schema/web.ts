/**
 * The officers' web page: one-time sign-in links, the sessions they start, and each campaign's
 * activity log. Tokens are stored as SHA-256 digests, so a copy of the database opens no session.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns.ts";

/** A link `/web` gave an officer in the chat: valid for minutes, used at most once. */
export const webLoginTokens = sqliteTable("web_login_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  channel: text("channel").notNull(),
  externalId: text("external_id").notNull(),
  /** The chat the link was given in: told when the link is used, so a sign-in by someone else shows. */
  chatId: text("chat_id").notNull(),
  expiresAt: integer("expires_at", { mode: "number" }).notNull(),
  usedAt: integer("used_at", { mode: "number" }),
  createdAt: createdAt(),
});

/** A signed-in browser: kept here so `/web thoat` and removing the officer end it at once. */
export const webSessions = sqliteTable(
  "web_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    channel: text("channel").notNull(),
    externalId: text("external_id").notNull(),
    expiresAt: integer("expires_at", { mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("web_sessions_idx_member").on(t.channel, t.externalId)],
);

/** Who did what to a campaign and when, in the chat or on the page. */
export const campaignActivity = sqliteTable(
  "campaign_activity",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id").notNull(),
    at: integer("at", { mode: "number" }).notNull(),
    /** The person's name as the platform gave it; empty for the bot's own schedule. */
    actorName: text("actor_name").notNull(),
    /** "channel:userId", or "" for the bot's own schedule. */
    actorId: text("actor_id").notNull(),
    source: text("source", { enum: ["chat", "web", "schedule"] }).notNull(),
    action: text("action").notNull(),
    /** What the action concerned, in words: a unit's name, a comment, a count. */
    detail: text("detail").notNull().default(""),
    /**
     * The unit it concerned (a return, a unit's reminder): found by its name in `detail`, a unit
     * renamed lost its returns and two of one name shared them. Null in rows written before.
     */
    unitId: integer("unit_id"),
  },
  (t) => [index("campaign_activity_idx_campaign").on(t.campaignId, t.at)],
);
