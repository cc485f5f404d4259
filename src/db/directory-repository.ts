/**
 * Who is who: units, chats and their binding, members, templates and campaigns. Read on every
 * update to find which unit's report a chat message belongs to.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { campaigns, campaignUnits, chatMembers, chats, members, templates, units } from "./schema.ts";

export function createDirectoryRepository(db: Db) {
  const chatByExternal = db
    .select({ chat: chats, unit: units })
    .from(chats)
    .leftJoin(units, eq(units.id, chats.unitId))
    .where(and(eq(chats.channel, sql.placeholder("channel")), eq(chats.externalId, sql.placeholder("externalId"))))
    .prepare();
  const openCampaignForUnit = db
    .select({ campaign: campaigns })
    .from(campaignUnits)
    .innerJoin(campaigns, eq(campaigns.id, campaignUnits.campaignId))
    .where(and(eq(campaignUnits.unitId, sql.placeholder("unitId")), eq(campaigns.status, "open")))
    .orderBy(desc(campaigns.id))
    .limit(1)
    .prepare();

  const templateById = db.select({ definition: templates.definition }).from(templates).where(eq(templates.id, sql.placeholder("id"))).prepare();
  const touch = db
    .insert(members)
    .values({ channel: sql.placeholder("channel"), externalId: sql.placeholder("externalId"), displayName: sql.placeholder("displayName") })
    .onConflictDoUpdate({ target: [members.channel, members.externalId], set: { displayName: sql`excluded.display_name` } })
    .prepare();

  return {
    findChat(channel: string, externalId: string) {
      return chatByExternal.get({ channel, externalId });
    },

    /** The newest campaign that includes the unit, open or closed. */
    findLatestCampaign(unitId: number) {
      return db
        .select({ campaign: campaigns })
        .from(campaignUnits)
        .innerJoin(campaigns, eq(campaigns.id, campaignUnits.campaignId))
        .where(eq(campaignUnits.unitId, unitId))
        .orderBy(desc(campaigns.id))
        .limit(1)
        .get();
    },

    /** The newest open campaign that includes the unit. */
    findOpenCampaign(unitId: number) {
      return openCampaignForUnit.get({ unitId });
    },

    campaignById(id: number) {
      return db.select().from(campaigns).where(eq(campaigns.id, id)).get();
    },

    setUnitParent(unitId: number, parentUnitId: number): void {
      db.update(units).set({ parentUnitId }).where(eq(units.id, unitId)).run();
    },

    listUnits() {
      return db.select().from(units).orderBy(asc(units.code)).all();
    },

    /** Every campaign, newest first (an officer picks one by number or title). */
    listCampaigns() {
      return db.select().from(campaigns).orderBy(desc(campaigns.id)).all();
    },

    /** Records the unit that issues (and consolidates) a campaign. */
    setCampaignIssuer(campaignId: number, unitId: number): void {
      db.update(campaigns).set({ issuerUnitId: unitId }).where(eq(campaigns.id, campaignId)).run();
    },

    /** A template's stored definition (parsing it is the caller's job, and worth caching). */
    templateDefinition(templateId: number): unknown {
      return templateById.get({ id: templateId })?.definition;
    },

    /** Remembers a person and their latest display name. */
    touchMember(channel: string, externalId: string, displayName: string): void {
      touch.run({ channel, externalId, displayName });
    },

    /** Every active officers' chat, on any platform: they receive a copy of each submitted report. */
    listOfficerChats() {
      return db
        .select({ channel: chats.channel, externalId: chats.externalId })
        .from(chats)
        .where(and(eq(chats.kind, "officers"), eq(chats.isActive, true)))
        .orderBy(asc(chats.id))
        .all();
    },

    /** Remembers a chat the bot was added to (unbound until an officer binds it) and marks it active. */
    ensureChat(channel: string, externalId: string, title: string): void {
      db.insert(chats)
        .values({ channel, externalId, title })
        .onConflictDoUpdate({ target: [chats.channel, chats.externalId], set: { isActive: true, ...(title ? { title } : {}) } })
        .run();
    },

    setChatActive(channel: string, externalId: string, isActive: boolean): void {
      db.update(chats).set({ isActive }).where(and(eq(chats.channel, channel), eq(chats.externalId, externalId))).run();
    },

    /** A group's new id (supergroup upgrade): the binding follows; a no-op when already moved. */
    moveChat(channel: string, fromId: string, toId: string): void {
      const target = db.select({ id: chats.id }).from(chats).where(and(eq(chats.channel, channel), eq(chats.externalId, toId))).get();
      if (target) {
        const source = db.select().from(chats).where(and(eq(chats.channel, channel), eq(chats.externalId, fromId))).get();
        // Both ids known (the bot saw the new group first): keep the old binding on the new id.
        if (source && source.kind !== "unbound") {
          db.update(chats).set({ kind: source.kind, unitId: source.unitId, isActive: true }).where(eq(chats.id, target.id)).run();
          db.update(chats).set({ isActive: false }).where(eq(chats.id, source.id)).run();
        }
        return;
      }
      db.update(chats).set({ externalId: toId }).where(and(eq(chats.channel, channel), eq(chats.externalId, fromId))).run();
    },

    countUnits(): number {
      return db.select({ n: sql<number>`count(*)` }).from(units).get()?.n ?? 0;
    },

    insertUnit(values: typeof units.$inferInsert) {
      return db.insert(units).values(values).returning().get();
    },

    insertChat(values: typeof chats.$inferInsert) {
      return db.insert(chats).values(values).returning().get();
    },

    insertMember(values: typeof members.$inferInsert) {
      return db.insert(members).values(values).returning().get();
    },

    addChatMember(chatId: number, memberId: number): void {
      db.insert(chatMembers).values({ chatId, memberId }).onConflictDoNothing().run();
    },

    insertCampaign(values: typeof campaigns.$inferInsert, unitIds: number[]) {
      const campaign = db.insert(campaigns).values(values).returning().get();
      for (const unitId of unitIds) db.insert(campaignUnits).values({ campaignId: campaign.id, unitId }).run();
      return campaign;
    },

    /** Stores a template version once; returns its row id. */
    upsertTemplate(key: string, version: number, title: string, definition: unknown): number {
      db.insert(templates).values({ key, version, title, definition }).onConflictDoNothing().run();
      const row = db.select({ id: templates.id }).from(templates).where(and(eq(templates.key, key), eq(templates.version, version))).get();
      if (!row) throw new Error(`template ${key} v${version} was not stored`);
      return row.id;
    },

    /** Stored templates, newest version of each key last. */
    listTemplates() {
      return db.select({ id: templates.id, key: templates.key, title: templates.title, version: templates.version }).from(templates).orderBy(asc(templates.key), asc(templates.version)).all();
    },

    /** Chats of one channel with their unit code, for the local chat's picker. */
    listChats(channel: string) {
      return db
        .select({ chat: chats, unitCode: units.code })
        .from(chats)
        .leftJoin(units, eq(units.id, chats.unitId))
        .where(eq(chats.channel, channel))
        .orderBy(asc(chats.id))
        .all();
    },

    listChatMembers(chatId: number) {
      return db
        .select({ externalId: members.externalId, displayName: members.displayName, role: members.role })
        .from(chatMembers)
        .innerJoin(members, eq(members.id, chatMembers.memberId))
        .where(eq(chatMembers.chatId, chatId))
        .orderBy(asc(members.id))
        .all();
    },
  };
}

export type DirectoryRepository = ReturnType<typeof createDirectoryRepository>;
