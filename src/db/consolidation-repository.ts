/**
 * What a consolidated report needs beside the units' answers (export-repository's unitRows): which
 * computed answers the officers changed by hand, and the campaigns one level up that the issuing
 * unit must answer with the same report.
 */
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "./database.ts";

export function createConsolidationRepository(database: Database) {
  const { campaigns, campaignUnits, consolidations, submissions, templates } = database.tables;
  const db = () => database.db;
  return {
    /** The computed answers the officers changed by hand. */
    async editedFields(campaignId: number): Promise<string[]> {
      const [row] = await db().select({ fields: consolidations.editedFields }).from(consolidations).where(eq(consolidations.campaignId, campaignId)).limit(1);
      return row?.fields ?? [];
    },

    /**
     * `replaced`: per field, the computed answer the edit replaced (absent: none computed then), so
     * that a later different computed answer can be said rather than hidden under the edit.
     */
    async markEdited(campaignId: number, replaced: Readonly<Record<string, unknown>>, now: number): Promise<void> {
      const current = await this.editedState(campaignId);
      const fields = [...new Set([...current.fields, ...Object.keys(replaced)])];
      const values = { ...current.replaced, ...replaced };
      await db()
        .insert(consolidations)
        .values({ campaignId, editedFields: fields, replacedValues: values, updatedAt: now })
        .onConflictDoUpdate({ target: consolidations.campaignId, set: { editedFields: fields, replacedValues: values, updatedAt: now } });
    },

    /** The edited fields and the computed answers they replaced (none recorded for edits made before this was kept). */
    async editedState(campaignId: number): Promise<{ fields: string[]; replaced: Record<string, unknown> }> {
      const [row] = await db().select({ fields: consolidations.editedFields, replaced: consolidations.replacedValues }).from(consolidations).where(eq(consolidations.campaignId, campaignId)).limit(1);
      return { fields: row?.fields ?? [], replaced: row?.replaced ?? {} };
    },

    /** One computed answer follows the units again ("/sua 3 tự động"). */
    async unmarkEdited(campaignId: number, fieldId: string, now: number): Promise<void> {
      const current = await this.editedState(campaignId);
      const { [fieldId]: _gone, ...replaced } = current.replaced;
      await db()
        .update(consolidations)
        .set({ editedFields: current.fields.filter((f) => f !== fieldId), replacedValues: replaced, updatedAt: now })
        .where(eq(consolidations.campaignId, campaignId));
    },

    /** The officers started over (/huy): every computed answer follows the units again. */
    async clearEdited(campaignId: number, now: number): Promise<void> {
      await db().update(consolidations).set({ editedFields: [], replacedValues: {}, updatedAt: now }).where(eq(consolidations.campaignId, campaignId));
    },

    /** The newest stored version of a template key. */
    async latestTemplateId(key: string): Promise<number | undefined> {
      const [row] = await db().select({ id: templates.id }).from(templates).where(eq(templates.key, key)).orderBy(desc(templates.version)).limit(1);
      return row?.id;
    },

    /** Open campaigns of a report type (template key) that require the unit: where its consolidated report also counts. */
    async upperCampaigns(unitId: number, templateKey: string) {
      const rows = await db()
        .select({ campaign: campaigns })
        .from(campaignUnits)
        .innerJoin(campaigns, eq(campaigns.id, campaignUnits.campaignId))
        .innerJoin(templates, eq(templates.id, campaigns.templateId))
        .where(and(eq(campaignUnits.unitId, unitId), eq(campaigns.status, "open"), eq(templates.key, templateKey)));
      return rows.map((r) => r.campaign);
    },

    /** Records which template a submission answers, when it is not its campaign's. */
    async setSubmissionTemplate(submissionId: number, templateId: number): Promise<void> {
      await db().update(submissions).set({ templateId }).where(eq(submissions.id, submissionId));
    },
  };
}

export type ConsolidationRepository = ReturnType<typeof createConsolidationRepository>;
