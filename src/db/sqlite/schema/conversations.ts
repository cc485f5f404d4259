/** The engine's state per conversation and the inbound updates already handled. */
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Engine state per conversation key; `revision` guards against two writers, `state_version` against old shapes. */
export const conversations = sqliteTable("conversations", {
  key: text("key").primaryKey(),
  state: text("state").notNull(),
  stateVersion: integer("state_version").notNull(),
  revision: integer("revision").notNull().default(0),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** Inbound update ids already handled; written in the same transaction as their effects. */
export const processedUpdates = sqliteTable(
  "processed_updates",
  {
    channel: text("channel").notNull(),
    updateKey: text("update_key").notNull(),
    processedAt: integer("processed_at", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.updateKey] })],
);
