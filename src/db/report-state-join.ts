/**
 * The join from a campaign's unit to its report's conversation state, whose key is
 * "report:<campaign>:<unit>" (conversation-service's reportKey). PostgreSQL will not concatenate an
 * integer to text without a cast; SQLite has no such cast, so each dialect writes its own.
 */
import { eq, sql } from "drizzle-orm";
import type { Database } from "./database.ts";

export function reportStateJoin(database: Database) {
  const { campaignUnits, conversations, units } = database.tables;
  const key =
    database.dialect === "postgres"
      ? sql`'report:' || ${campaignUnits.campaignId}::text || ':' || ${units.id}::text`
      : sql`'report:' || ${campaignUnits.campaignId} || ':' || ${units.id}`;
  return eq(conversations.key, key);
}
