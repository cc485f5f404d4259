/**
 * A campaign of the built-in report over `count` units inserted from the last code to the first,
 * inside the caller's transaction: their ids run against their codes, so a reader that pages by id
 * instead of by code shows it (the consolidated draft's and /xuat's pages).
 */
import type { Repositories } from "../../src/db/repositories.ts";
import type { CampaignRow, UnitRow } from "../../src/db/schema.ts";
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";

type NewUnit = Pick<UnitRow, "code" | "name"> & Partial<Pick<UnitRow, "parentUnitId" | "placeName">>;
type NewCampaign = Pick<CampaignRow, "title" | "issuerName" | "deadlineAt"> & Partial<Pick<CampaignRow, "issuerUnitId">>;

/** `unit(i)` describes the unit of code rank `i`; `inserted` lists them as inserted (last code first). */
export async function campaignOverUnitsOutOfOrder(repos: Repositories, count: number, unit: (i: number) => NewUnit, campaign: NewCampaign) {
  const inserted: { i: number; unitId: number }[] = [];
  for (let i = count - 1; i >= 0; i--) inserted.push({ i, unitId: (await repos.directory.insertUnit(unit(i))).id });
  const templateId = (await repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id;
  const created = await repos.directory.insertCampaign({ templateId, ...campaign }, inserted.map((u) => u.unitId));
  return { campaignId: created.id, inserted };
}
