/**
 * The shape of one question of a report template (a field): its type, its wording and limits, when
 * it is shown, and how a consolidated report computes it. Part of the template's shape
 * (template-schema.ts), which holds fields in sections.
 */
import { z } from "zod";
import { vi } from "../sentences/vi.ts";

/** A field's id, by which answers, conditions and the closing questions name it. */
export const fieldIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, "id must be lower_snake_case");

/** Show a field only when an earlier answer matches. */
export const conditionSchema = z
  .object({
    field: fieldIdSchema,
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
export const CONSOLIDATION_KINDS = ["sum", "average", "min", "max", "count-yes", "count-no", "share-yes", "per-option", "units-answered", "list"] as const;
export const fromSchema = z.object({ field: fieldIdSchema, as: z.enum(CONSOLIDATION_KINDS) }).strict();
export type FieldSource = z.infer<typeof fromSchema>;

const common = {
  id: fieldIdSchema,
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
  /**
   * The answer names a document by its number: printed as a citation, its kind first ("số
   * 12/KH-THLC ngày 25/9/2026" prints "Kế hoạch số 12/KH-THLC …"), whatever the clerk typed before it.
   */
  cites: z.boolean().optional(),
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
  .object({ atLeast: z.union([z.number(), fieldIdSchema]).optional(), atMost: z.union([z.number(), fieldIdSchema]).optional() })
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
export const tableColumnSchema = z
  .object({
    id: fieldIdSchema,
    title: z.string().min(1),
    type: z.enum(TABLE_COLUMN_TYPES),
    /**
     * false: an integer or decimal column never added up (minutes per drill, a class's average): the
     * totals row leaves it empty, and merged rows of a consolidated table keep it only when they agree.
     */
    sum: z.boolean().optional(),
  })
  .strict();
export type TableColumn = z.infer<typeof tableColumnSchema>;

const tableKeys = {
  columns: z
    .array(tableColumnSchema)
    .min(1)
    // Said at the repeated id, in the operator's words (a refine's message is printed as written).
    .superRefine((columns, context) => {
      const seen = new Set<string>();
      for (const [i, { id }] of columns.entries()) {
        if (seen.has(id)) context.addIssue({ code: "custom", path: [i, "id"], message: vi.template.duplicateColumnId(id) });
        seen.add(id);
      }
    }),
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
    .refine((t) => t.minRows === undefined || t.maxRows === undefined || t.minRows <= t.maxRows, { path: ["minRows"], message: vi.template.lowAboveHigh("minRows", "maxRows") }),
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
