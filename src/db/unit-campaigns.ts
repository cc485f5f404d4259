/**
 * Which campaign a unit's chat works on, and the newest it is in: read for one unit on every
 * update (senderInChat, directory-repository.ts), or for many at once (a campaign opening or
 * closing over a ward's schools). Part of the directory repository.
 */
import { sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import type { CampaignRow } from "./schema.ts";
import { correctionKept, reportInProgress, stillTakesReport } from "./report-in-progress.ts";
import { jsonList } from "./json-list-sql.ts";
import { columnsOf, rowReader } from "./table-rows.ts";

/**
 * Of a unit's open campaigns, the one its chat works on: the one its staff picked ("/baocao 2",
 * campaign-choice-repository.ts; a closed one too while it still takes their report, as a late one,
 * or their correction of a submitted one, picked as the close found it under way); then a report in progress (answered in part, or returned for
 * correction; not one merely opened or cancelled), so that a campaign opened later does not hide
 * a draft until it is submitted; then one not submitted yet, so that
 * submitting one report leads to the next still to send, not back to itself; of each kind the one
 * due first (the newest of those due together), except that of submitted reports the one submitted
 * last stays (its /sua, /xem). The newest first sent a plain /baocao to a campaign just opened for
 * next month while the one due this week waited.
 * `unitId`: the SQL for the unit's id.
 */
export const currentOpenCampaign = (unitId: string) =>
  `SELECT cu.campaign_id FROM campaign_units cu JOIN campaigns o ON o.id = cu.campaign_id
   LEFT JOIN submissions ws ON ws.campaign_id = cu.campaign_id AND ws.unit_id = cu.unit_id
   WHERE cu.unit_id = ${unitId} AND (o.status = 'open' OR (cu.chosen_at IS NOT NULL AND ${stillTakesReport("o", "ws")}) OR ${correctionKept("cu", "o", "ws")})
   ORDER BY CASE WHEN cu.chosen_at IS NOT NULL THEN 0 WHEN ${reportInProgress("ws")} THEN 1 WHEN ws.id IS NULL OR ws.status = 'in_progress' THEN 2 ELSE 3 END,
     CASE WHEN ws.status = 'submitted' THEN ws.submitted_at ELSE 0 END DESC, o.deadline_at, o.id DESC LIMIT 1`;

/**
 * The newest campaign that includes the unit, where its chat rests with none open nor taking its
 * report: one closed refusing late reports whose report the unit never submitted comes last, being
 * nothing to send. Newest alone, such a campaign, opened and closed while the unit resubmitted an
 * older one, took the chat off the report just submitted: /xem, /vanban, /sua N, /baocao all
 * answered that it was closed. So it did when the unit had answered some of it: a draft that can
 * never be sent won over the report just submitted; its answers, kept, are read with "/xem N". A
 * unit in no other still hears that it is closed and whom to ask. `unitId`: the SQL for the unit's id.
 */
export const latestCampaign = (unitId: string) =>
  `SELECT cu.campaign_id FROM campaign_units cu JOIN campaigns n ON n.id = cu.campaign_id
   LEFT JOIN submissions ns ON ns.campaign_id = cu.campaign_id AND ns.unit_id = cu.unit_id
   WHERE cu.unit_id = ${unitId}
   ORDER BY CASE WHEN n.status = 'closed' AND n.late_policy = 'refuse' AND (ns.id IS NULL OR ns.status = 'in_progress') THEN 1 ELSE 0 END,
     n.id DESC LIMIT 1`;

export function createUnitCampaigns(database: Database) {
  const { campaigns } = database.tables;
  const currentOpen = database.statement(`SELECT ${columnsOf(campaigns, "c")} FROM campaigns c WHERE c.id = (${currentOpenCampaign("?")})`);
  const newestAny = database.statement(`SELECT ${columnsOf(campaigns, "c")} FROM campaigns c WHERE c.id = (${latestCampaign("?")})`);
  const readCampaign = rowReader(campaigns);
  const campaignOfUnit = async (unitId: number, openOnly: boolean) => {
    const raw = await (openOnly ? currentOpen : newestAny).get(unitId);
    const campaign = raw && readCampaign(raw);
    return campaign && { campaign };
  };

  return {
    /** The newest campaign that includes the unit, open or closed, one it never started and cannot send last (latestCampaign). */
    async findLatestCampaign(unitId: number) {
      return campaignOfUnit(unitId, false);
    },

    /** The open campaign the unit works on: one with its report in progress, else the one due first (currentOpenCampaign). */
    async findOpenCampaign(unitId: number) {
      return campaignOfUnit(unitId, true);
    },

    /**
     * findOpenCampaign of each of these units, in one query (a unit on none is no key): a campaign
     * opening over a ward's every school read it once per school with a report under way.
     */
    async openCampaignsOf(unitIds: number[]): Promise<Map<number, CampaignRow>> {
      if (unitIds.length === 0) return new Map();
      const rows = await database.rows<Record<string, unknown>>(
        sql`SELECT ${sql.raw(columnsOf(campaigns, "c"))}, u.id AS "forUnit" FROM units u JOIN campaigns c ON c.id = (${sql.raw(currentOpenCampaign("u.id"))})
            WHERE u.id IN ${jsonList(database.dialect, "integer", unitIds)}`,
      );
      return new Map(rows.map((raw) => [Number(raw.forUnit), readCampaign(raw)!]));
    },

    /** findLatestCampaign of each of these units, in one query (a unit in none is no key). */
    async latestCampaignsOf(unitIds: number[]): Promise<Map<number, CampaignRow>> {
      if (unitIds.length === 0) return new Map();
      const rows = await database.rows<Record<string, unknown>>(
        sql`SELECT ${sql.raw(columnsOf(campaigns, "c"))}, u.id AS "forUnit" FROM units u JOIN campaigns c ON c.id = (${sql.raw(latestCampaign("u.id"))})
            WHERE u.id IN ${jsonList(database.dialect, "integer", unitIds)}`,
      );
      return new Map(rows.map((raw) => [Number(raw.forUnit), readCampaign(raw)!]));
    },
  };
}
