/**
 * Generated files: a pending row per submitted version (and per campaign-wide file asked for), its
 * bytes once rendered, and everything the report renderer needs (template, frozen answers, unit,
 * campaign) in one read.
 */
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import type { DocumentRow } from "./schema.ts";

/** The files made for a whole campaign rather than one unit's report. */
export type CampaignFileKind = Exclude<DocumentRow["kind"], "report">;
const CAMPAIGN_FILE_KINDS: CampaignFileKind[] = ["status-sheet", "export", "consolidated-draft"];

export function createDocumentRepository(database: Database) {
  const { campaigns, documents, submissions, submissionVersions, units } = database.tables;
  const db = () => database.db;
  // Each submission: prepared once.
  const insertReport = database.statement<{ id: number }>("INSERT INTO documents (submission_id, version, file_name) VALUES (?, ?, ?) RETURNING id");
  // The unit's submissions (an index; its own campaign's too, which does not list the issuer among
  // its units), then their documents (an index): a few rows.
  const nameInOtherCampaign = database.statement(
    `SELECT 1 AS one FROM submissions s JOIN documents d ON d.submission_id = s.id
     WHERE s.unit_id = ? AND s.campaign_id <> ? AND d.file_name = ? LIMIT 1`,
  );
  return {
    async create(submissionId: number, version: number, fileName: string): Promise<number> {
      return (await insertReport.get(submissionId, version, fileName))!.id;
    },

    /** Whether a unit's report in another of its campaigns has a document of this name. */
    async unitNameTaken(unitId: number, campaignId: number, fileName: string): Promise<boolean> {
      return (await nameInOtherCampaign.get(unitId, campaignId, fileName)) !== undefined;
    },

    /** A campaign-wide file (the full status list), rendered later like a report. */
    async createCampaignFile(kind: CampaignFileKind, campaignId: number, fileName: string): Promise<number> {
      const [row] = await db().insert(documents).values({ kind, campaignId, version: 1, fileName }).returning({ id: documents.id });
      return row!.id;
    },

    /**
     * Deletes the campaign-wide files rendered before `before`: every /xuat, /tonghop and download on
     * the web page makes one, and their links last a day. One never rendered (its rendering kept
     * failing) goes once it was made before `before`. Reports stay (they are the record).
     */
    async deleteCampaignFilesBefore(before: number): Promise<number> {
      const gone = await db()
        .delete(documents)
        .where(and(inArray(documents.kind, CAMPAIGN_FILE_KINDS), or(lt(documents.renderedAt, before), and(isNull(documents.renderedAt), lt(documents.createdAt, before)))))
        .returning({ id: documents.id });
      return gone.length;
    },

    async get(id: number): Promise<DocumentRow | undefined> {
      const [row] = await db().select().from(documents).where(eq(documents.id, id)).limit(1);
      return row;
    },

    async latestFor(submissionId: number): Promise<DocumentRow | undefined> {
      const [row] = await db().select().from(documents).where(eq(documents.submissionId, submissionId)).orderBy(desc(documents.version)).limit(1);
      return row;
    },

    async listForSubmission(submissionId: number): Promise<DocumentRow[]> {
      return db().select().from(documents).where(eq(documents.submissionId, submissionId)).orderBy(asc(documents.version));
    },

    /** A submission's files without their bytes (what a page lists and links to). */
    async filesOf(submissionId: number): Promise<Pick<DocumentRow, "id" | "version" | "fileName">[]> {
      return db().select({ id: documents.id, version: documents.version, fileName: documents.fileName }).from(documents).where(eq(documents.submissionId, submissionId)).orderBy(asc(documents.version));
    },

    async pendingIds(limit: number): Promise<number[]> {
      const rows = await db().select({ id: documents.id }).from(documents).where(eq(documents.status, "pending")).orderBy(asc(documents.id)).limit(limit);
      return rows.map((r) => r.id);
    },

    /** False when the document was rendered already (elsewhere): the bytes stored then are the document. */
    async storeRendered(id: number, content: Buffer, now: number): Promise<boolean> {
      const stored = await db()
        .update(documents)
        .set({ status: "ready", content, renderedAt: now })
        .where(and(eq(documents.id, id), eq(documents.status, "pending")))
        .returning({ id: documents.id });
      return stored.length > 0;
    },

    /** What the renderer needs for one document; undefined when the document does not exist. */
    async renderInput(id: number) {
      const [row] = await db()
        .select({
          document: { id: documents.id, version: documents.version, fileName: documents.fileName },
          // The issuing unit's consolidated report answers its own template, not the campaign's.
          templateId: sql<number>`coalesce(${submissions.templateId}, ${campaigns.templateId})`,
          answers: submissionVersions.answers,
          submittedAt: submissionVersions.submittedAt,
          unit: { name: units.name, parentName: units.parentName, placeName: units.placeName },
          campaign: { title: campaigns.title, issuerName: campaigns.issuerName, referenceText: campaigns.referenceText, deadlineAt: campaigns.deadlineAt, createdAt: campaigns.createdAt, period: campaigns.period },
          // The issuing unit's own report in its campaign (its consolidated one): set by issuerOf before it is submitted.
          issuerUnitId: campaigns.issuerUnitId,
          unitId: submissions.unitId,
        })
        .from(documents)
        .innerJoin(submissions, eq(submissions.id, documents.submissionId))
        .innerJoin(submissionVersions, and(eq(submissionVersions.submissionId, documents.submissionId), eq(submissionVersions.version, documents.version)))
        .innerJoin(campaigns, eq(campaigns.id, submissions.campaignId))
        .innerJoin(units, eq(units.id, submissions.unitId))
        .where(eq(documents.id, id))
        .limit(1);
      return row;
    },
  };
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
