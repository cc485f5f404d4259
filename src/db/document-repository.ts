/**
 * Generated files: a pending row per submitted version (and per campaign-wide file asked for), its
 * bytes once rendered, and everything the report renderer needs (template, frozen answers, unit,
 * campaign) in one read.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { campaigns, documents, type DocumentRow, submissions, submissionVersions, units } from "./schema.ts";

/** The files made for a whole campaign rather than one unit's report. */
export type CampaignFileKind = Exclude<DocumentRow["kind"], "report">;

export function createDocumentRepository(db: Db) {
  return {
    create(submissionId: number, version: number, fileName: string): number {
      return db.insert(documents).values({ submissionId, version, fileName }).returning({ id: documents.id }).get().id;
    },

    /** A campaign-wide file (the full status list), rendered later like a report. */
    createCampaignFile(kind: CampaignFileKind, campaignId: number, fileName: string): number {
      return db.insert(documents).values({ kind, campaignId, version: 1, fileName }).returning({ id: documents.id }).get().id;
    },

    get(id: number): DocumentRow | undefined {
      return db.select().from(documents).where(eq(documents.id, id)).get();
    },

    latestFor(submissionId: number): DocumentRow | undefined {
      return db.select().from(documents).where(eq(documents.submissionId, submissionId)).orderBy(desc(documents.version)).limit(1).get();
    },

    listForSubmission(submissionId: number): DocumentRow[] {
      return db.select().from(documents).where(eq(documents.submissionId, submissionId)).orderBy(asc(documents.version)).all();
    },

    pendingIds(limit: number): number[] {
      return db.select({ id: documents.id }).from(documents).where(eq(documents.status, "pending")).orderBy(asc(documents.id)).limit(limit).all().map((r) => r.id);
    },

    storeRendered(id: number, content: Buffer, now: number): void {
      db.update(documents).set({ status: "ready", content, renderedAt: now }).where(and(eq(documents.id, id), eq(documents.status, "pending"))).run();
    },

    /** What the renderer needs for one document; undefined when the document does not exist. */
    renderInput(id: number) {
      return db
        .select({
          document: { id: documents.id, version: documents.version, fileName: documents.fileName },
          // The issuing unit's consolidated report answers its own template, not the campaign's.
          templateId: sql<number>`coalesce(${submissions.templateId}, ${campaigns.templateId})`,
          answers: submissionVersions.answers,
          submittedAt: submissionVersions.submittedAt,
          unit: { name: units.name, parentName: units.parentName, placeName: units.placeName },
          campaign: { issuerName: campaigns.issuerName, referenceText: campaigns.referenceText, deadlineAt: campaigns.deadlineAt },
        })
        .from(documents)
        .innerJoin(submissions, eq(submissions.id, documents.submissionId))
        .innerJoin(submissionVersions, and(eq(submissionVersions.submissionId, documents.submissionId), eq(submissionVersions.version, documents.version)))
        .innerJoin(campaigns, eq(campaigns.id, submissions.campaignId))
        .innerJoin(units, eq(units.id, submissions.unitId))
        .where(eq(documents.id, id))
        .get();
    },
  };
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
