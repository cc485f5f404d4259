/** The officers' web page (PostgreSQL twins of sqlite/schema/web.ts). */
import { index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { createdAt, millis } from "./columns.ts";

export const webLoginTokens = pgTable("web_login_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  channel: text("channel").notNull(),
  externalId: text("external_id").notNull(),
  /** The chat the link was given in: told when the link is used, so a sign-in by someone else shows. */
  chatId: text("chat_id").notNull(),
  expiresAt: millis("expires_at").notNull(),
  usedAt: millis("used_at"),
  createdAt: createdAt(),
});

export const webSessions = pgTable(
  "web_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    channel: text("channel").notNull(),
    externalId: text("external_id").notNull(),
    expiresAt: millis("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("web_sessions_idx_member").on(t.channel, t.externalId)],
);

export const campaignActivity = pgTable(
  "campaign_activity",
  {
    id: serial("id").primaryKey(),
    campaignId: integer("campaign_id").notNull(),
    at: millis("at").notNull(),
    actorName: text("actor_name").notNull(),
    actorId: text("actor_id").notNull(),
    source: text("source", { enum: ["chat", "web", "schedule"] }).notNull(),
    action: text("action").notNull(),
    detail: text("detail").notNull().default(""),
    unitId: integer("unit_id"),
  },
  (t) => [index("campaign_activity_idx_campaign").on(t.campaignId, t.at)],
);
