/** What is reported: templates, campaigns, each unit's submission and answers, the documents made from them. */
import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns.ts";
import { units } from "./directory.ts";

/** A report template as loaded from its file; a changed file becomes a new version, old ones stay. */
export const templates = sqliteTable(
  "templates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    definition: text("definition", { mode: "json" }).notNull(),
    /** A digest of the definition: a file whose content changed is a new version by itself. */
    contentHash: text("content_hash"),
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
  /** The period reported on, as the documents print it ("năm học 2025 - 2026"): a template's `{period}`. */
  period: text("period"),
  createdAt: createdAt(),
});

/** The units that must report in a campaign. */
export const campaignUnits = sqliteTable(
  "campaign_units",
  {
    campaignId: integer("campaign_id").notNull().references(() => campaigns.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    /**
     * When the unit's staff picked this campaign with "/baocao N" (several open at once): its chat
     * works on it until that report is submitted or returned.
     */
    chosenAt: integer("chosen_at", { mode: "number" }),
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
  // By unit: a unit's reports across its campaigns (its documents' names, its earlier reports).
  (t) => [uniqueIndex("submissions_idx_campaign_unit").on(t.campaignId, t.unitId), index("submissions_idx_unit").on(t.unitId)],
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
 * Photos a unit sent for a `photo` question, kept with its submission (the answer lists their ids)
 * and placed in its document.
 */
export const photos = sqliteTable(
  "photos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    submissionId: integer("submission_id").notNull().references(() => submissions.id),
    fieldId: text("field_id").notNull(),
    caption: text("caption"),
    mimeType: text("mime_type").notNull(),
    fileName: text("file_name"),
    content: blob("content", { mode: "buffer" }).notNull(),
    width: integer("width"),
    height: integer("height"),
    addedBy: text("added_by").notNull(),
    addedAt: integer("added_at", { mode: "number" }).notNull(),
  },
  (t) => [index("photos_idx_submission_field").on(t.submissionId, t.fieldId)],
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
  (t) => [uniqueIndex("documents_idx_submission_version").on(t.submissionId, t.version), index("documents_idx_status").on(t.status), index("documents_idx_kind_rendered").on(t.kind, t.renderedAt)],
);

/**
 * The officers' work on a campaign's consolidated report: which computed answers they changed by
 * hand (those stay; the others follow the units' new submissions).
 */
export const consolidations = sqliteTable("consolidations", {
  campaignId: integer("campaign_id").primaryKey().references(() => campaigns.id),
  editedFields: text("edited_fields", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  /** Per edited field, the computed answer it replaced: a later different one is said (the edit went stale silently). */
  replacedValues: text("replaced_values", { mode: "json" }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
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
