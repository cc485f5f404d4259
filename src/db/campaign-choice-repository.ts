/**
 * A unit in several open campaigns at once picks the one its chat works on ("/baocao 2"). The pick
 * holds until that report is submitted or returned (a campaign opened meanwhile is announced with
 * its own number, so it needs no pick undone); the directory reads it before any other rule
 * (directory-repository.ts).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import type { CampaignRow } from "./schema.ts";
import { jsonList } from "./json-list-sql.ts";
import { correctionKept, reportInProgress, stillTakesReport } from "./report-in-progress.ts";
import { columnsOf, rowReader } from "./table-rows.ts";

/** Where a unit's report of one campaign stands, as the list the unit picks from says it. */
export type ReportStanding = "not-started" | "in-progress" | "submitted" | "returned";

export function createCampaignChoiceRepository(database: Database) {
  const { campaigns } = database.tables;
  const readCampaign = rowReader(campaigns);

  // Several units' lists in one query: their ids go as one JSON parameter, whatever their number.
  const unitsIn = (unitIds: number[]) => sql`cu.unit_id IN ${jsonList(database.dialect, "integer", unitIds)}`;

  const entriesWhere = async (units: SQL, condition: SQL): Promise<(CampaignEntry & { unitId: number })[]> => {
    const rows = await database.rows<Record<string, unknown>>(
      sql`SELECT ${sql.raw(columnsOf(campaigns, "c"))}, cu.unit_id AS "unitId", s.status AS "reportStatus", CASE WHEN ${sql.raw(reportInProgress("s"))} THEN 1 ELSE 0 END AS "inProgress",
            cu.chosen_at AS "chosenAt"
          FROM campaign_units cu JOIN campaigns c ON c.id = cu.campaign_id
          LEFT JOIN submissions s ON s.campaign_id = cu.campaign_id AND s.unit_id = cu.unit_id
          WHERE ${units} AND ${condition} ORDER BY c.id`,
    );
    return rows.map((raw) => ({
      unitId: Number(raw.unitId),
      campaign: readCampaign(raw)!,
      standing: standingOf(raw.reportStatus, Number(raw.inProgress) === 1),
      chosen: raw.chosenAt !== null,
    }));
  };
  const campaignsWhere = async (unitId: number, condition: SQL): Promise<CampaignEntry[]> =>
    (await entriesWhere(sql`cu.unit_id = ${unitId}`, condition)).map(({ campaign, standing, chosen }) => ({ campaign, standing, chosen }));
  const reachable = sql.raw(`(c.status = 'open' OR ${stillTakesReport("c", "s")} OR ${correctionKept("cu", "c", "s")})`);

  return {
    /** The unit's open campaigns by number, with where each report stands and whether its staff picked it. */
    async openCampaigns(unitId: number): Promise<CampaignEntry[]> {
      return campaignsWhere(unitId, sql`c.status = 'open'`);
    },

    /**
     * What the unit's chat may work on: its open campaigns, and those closed that still take its
     * report (a draft where late reports are taken, a report returned for correction; see
     * stillTakesReport in report-in-progress.ts), or the correction its chat was kept on (correctionKept).
     */
    async reachableCampaigns(unitId: number): Promise<CampaignEntry[]> {
      return campaignsWhere(unitId, reachable);
    },

    /**
     * reachableCampaigns of each of these units (every one of them a key, its list maybe empty), in
     * one query: a campaign opening over a ward's every school read it once per school.
     */
    async reachableCampaignsOf(unitIds: number[]): Promise<Map<number, CampaignEntry[]>> {
      const byUnit = new Map(unitIds.map((unitId) => [unitId, [] as CampaignEntry[]]));
      if (unitIds.length === 0) return byUnit;
      for (const { unitId, ...entry } of await entriesWhere(unitsIn(unitIds), reachable)) byUnit.get(unitId)?.push(entry);
      return byUnit;
    },

    /** Every campaign the unit is in, open or closed, by number (a request about "đợt trước" names one of them). */
    async campaignsOf(unitId: number): Promise<CampaignEntry[]> {
      return campaignsWhere(unitId, sql`1 = 1`);
    },

    /** The unit's chat works on this campaign from now on (and on no other it picked before). */
    async choose(unitId: number, campaignId: number, now: number): Promise<void> {
      await database.run(sql`UPDATE campaign_units SET chosen_at = NULL WHERE unit_id = ${unitId} AND campaign_id <> ${campaignId} AND chosen_at IS NOT NULL`);
      await database.run(sql`UPDATE campaign_units SET chosen_at = ${now} WHERE unit_id = ${unitId} AND campaign_id = ${campaignId}`);
    },

    /** The units' picks of this campaign no longer hold (a pick of another stays). */
    async release(unitIds: number[], campaignId: number): Promise<void> {
      if (unitIds.length === 0) return;
      await database.run(sql`UPDATE campaign_units SET chosen_at = NULL WHERE campaign_id = ${campaignId} AND chosen_at IS NOT NULL AND unit_id IN (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})`);
    },

    /** The units' picks no longer hold: their chats go back to the usual order. */
    async forget(unitIds: number[]): Promise<void> {
      if (unitIds.length === 0) return;
      await database.run(sql`UPDATE campaign_units SET chosen_at = NULL WHERE chosen_at IS NOT NULL AND unit_id IN (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})`);
    },
  };
}

export interface CampaignEntry {
  campaign: CampaignRow;
  standing: ReportStanding;
  chosen: boolean;
}

function standingOf(status: unknown, inProgress: boolean): ReportStanding {
  if (status === "submitted") return "submitted";
  if (status === "returned") return "returned";
  return inProgress ? "in-progress" : "not-started";
}

export type CampaignChoiceRepository = ReturnType<typeof createCampaignChoiceRepository>;
