/**
 * The durable state of the bot: who reports, what they answered, what the bot still has to send.
 * One file per group of tables in schema/; drizzle-kit turns them into the SQL migrations in
 * migrations/ (npm run db:generate). SQL names are snake_case.
 */
import { campaigns, documents, submissions } from "./schema/reports.ts";
import { chats, members, units } from "./schema/directory.ts";
import { localMessages } from "./schema/local-chat.ts";
import { outbox } from "./schema/outbox.ts";

export * from "./schema/conversations.ts";
export * from "./schema/directory.ts";
export * from "./schema/local-chat.ts";
export * from "./schema/outbox.ts";
export * from "./schema/reports.ts";
export * from "./schema/settings.ts";

export type UnitRow = typeof units.$inferSelect;
export type ChatRow = typeof chats.$inferSelect;
export type MemberRow = typeof members.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type SubmissionRow = typeof submissions.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type LocalMessageRow = typeof localMessages.$inferSelect;
