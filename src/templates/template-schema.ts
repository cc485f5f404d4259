/**
 * The shape of a report template file. A template is data: its sections and fields drive both the
 * conversation (one question per field, in order) and the document (headings I./1./a), paragraphs).
 */
import { z } from "zod";

const fieldId = z.string().regex(/^[a-z][a-z0-9_]*$/, "id must be lower_snake_case");

/** Show a field only when an earlier answer matches. */
export const conditionSchema = z
  .object({
    field: fieldId,
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    notEquals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    in: z.array(z.string()).min(1).optional(),
    greaterThan: z.number().optional(),
    answered: z.boolean().optional(),
  })
  .strict()
  .refine(
    (c) => [c.equals, c.notEquals, c.in, c.greaterThan, c.answered].filter((v) => v !== undefined).length === 1,
    { message: "a condition needs exactly one of equals, notEquals, in, greaterThan, answered" },
  );

/** How a consolidated report computes an answer from the units' answers to one of their fields. */
export const CONSOLIDATION_KINDS = ["sum", "average", "min", "max", "count-yes", "share-yes", "per-option", "units-answered", "list"] as const;
export const fromSchema = z.object({ field: fieldId, as: z.enum(CONSOLIDATION_KINDS) }).strict();
export type FieldSource = z.infer<typeof fromSchema>;

const common = {
  id: fieldId,
  /** In a consolidated report: the answer is computed from the units' answers (else the officer answers). */
  from: fromSchema.optional(),
  prompt: z.string().min(1),
  hint: z.string().optional(),
  example: z.string().optional(),
  required: z.boolean().default(true),
  showIf: conditionSchema.optional(),
  /**
   * How the answer reads in the document; `{value}` is replaced, and `{other_id}` by another answer
   * (the sentence is left out while that one is unanswered). Without it the answer stands alone.
   */
  documentText: z.string().optional(),
  /** false: the answer is not printed where the field stands, only inside another field's documentText. */
  inDocument: z.boolean().optional(),
  /**
   * A heading printed above the answer in the document: a point one level below the field's section
   * ("a) ..." under "1."), numbered with the section's sub-sections (its headed fields first); left
   * out, with its number, when the answer is.
   */
  documentHeading: z.string().optional(),
};

/**
 * The most photos one question takes (and its default maxItems): at 10 MB each that bounds what one
 * answer adds to the database and to the .docx that goes back into the chat.
 */
export const MAX_PHOTOS_PER_FIELD = 20;
export const DEFAULT_MAX_PHOTOS = 10;

const textLimits = { maxLength: z.number().int().positive().optional(), minLength: z.number().int().nonnegative().optional() };
/**
 * A second look at a figure (`check` of an integer, decimal or percent field): a figure that breaks a
 * rule is not refused, as `min`/`max` are, but questioned once ("xác nhận 120?") before it is saved.
 * `atLeast`/`atMost` take a number, or another numeric field's id: its answer in the same report
 * (participants at least sessions: `{ "atLeast": "training_sessions" }`); a rule on a field not yet
 * answered is not applied. Saving the other field checks the rule too, from its side.
 */
export const figureCheckSchema = z
  .object({ atLeast: z.union([z.number(), fieldId]).optional(), atMost: z.union([z.number(), fieldId]).optional() })
  .strict()
  .refine((c) => (c.atLeast === undefined) !== (c.atMost === undefined), { message: "a check needs exactly one of atLeast, atMost" });
export type FigureCheck = z.infer<typeof figureCheckSchema>;

const numberLimits = {
  min: z.number().optional(),
  max: z.number().optional(),
  check: z.array(figureCheckSchema).min(1).optional(),
  /**
   * How an answer of 0 reads in the document instead of `documentText` ("Đơn vị chưa tổ chức buổi
   * tập huấn nào." where "… được tổ chức: 0 buổi." reads oddly in an official report); "" leaves it out.
   */
  documentTextIfZero: z.string().optional(),
};

/** The types a table column may hold; each cell is read as the field of the same type would be. */
export const TABLE_COLUMN_TYPES = ["text", "integer", "decimal", "percent", "date"] as const;
export const tableColumnSchema = z.object({ id: fieldId, title: z.string().min(1), type: z.enum(TABLE_COLUMN_TYPES) }).strict();
export type TableColumn = z.infer<typeof tableColumnSchema>;

const tableKeys = {
  columns: z
    .array(tableColumnSchema)
    .min(1)
    .refine((columns) => new Set(columns.map((c) => c.id)).size === columns.length, { message: "column ids must be unique" }),
  /**
   * A "Tổng cộng" row under the table: integer and decimal columns are summed; percent, date and text
   * columns stay empty there (a sum of shares or dates means nothing), and the label stands in the first of them.
   */
  totals: z.boolean().optional(),
  minRows: z.number().int().positive().optional(),
  maxRows: z.number().int().positive().optional(),
};

export const fieldSchema = z.discriminatedUnion("type", [
  z.object({ ...common, type: z.literal("short-text"), ...textLimits }).strict(),
  z.object({ ...common, type: z.literal("paragraph"), ...textLimits }).strict(),
  z
    .object({
      ...common,
      type: z.literal("bullet-list"),
      ...textLimits,
      minItems: z.number().int().positive().optional(),
      maxItems: z.number().int().positive().optional(),
    })
    .strict(),
  z.object({ ...common, type: z.literal("integer"), ...numberLimits }).strict(),
  z.object({ ...common, type: z.literal("decimal"), ...numberLimits }).strict(),
  z.object({ ...common, type: z.literal("percent"), ...numberLimits }).strict(),
  z.object({ ...common, type: z.literal("date"), min: z.iso.date().optional(), max: z.iso.date().optional() }).strict(),
  z.object({ ...common, type: z.literal("time") }).strict(),
  z.object({ ...common, type: z.literal("single-choice"), options: z.array(z.string().min(1)).min(2) }).strict(),
  z
    .object({
      ...common,
      type: z.literal("multiple-choice"),
      options: z.array(z.string().min(1)).min(2),
      minItems: z.number().int().positive().optional(),
      maxItems: z.number().int().positive().optional(),
    })
    .strict(),
  z.object({ ...common, type: z.literal("yes-no") }).strict(),
  z
    .object({ ...common, type: z.literal("table"), ...tableKeys })
    .strict()
    .refine((t) => t.minRows === undefined || t.maxRows === undefined || t.minRows <= t.maxRows, { message: "minRows must not exceed maxRows" }),
  /** Photos sent in the chat (each with an optional caption), placed in the document at the field. */
  z
    .object({
      ...common,
      type: z.literal("photo"),
      minItems: z.number().int().positive().optional(),
      maxItems: z.number().int().positive().max(MAX_PHOTOS_PER_FIELD).optional(),
    })
    .strict(),
]);

export type Field = z.infer<typeof fieldSchema>;
export type FieldType = Field["type"];
export type Condition = z.infer<typeof conditionSchema>;

export interface Section {
  heading: string;
  /** Text printed under the heading before the answers (fixed wording of the report). */
  intro?: string;
  /** Print the heading and what follows on one line, "1. Heading: text" (see the schema). */
  runIn?: boolean;
  /** Print the section even when none of its answers is given, followed by this wording. */
  whenEmpty?: string;
  fields: Field[];
  sections: Section[];
}

/** Sections nest: I. holds 1., 1. holds a). The getter lets the schema refer to itself. */
const sectionInputSchema = z
  .object({
    heading: z.string().min(1),
    intro: z.string().optional(),
    /**
     * Run-in heading: the heading and its first paragraph on one line, "1. Heading: text", as
     * reports write a short point; when the section starts with items, the heading ends with ":".
     */
    runIn: z.boolean().optional(),
    /**
     * Printed even when empty: a section whose answers are all skipped or hidden is normally left
     * out (the numbering closes up); with this it is printed, its heading followed by this wording
     * (e.g. a heading "Tồn tại, hạn chế (nếu có)" with "Không có."). Its intro is then left out.
     */
    whenEmpty: z.string().min(1).optional(),
    fields: z.array(fieldSchema).default([]),
    get sections(): z.ZodDefault<z.ZodArray<typeof sectionInputSchema>> {
      return z.array(sectionInputSchema).default([]);
    },
  })
  .strict();
export const sectionSchema = sectionInputSchema as unknown as z.ZodType<Section>;

export const templateSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/, "key must be lower-kebab-case"),
    /**
     * Optional: versions follow the content (a changed file is stored as the next version by
     * itself). When given, the stored version is at least this number.
     */
    version: z.number().int().positive().optional(),
    /** Short name shown in chats and lists. */
    title: z.string().min(1),
    /** The key of the report type that consolidates this one (the school report names the ward's). */
    consolidatedBy: z.string().regex(/^[a-z0-9-]+$/, "consolidatedBy must be a template key").optional(),
    /** Wording of the conversation where the defaults (about a report) do not fit. */
    phrases: z
      .object({
        started: z.string().optional(),
        complete: z.string().optional(),
        confirmSubmit: z.string().optional(),
        submitted: z.string().optional(),
        confirmCancel: z.string().optional(),
        cancelled: z.string().optional(),
      })
      .strict()
      .optional(),
    document: z
      .object({
        /** Tên loại văn bản, e.g. "BÁO CÁO". */
        type: z.string().min(1),
        /** Its abbreviation for "Số: .../BC-...". */
        typeCode: z.string().min(1),
        /** Trích yếu; `{year}` is the campaign's year. */
        summary: z.string().min(1),
        /** The reference paragraph; `{reference}`, `{unitName}`, `{year}` are replaced. */
        referenceText: z.string().optional(),
        /** The closing sentence before Nơi nhận. */
        closingText: z.string().optional(),
        /** "Kính gửi:" recipients when the report goes upward. */
        addressedTo: z.array(z.string()).default([]),
        /** The People's Committee department that drafts it, as its Lưu line names it: "VHXH" → "- Lưu: VT, VHXH.". */
        draftingUnit: z.string().min(1).optional(),
      })
      .strict(),
    sections: z.array(sectionSchema).min(1),
    /** Questions about the document itself (recipients, signer) asked after the body. */
    closing: z
      .object({
        recipients: fieldId.optional(),
        signerAuthority: fieldId.optional(),
        signerPosition: fieldId.optional(),
        signerName: fieldId.optional(),
        fields: z.array(fieldSchema).default([]),
      })
      .strict(),
  })
  .strict();

export type Template = z.infer<typeof templateSchema>;
