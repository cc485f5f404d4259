/** Who reports and where: units, their chats on each platform, the people, and bind codes. */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns.ts";

/** A reporting body: a school, a ward office. */
export const units = sqliteTable("units", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  type: text("type").notNull().default("school"),
  /** Tên cơ quan chủ quản as printed in the document header (upper case). */
  parentName: text("parent_name"),
  /** The unit above this one in the roster (a school's ward office), if any. */
  parentUnitId: integer("parent_unit_id"),
  placeName: text("place_name"),
  createdAt: createdAt(),
});

/** A group (or private) chat on one platform, bound to a unit, to the officers, or to nothing yet. */
export const chats = sqliteTable(
  "chats",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channel: text("channel").notNull(),
    externalId: text("external_id").notNull(),
    title: text("title").notNull().default(""),
    kind: text("kind", { enum: ["unit", "officers", "unbound"] }).notNull().default("unbound"),
    unitId: integer("unit_id").references(() => units.id),
    isActive: integer("is_active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  // Every submission reads the officers' chats (kind = 'officers'): a few among all the units' chats.
  (t) => [uniqueIndex("chats_idx_channel_external").on(t.channel, t.externalId), index("chats_idx_kind").on(t.kind)],
);

/** A person on one platform, with the role that decides what they may do. */
export const members = sqliteTable(
  "members",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channel: text("channel").notNull(),
    externalId: text("external_id").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: ["officer", "staff"] }).notNull().default("staff"),
    unitId: integer("unit_id").references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("members_idx_channel_external").on(t.channel, t.externalId)],
);

/** Which members the local demo shows in each local chat (the page's member picker). */
export const chatMembers = sqliteTable(
  "chat_members",
  {
    chatId: integer("chat_id").notNull().references(() => chats.id),
    memberId: integer("member_id").notNull().references(() => members.id),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.memberId] })],
);

/** One-time codes an officer hands out so a unit's staff can bind their own chat. */
export const bindCodes = sqliteTable("bind_codes", {
  code: text("code").primaryKey(),
  unitId: integer("unit_id").notNull().references(() => units.id),
  createdBy: text("created_by").notNull(),
  usedAt: integer("used_at", { mode: "number" }),
  createdAt: createdAt(),
});
