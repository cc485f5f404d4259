/**
 * The durable state of the bot: who reports, what they answered, what the bot still has to send.
 * drizzle-kit turns this file into the SQL migrations in migrations/; SQL names are snake_case.
 */
import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "number" }).notNull().default(sql`(unixepoch() * 1000)`);

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
  (t) => [uniqueIndex("chats_idx_channel_external").on(t.channel, t.externalId)],
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

/** A report template as loaded from its file; a changed file becomes a new version, old ones stay. */
export const templates = sqliteTable(
  "templates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    definition: text("definition", { mode: "json" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("templates_idx_key_version").on(t.key, t.version)],
);

/** One reporting round: a template version, the document it answers, a deadline. */
export const campaigns = sqliteTable("campaigns", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  templateId: integer("template_id").notNull().references(() => templates.id),
  title: text("title").notNull(),
  issuerName: text("issuer_name").notNull(),
  /** The unit that issues the campaign and consolidates its reports (a ward office), when it is in the roster. */
  issuerUnitId: integer("issuer_unit_id").references(() => units.id),
  referenceText: text("reference_text").notNull().default(""),
  deadlineAt: integer("deadline_at", { mode: "number" }).notNull(),
  status: text("status", { enum: ["open", "closed"] }).notNull().default("open"),
  /** After closing: refuse late submissions, or accept them and flag them late. */
  latePolicy: text("late_policy", { enum: ["refuse", "accept"] }).notNull().default("accept"),
  /** Reminder steps in days before the deadline (0 = the morning of the deadline); overdue: daily. */
  reminderDays: text("reminder_days", { mode: "json" }).$type<number[]>().notNull().default(sql`'[3,1,0]'`),
  createdAt: createdAt(),
});

/** The units that must report in a campaign. */
export const campaignUnits = sqliteTable(
  "campaign_units",
  {
    campaignId: integer("campaign_id").notNull().references(() => campaigns.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] }), index("campaign_units_idx_unit").on(t.unitId)],
);

/** One unit's report for one campaign. `version` counts the times it was submitted. */
export const submissions = sqliteTable(
  "submissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id").notNull().references(() => campaigns.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    /** The template answered, when it is not the campaign's: the issuing unit's consolidated report. */
    templateId: integer("template_id").references(() => templates.id),
    status: text("status", { enum: ["in_progress", "submitted", "returned"] }).notNull().default("in_progress"),
    version: integer("version").notNull().default(0),
    submittedBy: text("submitted_by"),
    submittedAt: integer("submitted_at", { mode: "number" }),
    /** Submitted after the deadline (or after the campaign closed, when late ones are accepted). */
    isLate: integer("is_late", { mode: "boolean" }).notNull().default(false),
    /** The officer's comment when the submission was returned for correction. */
    returnComment: text("return_comment"),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("submissions_idx_campaign_unit").on(t.campaignId, t.unitId)],
);

/** The answers exactly as submitted, one row per version, so a correction never erases the past. */
export const submissionVersions = sqliteTable(
  "submission_versions",
  {
    submissionId: integer("submission_id").notNull().references(() => submissions.id),
    version: integer("version").notNull(),
    answers: text("answers", { mode: "json" }).notNull(),
    submittedBy: text("submitted_by").notNull(),
    submittedAt: integer("submitted_at", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.version] })],
);

/** The current answer to each question, with who gave it and when. `value` null = skipped. */
export const answers = sqliteTable(
  "answers",
  {
    submissionId: integer("submission_id").notNull().references(() => submissions.id),
    fieldId: text("field_id").notNull(),
    value: text("value", { mode: "json" }),
    answeredBy: text("answered_by").notNull(),
    answeredByName: text("answered_by_name").notNull(),
    answeredAt: integer("answered_at", { mode: "number" }).notNull(),
    /** The platform message that gave the answer, so an edit of that message can replace it. */
    sourceMessageId: text("source_message_id"),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.fieldId] })],
);

/**
 * One generated file per submitted version (and per campaign-wide file an officer asked for). Rows
 * are written pending in the transaction that wants them; the bytes are rendered later (off the
 * request path) and kept so they can be resent.
 */
export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /**
     * What the bytes are: a unit's report (.docx); or, for a campaign, its status sheet (.xlsx),
     * its export (.xlsx), or the draft of its consolidated report (.docx).
     */
    kind: text("kind", { enum: ["report", "status-sheet", "export", "consolidated-draft"] }).notNull().default("report"),
    /** The submission a report belongs to; null for campaign-wide files. */
    submissionId: integer("submission_id").references(() => submissions.id),
    /** The campaign a campaign-wide file describes; null for reports (their submission says it). */
    campaignId: integer("campaign_id").references(() => campaigns.id),
    version: integer("version").notNull(),
    fileName: text("file_name").notNull(),
    status: text("status", { enum: ["pending", "ready"] }).notNull().default("pending"),
    content: blob("content", { mode: "buffer" }),
    renderedAt: integer("rendered_at", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("documents_idx_submission_version").on(t.submissionId, t.version), index("documents_idx_status").on(t.status)],
);

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

/** Messages the bot has decided to send; a worker claims them (status + lease) and delivers each once. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channel: text("channel").notNull(),
    chatExternalId: text("chat_external_id").notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "number" }).notNull(),
    leaseUntil: integer("lease_until", { mode: "number" }),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "number" }),
    /** The platform's id of the sent message: a user's reply to it names the question it answers. */
    sentMessageId: text("sent_message_id"),
    /** The broadcast this message belongs to, for the delivery summary. */
    broadcastId: integer("broadcast_id"),
    /** Parts of a split message already delivered: a retry resumes at the next part. */
    partsSent: integer("parts_sent").notNull().default(0),
  },
  (t) => [
    // The worker's query: pending rows that are due, oldest first.
    index("outbox_idx_status_next").on(t.status, t.nextAttemptAt),
    // Order per chat: a row goes only when no older unfinished row of its chat is left.
    index("outbox_idx_chat_unfinished").on(t.channel, t.chatExternalId, t.id).where(sql`status IN ('pending', 'sending')`),
    // Which question a reply answers: (channel, chat, message replied to).
    index("outbox_idx_sent_message").on(t.channel, t.chatExternalId, t.sentMessageId),
  ],
);

/**
 * The officers' work on a campaign's consolidated report: which computed answers they changed by
 * hand (those stay; the others follow the units' new submissions).
 */
export const consolidations = sqliteTable("consolidations", {
  campaignId: integer("campaign_id").primaryKey().references(() => campaigns.id),
  editedFields: text("edited_fields", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** The local web chat's history (both directions); bot messages carry the outbox id they came from. */
export const localMessages = sqliteTable(
  "local_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    chatExternalId: text("chat_external_id").notNull(),
    fromBot: integer("from_bot", { mode: "boolean" }).notNull(),
    userId: text("user_id"),
    userName: text("user_name"),
    text: text("text").notNull(),
    choices: text("choices", { mode: "json" }).$type<string[]>(),
    document: text("document", { mode: "json" }).$type<{ name: string; url: string }>(),
    outboxId: integer("outbox_id").unique(),
    /** A user message's own id from the page (unique per chat), so a repeat answers as the first did. */
    clientMessageId: text("client_message_id"),
    /** The outbox rows a user message produced: the replies a repeat of it gets back. */
    replyOutboxIds: text("reply_outbox_ids", { mode: "json" }).$type<number[]>(),
    createdAt: createdAt(),
  },
  (t) => [
    // History reads: one chat, in order.
    index("local_messages_idx_chat").on(t.chatExternalId, t.id),
    // A repeated messageId: the first delivery's row.
    uniqueIndex("local_messages_idx_client_id").on(t.chatExternalId, t.clientMessageId),
  ],
);

/** One-time codes an officer hands out so a unit's staff can bind their own chat. */
export const bindCodes = sqliteTable("bind_codes", {
  code: text("code").primaryKey(),
  unitId: integer("unit_id").notNull().references(() => units.id),
  createdBy: text("created_by").notNull(),
  usedAt: integer("used_at", { mode: "number" }),
  createdAt: createdAt(),
});

/** Reminder steps already handled per campaign: a step is claimed once, so nothing is sent twice. */
export const reminderSteps = sqliteTable(
  "reminder_steps",
  {
    campaignId: integer("campaign_id").notNull().references(() => campaigns.id),
    stepKey: text("step_key").notNull(),
    sentAt: integer("sent_at", { mode: "number" }).notNull(),
    unitCount: integer("unit_count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.stepKey] })],
);

/** An officer's broadcast: its messages are outbox rows with this id; the summary goes back once. */
export const broadcasts = sqliteTable("broadcasts", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  channel: text("channel").notNull(),
  officersChatId: text("officers_chat_id").notNull(),
  unreachable: integer("unreachable").notNull().default(0),
  summarySent: integer("summary_sent", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

/**
 * Messages sent per rate-limit scope (a platform as a whole, "*", or one chat), so the platform's
 * limits hold across restarts and across instances. Rows older than the longest window are pruned.
 */
export const rateEvents = sqliteTable(
  "rate_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channel: text("channel").notNull(),
    scope: text("scope").notNull(),
    sentAt: integer("sent_at", { mode: "number" }).notNull(),
  },
  (t) => [
    // The limiter's query: the latest sends of one scope.
    index("rate_events_idx_scope").on(t.channel, t.scope, t.sentAt),
    // Pruning by age.
    index("rate_events_idx_sent").on(t.sentAt),
  ],
);

/** Small durable values the server makes for itself (e.g. the key that signs download links). */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * OAuth token pairs (Zalo OA): the refresh token is single-use and rotates on every refresh, so the
 * new pair is stored here before it is used; losing it would need an admin to consent again.
 */
export const oauthTokens = sqliteTable("oauth_tokens", {
  provider: text("provider").primaryKey(),
  accessToken: text("access_token").notNull(),
  refreshToken: text("refresh_token").notNull(),
  expiresAt: integer("expires_at", { mode: "number" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

export type UnitRow = typeof units.$inferSelect;
export type ChatRow = typeof chats.$inferSelect;
export type MemberRow = typeof members.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type SubmissionRow = typeof submissions.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type LocalMessageRow = typeof localMessages.$inferSelect;
