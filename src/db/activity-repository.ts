/**
 * Each campaign's activity log: who did what and when, in the chat, on the web page, or by the
 * bot's own schedule. Written in the same transaction as the action, so a log line never tells of
 * something that did not happen.
 */
import { and, asc, desc, eq, gt } from "drizzle-orm";
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
    async record(campaignId: number, actor: Actor, action: string, detail: string, at: number): Promise<void> {
      await db().insert(campaignActivity).values({ campaignId, at, actorId: actor.id, actorName: actor.name, source: actor.source, action, detail });
    },

    /** When this action was last logged with this detail after `since` (by the campaign's index on time), if it was. */
    async lastSince(campaignId: number, action: string, detail: string, since: number): Promise<number | undefined> {
      const [row] = await db()
        .select({ at: campaignActivity.at })
        .from(campaignActivity)
        .where(and(eq(campaignActivity.campaignId, campaignId), gt(campaignActivity.at, since), eq(campaignActivity.action, action), eq(campaignActivity.detail, detail)))
        .orderBy(desc(campaignActivity.at))
        .limit(1);
      return row?.at;
    },

    async list(campaignId: number) {
      return db().select().from(campaignActivity).where(eq(campaignActivity.campaignId, campaignId)).orderBy(asc(campaignActivity.at), asc(campaignActivity.id));
    },

    /** The returns of a unit's report in the campaign, oldest first: who, when, and the comment (logged as "<unit>: <comment>"). */
    async returnsOf(campaignId: number, unitName: string): Promise<{ at: number; by: string; comment: string }[]> {
      const rows = await db()
        .select({ at: campaignActivity.at, by: campaignActivity.actorName, detail: campaignActivity.detail })
        .from(campaignActivity)
        .where(and(eq(campaignActivity.campaignId, campaignId), eq(campaignActivity.action, "returned")))
        .orderBy(asc(campaignActivity.at), asc(campaignActivity.id));
      const prefix = `${unitName}: `;
      return rows.flatMap((row) => (row.detail.startsWith(prefix) ? [{ at: row.at, by: row.by, comment: row.detail.slice(prefix.length) }] : []));
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
