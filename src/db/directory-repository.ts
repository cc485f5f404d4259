/**
 * Who is who: units, chats and their binding, members, templates and campaigns. Read on every
 * update to find which unit's report a chat message belongs to.
 */
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import { reportKey, reportKeySql } from "./report-key.ts";
import { createDirectoryChats } from "./directory-chats.ts";
import { createUnitCampaigns, currentOpenCampaign } from "./unit-campaigns.ts";
import { readLockedReport } from "./report-read.ts";
import { columnsOf, rowReader } from "./table-rows.ts";

export function createDirectoryRepository(database: Database) {
  const { campaigns, campaignUnits, chats, members, templates, units } = database.tables;
  const db = () => database.db;
  // Read on every update: hand-written statements, prepared once.
  const chatWithUnit = database.statement(
    `SELECT ${columnsOf(chats, "c", "chat.")}, ${columnsOf(units, "u", "unit.")} FROM chats c LEFT JOIN units u ON u.id = c.unit_id WHERE c.channel = ? AND c.external_id = ?`,
  );
  const readChat = rowReader(chats, "chat.");
  const readUnit = rowReader(units, "unit.");
  // Who wrote where, in one read (on PostgreSQL one round trip instead of three): the chat and its
  // unit, the sender, and the open campaign that unit works on.
  const senderInChatSql = `SELECT ${columnsOf(chats, "c", "chat.")}, ${columnsOf(units, "u", "unit.")}, ${columnsOf(members, "m", "member.")}, ${columnsOf(campaigns, "k", "campaign.")}
     FROM (SELECT 1 AS one) here
     LEFT JOIN chats c ON c.channel = ? AND c.external_id = ?
     LEFT JOIN units u ON u.id = c.unit_id
     LEFT JOIN members m ON m.channel = ? AND m.external_id = ?
     LEFT JOIN campaigns k ON k.id = (${currentOpenCampaign("u.id")})`;
  // PostgreSQL: the same call also takes the lock of the report a message in a unit's chat goes to
  // (its unit's open campaign), then reads that report: what the update needs next, with no round
  // trip of its own. The directory's rows were read before any wait for that lock; the report's
  // are read after it (report_after_lock, migration 0010).
  const senderInChat = database.statement(
    database.dialect === "postgres"
      ? `WITH found AS (${senderInChatSql})
         SELECT found.*, r.report_locked AS "report.locked", r.report_conversation AS "report.conversation", r.report_submission AS "report.submission", r.report_answers AS "report.answers"
         FROM found LEFT JOIN LATERAL report_after_lock(CASE WHEN found."chat.kind" = 'unit' AND found."campaign.id" IS NOT NULL AND found."unit.id" IS NOT NULL
           THEN ${reportKeySql(`found."campaign.id"`, `found."unit.id"`)} END, found."campaign.id", found."unit.id") r ON true`
      : senderInChatSql,
  );
  const readReport = readLockedReport(database);
  const readMember = rowReader(members, "member.");
  const readOpenCampaign = rowReader(campaigns, "campaign.");
  // Each submission sends the officers' chats a copy: prepared once.
  const officerChats = database.statement<{ channel: string; externalId: string }>(
    `SELECT channel, external_id AS "externalId" FROM chats WHERE kind = 'officers' AND is_active = true ORDER BY id`,
  );
  const upsertMember = database.statement(
    "INSERT INTO members (channel, external_id, display_name) VALUES (?, ?, ?) ON CONFLICT (channel, external_id) DO UPDATE SET display_name = excluded.display_name",
  );

  return {
    ...createDirectoryChats(database),
    ...createUnitCampaigns(database),

    async findChat(channel: string, externalId: string) {
      const raw = await chatWithUnit.get(channel, externalId);
      const chat = raw && readChat(raw);
      return chat && { chat, unit: readUnit(raw) ?? null };
    },

    /**
     * What an update needs to know first, inside its transaction: the chat (with its unit) it came
     * from, who sent it, and the open campaign the chat's unit works on. On PostgreSQL the lock of
     * that campaign's report of the unit is then held (see `Database.lock`), and `report` is that
     * report as read right after the lock (undefined on SQLite, where `loadReport` reads it).
     */
    async senderInChat(channel: string, chatExternalId: string, senderId: string) {
      const raw = (await senderInChat.get(channel, chatExternalId, channel, senderId))!;
      const chat = readChat(raw);
      const campaign = readOpenCampaign(raw);
      const unitId = raw["unit.id"];
      const report = raw["report.locked"] === true && campaign && typeof unitId === "number" ? { key: reportKey(campaign.id, unitId), ...readReport(raw) } : undefined;
      if (report) database.tookLock(report.key);
      return { found: chat && { chat, unit: readUnit(raw) ?? null }, member: readMember(raw), openCampaign: campaign && { campaign }, report };
    },

    async campaignById(id: number) {
      const [row] = await db().select().from(campaigns).where(eq(campaigns.id, id)).limit(1);
      return row;
    },

    async setUnitParent(unitId: number, parentUnitId: number): Promise<void> {
      await db().update(units).set({ parentUnitId }).where(eq(units.id, unitId));
    },

    async listUnits() {
      return db().select().from(units).orderBy(asc(units.code));
    },

    /** Every campaign, newest first (an officer picks one by number or title). */
    async listCampaigns() {
      return db().select().from(campaigns).orderBy(desc(campaigns.id));
    },

    /** Records the unit that issues (and consolidates) a campaign. */
    async setCampaignIssuer(campaignId: number, unitId: number): Promise<void> {
      await db().update(campaigns).set({ issuerUnitId: unitId }).where(eq(campaigns.id, campaignId));
    },

    /** A template's stored definition (parsing it is the caller's job, and worth caching). */
    async templateDefinition(templateId: number): Promise<unknown> {
      const [row] = await db().select({ definition: templates.definition }).from(templates).where(eq(templates.id, templateId)).limit(1);
      return row?.definition;
    },

    /** Remembers a person and their latest display name. */
    async touchMember(channel: string, externalId: string, displayName: string): Promise<void> {
      await upsertMember.run(channel, externalId, displayName);
    },

    /** Every active officers' chat, on any platform: they receive a copy of each submitted report. */
    async listOfficerChats(): Promise<{ channel: string; externalId: string }[]> {
      return officerChats.all();
    },

    async countUnits(): Promise<number> {
      const [row] = await db().select({ n: sql<number>`count(*)` }).from(units);
      return Number(row?.n ?? 0);
    },

    async insertUnit(values: typeof units.$inferInsert) {
      const [row] = await db().insert(units).values(values).returning();
      return row!;
    },

    /** Everyone who wrote to the bot on a platform (an officer names one by name: /canbo them). */
    async membersOf(channel: string) {
      return db().select().from(members).where(eq(members.channel, channel)).orderBy(asc(members.id));
    },

    async insertMember(values: typeof members.$inferInsert) {
      const [row] = await db().insert(members).values(values).returning();
      return row!;
    },

    async insertCampaign(values: typeof campaigns.$inferInsert, unitIds: number[]) {
      const [campaign] = await db().insert(campaigns).values(values).returning();
      // In slices: a statement's parameters are limited (SQLite 32,766; PostgreSQL 65,535).
      for (let i = 0; i < unitIds.length; i += 5_000) {
        await db()
          .insert(campaignUnits)
          .values(unitIds.slice(i, i + 5_000).map((unitId) => ({ campaignId: campaign!.id, unitId })));
      }
      return campaign!;
    },
  };
}

export type DirectoryRepository = ReturnType<typeof createDirectoryRepository>;
