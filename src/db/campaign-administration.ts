/**
 * What officers do to a campaign once it runs: close it, move its deadline and reminder days, change
 * its units, return or mark late a report, claim reminder steps and record broadcasts. Part of the
 * officer repository (officer-repository.ts); runs inside the caller's transaction.
 */
import { and, asc, eq, inArray, like, lte, or, sql } from "drizzle-orm";
import type { Database } from "./database.ts";

export function createCampaignAdministration(database: Database) {
  const { broadcasts, campaigns, campaignUnits, reminderSteps, submissions } = database.tables;
  const db = () => database.db;
  const first = <T>(rows: T[]) => rows[0];

  return {
    async openCampaigns() {
      return db().select().from(campaigns).where(eq(campaigns.status, "open")).orderBy(asc(campaigns.id));
    },

    async closeCampaign(campaignId: number): Promise<void> {
      await db().update(campaigns).set({ status: "closed" }).where(eq(campaigns.id, campaignId));
    },

    async setReminderDays(campaignId: number, days: number[]): Promise<void> {
      await db().update(campaigns).set({ reminderDays: days }).where(eq(campaigns.id, campaignId));
    },

    /**
     * Moves the deadline. Reports submitted by the new one are no longer late: an extension made
     * after the old deadline left the units that sent theirs meanwhile marked late, while those
     * that waited were on time. Returns the units marked late no longer (their chats are told).
     */
    async setDeadline(campaignId: number, deadlineAt: number): Promise<number[]> {
      await db().update(campaigns).set({ deadlineAt }).where(eq(campaigns.id, campaignId));
      const forgiven = await db()
        .update(submissions)
        .set({ isLate: false })
        .where(and(eq(submissions.campaignId, campaignId), eq(submissions.isLate, true), lte(submissions.submittedAt, deadlineAt)))
        .returning({ unitId: submissions.unitId });
      return forgiven.map((row) => row.unitId);
    },

    /**
     * Renames the schedule's claimed steps to `prefix` + key when the deadline moves: the new
     * deadline's steps ("before-1" of another day) are then free to be sent, and the old ones stay
     * in the history (the last reminder's time is still read from them). Officers' own are kept.
     */
    async archiveReminderSteps(campaignId: number, prefix: string): Promise<void> {
      await db()
        .update(reminderSteps)
        .set({ stepKey: sql`${prefix} || ${reminderSteps.stepKey}` })
        .where(and(eq(reminderSteps.campaignId, campaignId), or(like(reminderSteps.stepKey, "before-%"), like(reminderSteps.stepKey, "overdue-%"))));
    },


    async addCampaignUnits(campaignId: number, unitIds: number[]): Promise<void> {
      if (unitIds.length === 0) return;
      await db().insert(campaignUnits).values(unitIds.map((unitId) => ({ campaignId, unitId }))).onConflictDoNothing();
    },

    async removeCampaignUnits(campaignId: number, unitIds: number[]): Promise<void> {
      if (unitIds.length === 0) return;
      await db().delete(campaignUnits).where(and(eq(campaignUnits.campaignId, campaignId), inArray(campaignUnits.unitId, unitIds)));
    },

    async campaignUnitIds(campaignId: number): Promise<number[]> {
      return (await db().select({ id: campaignUnits.unitId }).from(campaignUnits).where(eq(campaignUnits.campaignId, campaignId))).map((r) => r.id);
    },

    async returnSubmission(submissionId: number, comment: string, now: number): Promise<void> {
      await db().update(submissions).set({ status: "returned", returnComment: comment, updatedAt: now }).where(eq(submissions.id, submissionId));
    },

    async markLate(submissionId: number): Promise<void> {
      await db().update(submissions).set({ isLate: true }).where(eq(submissions.id, submissionId));
    },

    /** Claims a reminder step once, across restarts and instances; false when it was already handled. */
    async claimReminderStep(campaignId: number, stepKey: string, now: number, unitCount: number): Promise<boolean> {
      const claimed = await db()
        .insert(reminderSteps)
        .values({ campaignId, stepKey, sentAt: now, unitCount })
        .onConflictDoNothing()
        .returning({ stepKey: reminderSteps.stepKey });
      return claimed.length === 1;
    },

    /** The steps handled, in the order they were; steps handled in one pass (skipped ones) by key. */
    async reminderStepsOf(campaignId: number) {
      return db().select().from(reminderSteps).where(eq(reminderSteps.campaignId, campaignId)).orderBy(asc(reminderSteps.sentAt), asc(reminderSteps.stepKey));
    },

    async createBroadcast(channel: string, officersChatId: string, unreachable: number): Promise<number> {
      return first(await db().insert(broadcasts).values({ channel, officersChatId, unreachable }).returning({ id: broadcasts.id }))!.id;
    },

    async pendingBroadcastSummaries() {
      return db().select().from(broadcasts).where(eq(broadcasts.summarySent, false)).orderBy(asc(broadcasts.id));
    },

    async markBroadcastSummarized(id: number): Promise<boolean> {
      const marked = await db()
        .update(broadcasts)
        .set({ summarySent: true })
        .where(and(eq(broadcasts.id, id), eq(broadcasts.summarySent, false)))
        .returning({ id: broadcasts.id });
      return marked.length === 1;
    },
  };
}
