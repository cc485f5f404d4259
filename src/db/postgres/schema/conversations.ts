/** The engine's state per conversation and the inbound updates already handled (PostgreSQL). */
import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { millis } from "./columns.ts";

export const conversations = pgTable("conversations", {
  key: text("key").primaryKey(),
  state: text("state").notNull(),
  stateVersion: integer("state_version").notNull(),
  revision: integer("revision").notNull().default(0),
  updatedAt: millis("updated_at").notNull(),
});

export const processedUpdates = pgTable(
  "processed_updates",
  {
    channel: text("channel").notNull(),
    updateKey: text("update_key").notNull(),
    processedAt: millis("processed_at").notNull(),
  },
  // BRIN: a few pages that say which blocks hold old rows, for the retention's delete; an insert,
  // time-ordered as these are, costs it next to nothing.
  (t) => [primaryKey({ columns: [t.channel, t.updateKey] }), index("processed_updates_idx_at").using("brin", t.processedAt)],
);
