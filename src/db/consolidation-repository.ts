/**
 * What a consolidated report needs beside the units' answers (export-repository's unitRows): which
 * computed answers the officers changed by hand, and the campaigns one level up that the issuing
 * unit must answer with the same report.
 */
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { campaigns, campaignUnits, consolidations, submissions, templates } from "./schema.ts";

export function createConsolidationRepository(db: Db) {
  return {
    /** The computed answers the officers changed by hand. */
    editedFields(campaignId: number): string[] {
      return db.select({ fields: consolidations.editedFields }).from(consolidations).where(eq(consolidations.campaignId, campaignId)).get()?.fields ?? [];
    },

    markEdited(campaignId: number, fieldIds: readonly string[], now: number): void {
      const fields = [...new Set([...this.editedFields(campaignId), ...fieldIds])];
      db.insert(consolidations)
        .values({ campaignId, editedFields: fields, updatedAt: now })
        .onConflictDoUpdate({ target: consolidations.campaignId, set: { editedFields: fields, updatedAt: now } })
        .run();
    },

    /** The officers started over (/huy): every computed answer follows the units again. */
    clearEdited(campaignId: number, now: number): void {
      db.update(consolidations).set({ editedFields: [], updatedAt: now }).where(eq(consolidations.campaignId, campaignId)).run();
    },

    /** The newest stored version of a template key. */
    latestTemplateId(key: string): number | undefined {
      return db.select({ id: templates.id }).from(templates).where(eq(templates.key, key)).orderBy(desc(templates.version)).limit(1).get()?.id;
    },

    /** Open campaigns of a report type (template key) that require the unit: where its consolidated report also counts. */
    upperCampaigns(unitId: number, templateKey: string) {
      return db
        .select({ campaign: campaigns })
        .from(campaignUnits)
        .innerJoin(campaigns, eq(campaigns.id, campaignUnits.campaignId))
        .innerJoin(templates, eq(templates.id, campaigns.templateId))
        .where(and(eq(campaignUnits.unitId, unitId), eq(campaigns.status, "open"), eq(templates.key, templateKey)))
        .all()
        .map((r) => r.campaign);
    },

    /** Records which template a submission answers, when it is not its campaign's. */
    setSubmissionTemplate(submissionId: number, templateId: number): void {
      db.update(submissions).set({ templateId }).where(eq(submissions.id, submissionId)).run();
    },
  };
}

export type ConsolidationRepository = ReturnType<typeof createConsolidationRepository>;
