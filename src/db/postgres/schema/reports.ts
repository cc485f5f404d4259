/** What is reported (PostgreSQL); the comments are on the SQLite schema, its twin. */
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { bytea, createdAt, millis } from "./columns.ts";
import { units } from "./directory.ts";

export const templates = pgTable(
  "templates",
  {
    id: serial("id").primaryKey(),
    key: text("key").notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    definition: jsonb("definition").notNull(),
    contentHash: text("content_hash"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("templates_idx_key_version").on(t.key, t.version)],
);

export const campaigns = pgTable("campaigns", {
  id: serial("id").primaryKey(),
  templateId: integer("template_id").notNull().references(() => templates.id),
  title: text("title").notNull(),
  issuerName: text("issuer_name").notNull(),
  issuerUnitId: integer("issuer_unit_id").references(() => units.id),
  referenceText: text("reference_text").notNull().default(""),
  deadlineAt: millis("deadline_at").notNull(),
  status: text("status", { enum: ["open", "closed"] }).notNull().default("open"),
  latePolicy: text("late_policy", { enum: ["refuse", "accept"] }).notNull().default("accept"),
  reminderDays: jsonb("reminder_days").$type<number[]>().notNull().default(sql`'[3,1,0]'::jsonb`),
  period: text("period"),
  createdAt: createdAt(),
});

export const campaignUnits = pgTable(
  "campaign_units",
  {
    campaignId: integer("campaign_id").notNull().references(() => campaigns.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    chosenAt: millis("chosen_at"),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] }), index("campaign_units_idx_unit").on(t.unitId)],
);

export const submissions = pgTable(
  "submissions",
  {
    id: serial("id").primaryKey(),
    campaignId: integer("campaign_id").notNull().references(() => campaigns.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    templateId: integer("template_id").references(() => templates.id),
    status: text("status", { enum: ["in_progress", "submitted", "returned"] }).notNull().default("in_progress"),
    version: integer("version").notNull().default(0),
    submittedBy: text("submitted_by"),
    submittedAt: millis("submitted_at"),
    isLate: boolean("is_late").notNull().default(false),
    returnComment: text("return_comment"),
    updatedAt: millis("updated_at").notNull(),
    createdAt: createdAt(),
  },
  // By unit: a unit's reports across its campaigns (its documents' names, its earlier reports).
  (t) => [uniqueIndex("submissions_idx_campaign_unit").on(t.campaignId, t.unitId), index("submissions_idx_unit").on(t.unitId)],
);

export const submissionVersions = pgTable(
  "submission_versions",
  {
    submissionId: integer("submission_id").notNull().references(() => submissions.id),
    version: integer("version").notNull(),
    answers: jsonb("answers").notNull(),
    submittedBy: text("submitted_by").notNull(),
    submittedAt: millis("submitted_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.version] })],
);

export const answers = pgTable(
  "answers",
  {
    submissionId: integer("submission_id").notNull().references(() => submissions.id),
    fieldId: text("field_id").notNull(),
    value: jsonb("value"),
    answeredBy: text("answered_by").notNull(),
    answeredByName: text("answered_by_name").notNull(),
    answeredAt: millis("answered_at").notNull(),
    sourceMessageId: text("source_message_id"),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.fieldId] })],
);

export const photos = pgTable(
  "photos",
  {
    id: serial("id").primaryKey(),
    submissionId: integer("submission_id").notNull().references(() => submissions.id),
    fieldId: text("field_id").notNull(),
    caption: text("caption"),
    mimeType: text("mime_type").notNull(),
    fileName: text("file_name"),
    content: bytea("content").notNull(),
    width: integer("width"),
    height: integer("height"),
    addedBy: text("added_by").notNull(),
    addedAt: millis("added_at").notNull(),
  },
  (t) => [index("photos_idx_submission_field").on(t.submissionId, t.fieldId)],
);

export const documents = pgTable(
  "documents",
  {
    id: serial("id").primaryKey(),
    kind: text("kind", { enum: ["report", "status-sheet", "export", "consolidated-draft"] }).notNull().default("report"),
    submissionId: integer("submission_id").references(() => submissions.id),
    campaignId: integer("campaign_id").references(() => campaigns.id),
    version: integer("version").notNull(),
    fileName: text("file_name").notNull(),
    status: text("status", { enum: ["pending", "ready"] }).notNull().default("pending"),
    content: bytea("content"),
    renderedAt: millis("rendered_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("documents_idx_submission_version").on(t.submissionId, t.version), index("documents_idx_status").on(t.status), index("documents_idx_kind_rendered").on(t.kind, t.renderedAt)],
);

export const consolidations = pgTable("consolidations", {
  campaignId: integer("campaign_id").primaryKey().references(() => campaigns.id),
  editedFields: jsonb("edited_fields").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  replacedValues: jsonb("replaced_values").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  updatedAt: millis("updated_at").notNull(),
});

export const reminderSteps = pgTable(
  "reminder_steps",
  {
    campaignId: integer("campaign_id").notNull().references(() => campaigns.id),
    stepKey: text("step_key").notNull(),
    sentAt: millis("sent_at").notNull(),
    unitCount: integer("unit_count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.stepKey] })],
);
