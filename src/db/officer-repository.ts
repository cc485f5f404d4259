/**
 * What the officers' commands read and write: members' roles, units, chat bindings and bind codes;
 * campaigns' progress (campaign-progress.ts) and what officers do to a campaign
 * (campaign-administration.ts) are spread in. Runs inside the caller's transaction like every
 * other repository.
 */
import { and, asc, eq, gt, inArray, isNotNull, isNull, ne, notInArray, sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import { createCampaignAdministration } from "./campaign-administration.ts";
import { createCampaignProgress } from "./campaign-progress.ts";
import { columnsOf, rowReader } from "./table-rows.ts";

/** How long an officer's bind code (officers/bind-codes.ts) can be used: a week. */
export const BIND_CODE_TTL_MS = 7 * 86_400_000;

export function createOfficerRepository(database: Database) {
  const { bindCodes, campaigns, chats, members, units } = database.tables;
  const db = () => database.db;
  const memberIs = (channel: string, externalId: string) => and(eq(members.channel, channel), eq(members.externalId, externalId));
  const first = <T>(rows: T[]) => rows[0];
  // Read on every update: prepared once.
  const memberRow = database.statement(`SELECT ${columnsOf(members, "m")} FROM members m WHERE m.channel = ? AND m.external_id = ?`);
  const readMember = rowReader(members);

  return {
    ...createCampaignProgress(database),
    ...createCampaignAdministration(database),

    async member(channel: string, externalId: string) {
      const raw = await memberRow.get(channel, externalId);
      return raw && readMember(raw);
    },

    async setRole(channel: string, externalId: string, role: "officer" | "staff"): Promise<void> {
      await db().update(members).set({ role }).where(memberIs(channel, externalId));
    },

    /**
     * Makes an id an officer, creating its member row when the person has not written yet (the id
     * stands in for the name until their first message brings the real one).
     */
    async ensureOfficer(channel: string, externalId: string): Promise<void> {
      await db()
        .insert(members)
        .values({ channel, externalId, displayName: externalId, role: "officer" })
        .onConflictDoUpdate({ target: [members.channel, members.externalId], set: { role: "officer" } });
    },

    /**
     * The officers of one platform, by name as Vietnamese sorts it: what /canbo alone lists. Sorted
     * here, not in SQL: SQLite orders bytes ("Đ" after "Z"), PostgreSQL by the database's collation.
     */
    async listOfficers(channel: string): Promise<{ displayName: string; externalId: string }[]> {
      const rows = await db()
        .select({ displayName: members.displayName, externalId: members.externalId })
        .from(members)
        .where(and(eq(members.channel, channel), eq(members.role, "officer")));
      return rows.sort((a, b) => a.displayName.localeCompare(b.displayName, "vi") || a.externalId.localeCompare(b.externalId));
    },

    /** Officers on every platform: the last one may not be removed, or nobody could add another. */
    async countOfficers(): Promise<number> {
      return Number(first(await db().select({ n: sql<number>`count(*)` }).from(members).where(eq(members.role, "officer")))?.n ?? 0);
    },

    /**
     * Officers who have written to the bot: an id from OFFICER_IDS nobody has written from yet is
     * named by its id (ensureOfficer), and may be a mistyped one ("telegram:@kha", a wrong number).
     */
    async countOfficersWhoWrote(): Promise<number> {
      const wrote = and(eq(members.role, "officer"), ne(members.displayName, members.externalId));
      return Number(first(await db().select({ n: sql<number>`count(*)` }).from(members).where(wrote))?.n ?? 0);
    },

    /**
     * Records the unit a staff member first reported for (they act only on that unit's report) and
     * returns the unit they are bound to: another one when a message from another unit's chat, on
     * another instance, bound them first (the row lock makes the second update see the first's unit).
     */
    async claimMemberUnit(channel: string, externalId: string, unitId: number): Promise<number | undefined> {
      const rows = await db()
        .update(members)
        .set({ unitId: sql`coalesce(${members.unitId}, ${unitId})` })
        .where(memberIs(channel, externalId))
        .returning({ unitId: members.unitId });
      return rows[0]?.unitId ?? undefined;
    },

    /** Frees a staff member to report for another unit: the next report they work on binds them again. */
    async releaseMemberUnit(channel: string, externalId: string): Promise<void> {
      await db().update(members).set({ unitId: null }).where(memberIs(channel, externalId));
    },

    async allUnitCodes(): Promise<Set<string>> {
      return new Set((await db().select({ code: units.code }).from(units)).map((r) => r.code.toUpperCase()));
    },

    /** Adds or updates units by code, then links parents; the caller runs it in one transaction. */
    async upsertUnits(roster: { code: string; name: string; type: string; parent?: string; parentBody?: string; place?: string }[]): Promise<void> {
      for (const unit of roster) {
        // A row is the unit's whole record: a parent left empty is no parent (it kept the old one,
        // counted under it, its documents' header without the upper line).
        const values = { name: unit.name, type: unit.type, parentUnitId: null, parentName: unit.parentBody?.toUpperCase() ?? null, placeName: unit.place ?? null };
        await db().insert(units).values({ code: unit.code, ...values }).onConflictDoUpdate({ target: units.code, set: values });
      }
      for (const unit of roster) {
        if (!unit.parent) continue;
        const parent = first(await db().select().from(units).where(eq(units.code, unit.parent)).limit(1))!;
        const parentName = unit.parentBody?.toUpperCase() ?? parent.name.toUpperCase();
        await db().update(units).set({ parentUnitId: parent.id, parentName }).where(eq(units.code, unit.code));
      }
    },

    async unitById(id: number) {
      return first(await db().select().from(units).where(eq(units.id, id)).limit(1));
    },

    async unitByCode(code: string) {
      return first(await db().select().from(units).where(sql`upper(${units.code}) = upper(${code})`).limit(1));
    },

    async bindChat(channel: string, externalId: string, kind: "unit" | "officers", unitId: number | null): Promise<void> {
      await db()
        .insert(chats)
        .values({ channel, externalId, kind, unitId })
        .onConflictDoUpdate({ target: [chats.channel, chats.externalId], set: { kind, unitId, isActive: true } });
    },

    async createBindCode(code: string, unitId: number, createdBy: string, now: number): Promise<void> {
      await db().insert(bindCodes).values({ code, unitId, createdBy, createdAt: now });
    },

    /** Uses a one-time bind code; returns its unit id, or undefined if unknown, used or expired (BIND_CODE_TTL_MS). */
    async consumeBindCode(code: string, now: number): Promise<number | undefined> {
      // One statement: of two instances using the same code at once, only one gets it.
      const [used] = await db()
        .update(bindCodes)
        .set({ usedAt: now })
        .where(and(sql`upper(${bindCodes.code}) = upper(${code})`, isNull(bindCodes.usedAt), gt(bindCodes.createdAt, now - BIND_CODE_TTL_MS)))
        .returning({ unitId: bindCodes.unitId });
      return used?.unitId;
    },

    async allUnitIds(): Promise<number[]> {
      return (await db().select({ id: units.id }).from(units).orderBy(asc(units.id))).map((r) => r.id);
    },

    /** Every unit but those that issued a campaign: the officers' own office reports in none. */
    async unitIdsButIssuers(): Promise<number[]> {
      const issuers = db().select({ id: campaigns.issuerUnitId }).from(campaigns).where(isNotNull(campaigns.issuerUnitId));
      return (await db().select({ id: units.id }).from(units).where(notInArray(units.id, issuers)).orderBy(asc(units.id))).map((r) => r.id);
    },

    async unitsByCodes(codes: string[]) {
      if (codes.length === 0) return [];
      return db().select().from(units).where(inArray(sql`upper(${units.code})`, codes.map((c) => c.toUpperCase())));
    },

    /** Active chats bound to the given units (all units when `unitIds` is undefined). */
    async unitChats(unitIds?: number[]) {
      const bound = and(eq(chats.kind, "unit"), eq(chats.isActive, true));
      return db()
        .select({ channel: chats.channel, externalId: chats.externalId, unitId: chats.unitId })
        .from(chats)
        .where(unitIds ? and(bound, inArray(chats.unitId, unitIds)) : bound)
        .orderBy(asc(chats.id));
    },
  };
}

export type OfficerRepository = ReturnType<typeof createOfficerRepository>;
