/** PostgreSQL's tables, the twins of ../schema.ts's SQLite ones (a test keeps them equal). */
export * from "./schema/conversations.ts";
export * from "./schema/directory.ts";
export * from "./schema/local-chat.ts";
export * from "./schema/outbox.ts";
export * from "./schema/reports.ts";
export * from "./schema/settings.ts";
export * from "./schema/web.ts";
