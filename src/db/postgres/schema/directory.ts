/** Who reports and where (PostgreSQL); the comments are on the SQLite schema, its twin. */
import { boolean, index, integer, pgTable, primaryKey, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, millis } from "./columns.ts";

export const units = pgTable("units", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  type: text("type").notNull().default("school"),
  parentName: text("parent_name"),
  parentUnitId: integer("parent_unit_id"),
  placeName: text("place_name"),
  createdAt: createdAt(),
});

export const chats = pgTable(
  "chats",
  {
    id: serial("id").primaryKey(),
    channel: text("channel").notNull(),
    externalId: text("external_id").notNull(),
    title: text("title").notNull().default(""),
    kind: text("kind", { enum: ["unit", "officers", "unbound"] }).notNull().default("unbound"),
    unitId: integer("unit_id").references(() => units.id),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: createdAt(),
  },
  // Every submission reads the officers' chats (kind = 'officers'): a few among all the units' chats.
  (t) => [uniqueIndex("chats_idx_channel_external").on(t.channel, t.externalId), index("chats_idx_kind").on(t.kind)],
);

export const members = pgTable(
  "members",
  {
    id: serial("id").primaryKey(),
    channel: text("channel").notNull(),
    externalId: text("external_id").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: ["officer", "staff"] }).notNull().default("staff"),
    unitId: integer("unit_id").references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("members_idx_channel_external").on(t.channel, t.externalId)],
);

export const chatMembers = pgTable(
  "chat_members",
  {
    chatId: integer("chat_id").notNull().references(() => chats.id),
    memberId: integer("member_id").notNull().references(() => members.id),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.memberId] })],
);

export const bindCodes = pgTable("bind_codes", {
  code: text("code").primaryKey(),
  unitId: integer("unit_id").notNull().references(() => units.id),
  createdBy: text("created_by").notNull(),
  usedAt: millis("used_at"),
  createdAt: createdAt(),
});
