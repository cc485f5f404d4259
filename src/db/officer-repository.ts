/**
 * What the officers' commands read and write: members' roles, chat bindings and bind codes,
 * campaigns and their units' progress, reminder steps and broadcasts. Runs inside the caller's
 * transaction like every other repository.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { bindCodes, broadcasts, campaigns, campaignUnits, chats, conversations, members, reminderSteps, submissions, units } from "./schema.ts";

export function createOfficerRepository(db: Db) {
  // /status over thousands of units is one query: units, their submission, their conversation state.
  const statusRows = db
    .select({
      unitId: units.id,
      code: units.code,
      name: units.name,
      status: submissions.status,
      submittedBy: submissions.submittedBy,
      submittedAt: submissions.submittedAt,
      isLate: submissions.isLate,
      state: conversations.state,
    })
    .from(campaignUnits)
    .innerJoin(units, eq(units.id, campaignUnits.unitId))
    .leftJoin(submissions, and(eq(submissions.campaignId, campaignUnits.campaignId), eq(submissions.unitId, units.id)))
    .leftJoin(conversations, eq(conversations.key, sql`'report:' || ${campaignUnits.campaignId} || ':' || ${units.id}`))
    .where(eq(campaignUnits.campaignId, sql.placeholder("campaignId")))
    .orderBy(asc(units.code))
    .prepare();

  return {
    member(channel: string, externalId: string) {
      return db.select().from(members).where(and(eq(members.channel, channel), eq(members.externalId, externalId))).get();
    },

    setRole(channel: string, externalId: string, role: "officer" | "staff"): void {
      db.update(members).set({ role }).where(and(eq(members.channel, channel), eq(members.externalId, externalId))).run();
    },

    /**
     * Makes an id an officer, creating its member row when the person has not written yet (the id
     * stands in for the name until their first message brings the real one).
     */
    ensureOfficer(channel: string, externalId: string): void {
      db.insert(members)
        .values({ channel, externalId, displayName: externalId, role: "officer" })
        .onConflictDoUpdate({ target: [members.channel, members.externalId], set: { role: "officer" } })
        .run();
    },

    /** Officers on every platform: the last one may not be removed, or nobody could add another. */
    countOfficers(): number {
      return db.select({ n: sql<number>`count(*)` }).from(members).where(eq(members.role, "officer")).get()?.n ?? 0;
    },

    /** Records the unit a staff member first reported for (they act only on that unit's report). */
    claimMemberUnit(channel: string, externalId: string, unitId: number): void {
      db.update(members).set({ unitId }).where(and(eq(members.channel, channel), eq(members.externalId, externalId), isNull(members.unitId))).run();
    },

    allUnitCodes(): Set<string> {
      return new Set(db.select({ code: units.code }).from(units).all().map((r) => r.code.toUpperCase()));
    },

    /** Adds or updates units by code, then links parents; the caller runs it in one transaction. */
    upsertUnits(roster: { code: string; name: string; type: string; parent?: string; parentBody?: string; place?: string }[]): void {
      for (const unit of roster) {
        const values = { name: unit.name, type: unit.type, parentName: unit.parentBody?.toUpperCase() ?? null, placeName: unit.place ?? null };
        db.insert(units).values({ code: unit.code, ...values }).onConflictDoUpdate({ target: units.code, set: values }).run();
      }
      for (const unit of roster) {
        if (!unit.parent) continue;
        const parent = db.select().from(units).where(eq(units.code, unit.parent)).get()!;
        const parentName = unit.parentBody?.toUpperCase() ?? parent.name.toUpperCase();
        db.update(units).set({ parentUnitId: parent.id, parentName }).where(eq(units.code, unit.code)).run();
      }
    },

    unitById(id: number) {
      return db.select().from(units).where(eq(units.id, id)).get();
    },

    unitByCode(code: string) {
      return db.select().from(units).where(sql`upper(${units.code}) = upper(${code})`).get();
    },

    bindChat(channel: string, externalId: string, kind: "unit" | "officers", unitId: number | null): void {
      db.insert(chats)
        .values({ channel, externalId, kind, unitId })
        .onConflictDoUpdate({ target: [chats.channel, chats.externalId], set: { kind, unitId, isActive: true } })
        .run();
    },

    createBindCode(code: string, unitId: number, createdBy: string): void {
      db.insert(bindCodes).values({ code, unitId, createdBy }).run();
    },

    /** Uses a one-time bind code; returns its unit id, or undefined if unknown or already used. */
    consumeBindCode(code: string, now: number): number | undefined {
      const row = db.select().from(bindCodes).where(and(sql`upper(${bindCodes.code}) = upper(${code})`, isNull(bindCodes.usedAt))).get();
      if (!row) return undefined;
      db.update(bindCodes).set({ usedAt: now }).where(eq(bindCodes.code, row.code)).run();
      return row.unitId;
    },

    latestOpenCampaign() {
      return db.select().from(campaigns).where(eq(campaigns.status, "open")).orderBy(desc(campaigns.id)).limit(1).get();
    },

    openCampaigns() {
      return db.select().from(campaigns).where(eq(campaigns.status, "open")).orderBy(asc(campaigns.id)).all();
    },

    closeCampaign(campaignId: number): void {
      db.update(campaigns).set({ status: "closed" }).where(eq(campaigns.id, campaignId)).run();
    },

    setReminderDays(campaignId: number, days: number[]): void {
      db.update(campaigns).set({ reminderDays: days }).where(eq(campaigns.id, campaignId)).run();
    },

    allUnitIds(): number[] {
      return db.select({ id: units.id }).from(units).orderBy(asc(units.id)).all().map((r) => r.id);
    },

    unitsByCodes(codes: string[]) {
      if (codes.length === 0) return [];
      return db.select().from(units).where(inArray(sql`upper(${units.code})`, codes.map((c) => c.toUpperCase()))).all();
    },

    /** Active chats bound to the given units (all units when `unitIds` is undefined). */
    unitChats(unitIds?: number[]) {
      const bound = and(eq(chats.kind, "unit"), eq(chats.isActive, true));
      return db
        .select({ channel: chats.channel, externalId: chats.externalId, unitId: chats.unitId })
        .from(chats)
        .where(unitIds ? and(bound, inArray(chats.unitId, unitIds)) : bound)
        .orderBy(asc(chats.id))
        .all();
    },

    campaignUnitIds(campaignId: number): number[] {
      return db.select({ id: campaignUnits.unitId }).from(campaignUnits).where(eq(campaignUnits.campaignId, campaignId)).all().map((r) => r.id);
    },

    statusRows(campaignId: number) {
      return statusRows.all({ campaignId });
    },

    returnSubmission(submissionId: number, comment: string, now: number): void {
      db.update(submissions).set({ status: "returned", returnComment: comment, updatedAt: now }).where(eq(submissions.id, submissionId)).run();
    },

    markLate(submissionId: number): void {
      db.update(submissions).set({ isLate: true }).where(eq(submissions.id, submissionId)).run();
    },

    /** Claims a reminder step once; false when it was already handled (sent before a restart, say). */
    claimReminderStep(campaignId: number, stepKey: string, now: number, unitCount: number): boolean {
      return db.insert(reminderSteps).values({ campaignId, stepKey, sentAt: now, unitCount }).onConflictDoNothing().run().changes === 1;
    },

    reminderStepsOf(campaignId: number) {
      return db.select().from(reminderSteps).where(eq(reminderSteps.campaignId, campaignId)).orderBy(asc(reminderSteps.sentAt)).all();
    },

    createBroadcast(channel: string, officersChatId: string, unreachable: number): number {
      return db.insert(broadcasts).values({ channel, officersChatId, unreachable }).returning({ id: broadcasts.id }).get().id;
    },

    pendingBroadcastSummaries() {
      return db.select().from(broadcasts).where(eq(broadcasts.summarySent, false)).orderBy(asc(broadcasts.id)).all();
    },

    markBroadcastSummarized(id: number): boolean {
      return db.update(broadcasts).set({ summarySent: true }).where(and(eq(broadcasts.id, id), eq(broadcasts.summarySent, false))).run().changes === 1;
    },
  };
}

export type OfficerRepository = ReturnType<typeof createOfficerRepository>;
