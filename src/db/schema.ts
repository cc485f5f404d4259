/**
 * The durable state of the bot: who reports, what they answered, what the bot still has to send.
 * One file per group of tables in sqlite/schema/, and their twins in postgres/schema/ with the
 * same tables, columns and JavaScript types (a test compares them); drizzle-kit turns each into
 * the SQL migrations in migrations/<dialect>/ (npm run db:generate). SQL names are snake_case.
 * The repositories are written once, against the SQLite types; row types come from here.
 */
import { campaigns, documents, photos, submissions } from "./sqlite/schema/reports.ts";
import { chats, members, units } from "./sqlite/schema/directory.ts";
import { localMessages } from "./sqlite/schema/local-chat.ts";
import { outbox } from "./sqlite/schema/outbox.ts";

export * from "./sqlite/schema/conversations.ts";
export * from "./sqlite/schema/directory.ts";
export * from "./sqlite/schema/local-chat.ts";
export * from "./sqlite/schema/outbox.ts";
export * from "./sqlite/schema/reports.ts";
export * from "./sqlite/schema/settings.ts";
export * from "./sqlite/schema/web.ts";

export type UnitRow = typeof units.$inferSelect;
export type ChatRow = typeof chats.$inferSelect;
export type MemberRow = typeof members.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type SubmissionRow = typeof submissions.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type PhotoRow = typeof photos.$inferSelect;
export type LocalMessageRow = typeof localMessages.$inferSelect;
