/**
 * Each campaign's activity log: who did what and when, in the chat, on the web page, or by the
 * bot's own schedule. Written in the same transaction as the action, so a log line never tells of
 * something that did not happen.
 */
import { and, asc, eq, gt } from "drizzle-orm";
import type { Database } from "./database.ts";

export type ActivitySource = "chat" | "web" | "schedule";

/** Who acted: a person on a platform (or on the page, signed in as one), or the schedule. */
export interface Actor {
  id: string;
  name: string;
  source: ActivitySource;
}

export const SCHEDULE_ACTOR: Actor = { id: "", name: "", source: "schedule" };

export function createActivityRepository(database: Database) {
  const { campaignActivity, submissions, submissionVersions, units } = database.tables;
  const db = () => database.db;

  return {
    /** `unitId`: the unit the action concerned (a return, a unit's reminder), found by it later. */
    async record(campaignId: number, actor: Actor, action: string, detail: string, at: number, unitId?: number): Promise<void> {
      await db().insert(campaignActivity).values({ campaignId, at, actorId: actor.id, actorName: actor.name, source: actor.source, action, detail, unitId: unitId ?? null });
    },

    /** The units this action was logged for after `since` (a unit's reminder, say). */
    async unitsSince(campaignId: number, action: string, since: number): Promise<number[]> {
      const rows = await db()
        .selectDistinct({ unitId: campaignActivity.unitId })
        .from(campaignActivity)
        .where(and(eq(campaignActivity.campaignId, campaignId), gt(campaignActivity.at, since), eq(campaignActivity.action, action)));
      return rows.flatMap((row) => (row.unitId === null ? [] : [row.unitId]));
    },

    async list(campaignId: number) {
      return db().select().from(campaignActivity).where(eq(campaignActivity.campaignId, campaignId)).orderBy(asc(campaignActivity.at), asc(campaignActivity.id));
    },

    /** The returns of a unit's report in the campaign, oldest first: who, when, and the comment (logged as "<unit>: <comment>"). */
    async returnsOf(campaignId: number, unit: { id: number; name: string }): Promise<{ at: number; by: string; comment: string }[]> {
      const rows = await db()
        .select({ at: campaignActivity.at, by: campaignActivity.actorName, detail: campaignActivity.detail, unitId: campaignActivity.unitId })
        .from(campaignActivity)
        .where(and(eq(campaignActivity.campaignId, campaignId), eq(campaignActivity.action, "returned")))
        .orderBy(asc(campaignActivity.at), asc(campaignActivity.id));
      // The detail is "unit name: comment", the name as it was then. Rows written before units
      // were recorded are found by the name as it is now.
      const prefix = `${unit.name}: `;
      return rows.flatMap((row) => {
        if (row.unitId !== null) return row.unitId === unit.id ? [{ at: row.at, by: row.by, comment: row.detail.slice(row.detail.indexOf(": ") + 2) }] : [];
        return row.detail.startsWith(prefix) ? [{ at: row.at, by: row.by, comment: row.detail.slice(prefix.length) }] : [];
      });
    },

    /** Every version the units submitted in the campaign, oldest first: the other half of its story. */
    async submissions(campaignId: number) {
      return db()
        .select({ unitName: units.name, version: submissionVersions.version, submittedBy: submissionVersions.submittedBy, submittedAt: submissionVersions.submittedAt })
        .from(submissionVersions)
        .innerJoin(submissions, eq(submissions.id, submissionVersions.submissionId))
        .innerJoin(units, eq(units.id, submissions.unitId))
        .where(eq(submissions.campaignId, campaignId))
        .orderBy(asc(submissionVersions.submittedAt), asc(submissionVersions.version));
    },
  };
}

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
