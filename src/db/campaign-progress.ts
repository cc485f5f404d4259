/**
 * Where each unit's report stands in a campaign, for the officers: /status, the board, /tonghop's
 * notice. Over thousands of units each is one query. Part of the officer repository
 * (officer-repository.ts).
 */
import { and, asc, desc, eq, exists, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import { reportAnswers } from "./report-answers.ts";

export function createCampaignProgress(database: Database) {
  const { campaigns, campaignUnits, submissions, units } = database.tables;
  const db = () => database.db;
  /** The units of a campaign with their submission and its current answers. */
  const statusQuery = (where: SQL | undefined) =>
    db()
      .select({
        unitId: units.id,
        code: units.code,
        name: units.name,
        status: submissions.status,
        version: submissions.version,
        submittedBy: submissions.submittedBy,
        submittedAt: submissions.submittedAt,
        isLate: submissions.isLate,
        returnComment: submissions.returnComment,
        updatedAt: submissions.updatedAt,
        currentAnswers: reportAnswers(database),
      })
      .from(campaignUnits)
      .innerJoin(units, eq(units.id, campaignUnits.unitId))
      .leftJoin(submissions, and(eq(submissions.campaignId, campaignUnits.campaignId), eq(submissions.unitId, units.id)))
      .where(where);

  return {
    /** /status over thousands of units is one query: units, their submission, its current answers. */
    async statusRows(campaignId: number) {
      return statusQuery(eq(campaignUnits.campaignId, campaignId)).orderBy(asc(units.code));
    },

    /** Each unit's name and where its report stands, by code: what /tonghop's notice counts (no answers read). */
    async unitStatuses(campaignId: number): Promise<{ unitId: number; name: string; status: "in_progress" | "submitted" | "returned" | null }[]> {
      return db()
        .select({ unitId: units.id, name: units.name, status: submissions.status })
        .from(campaignUnits)
        .innerJoin(units, eq(units.id, campaignUnits.unitId))
        .leftJoin(submissions, and(eq(submissions.campaignId, campaignUnits.campaignId), eq(submissions.unitId, units.id)))
        .where(eq(campaignUnits.campaignId, campaignId))
        .orderBy(asc(units.code));
    },

    /**
     * The newest `limit` campaigns closed still taking late reports with a unit not submitted (not
     * in, or returned), newest first: one query, however many such campaigns the years have left.
     */
    async newestLateWithUnitsMissing(limit: number) {
      const missing = db()
        .select({ one: sql`1` })
        .from(campaignUnits)
        .leftJoin(submissions, and(eq(submissions.campaignId, campaignUnits.campaignId), eq(submissions.unitId, campaignUnits.unitId)))
        .where(and(eq(campaignUnits.campaignId, campaigns.id), or(isNull(submissions.status), ne(submissions.status, "submitted"))));
      return db()
        .select()
        .from(campaigns)
        .where(and(eq(campaigns.status, "closed"), eq(campaigns.latePolicy, "accept"), exists(missing)))
        .orderBy(desc(campaigns.id))
        .limit(limit);
    },

    /** One unit's line of statusRows; undefined when the campaign does not require that unit. */
    async statusRow(campaignId: number, unitId: number) {
      const [row] = await statusQuery(and(eq(campaignUnits.campaignId, campaignId), eq(campaignUnits.unitId, unitId))).limit(1);
      return row;
    },

    /** How many submissions a campaign has and when the latest changed: what a board polls. */
    async campaignActivityStamp(campaignId: number): Promise<{ submissions: number; latest: number }> {
      const [row] = await db()
        .select({ n: sql<number>`count(*)`, latest: sql<number | null>`max(${submissions.updatedAt})` })
        .from(submissions)
        .where(eq(submissions.campaignId, campaignId));
      return { submissions: Number(row?.n ?? 0), latest: Number(row?.latest ?? 0) };
    },
  };
}
