/**
 * The shape of a report template file. A template is data: its sections and fields drive both the
 * conversation (one question per field, in order) and the document (headings I./1./a), paragraphs).
 * A field's own shape: field-schema.ts.
 */
import { z } from "zod";
import { type Field, fieldIdSchema, fieldSchema } from "./field-schema.ts";

export * from "./field-schema.ts";

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
        /** "Không" to the cancel question: what goes on. */
        cancelAborted: z.string().optional(),
        /** "Không" (or "hủy") at the confirmation: what was not done. */
        submitCancelled: z.string().optional(),
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
        recipients: fieldIdSchema.optional(),
        /** The "Kính gửi" lines, asked (a report sent up, whose addressee the campaign does not know). */
        addressedTo: fieldIdSchema.optional(),
        /** The request it answers ("Công văn số … của Sở …"), for `{reference}`, instead of the campaign's. */
        reference: fieldIdSchema.optional(),
        signerAuthority: fieldIdSchema.optional(),
        signerPosition: fieldIdSchema.optional(),
        signerName: fieldIdSchema.optional(),
        fields: z.array(fieldSchema).default([]),
      })
      .strict(),
  })
  .strict();

export type Template = z.infer<typeof templateSchema>;
